import type { Role } from '@ledger/kernel';
import type { DayOneCommand } from './day-one.commands.js';

/** Who may generate the inspection day-one pack: the head and the DSL (and deputies). */
export const DAY_ONE_ROLES = {
  RecordDayOnePack: ['head', 'dsl', 'deputy_dsl'],
} as const satisfies Record<DayOneCommand['kind'], readonly Role[]>;
