import { LEADERSHIP_ROLES } from '@ledger/kernel';
import type { SettingClockCommand } from './clock.commands.js';

/** Who may issue each clock command: the one table the decider checks, the API's permission table lists and the README prints. */
export const CLOCK_ROLES = {
  SetClockRule: LEADERSHIP_ROLES,
  RecordTerm: LEADERSHIP_ROLES,
  RecordClosureDay: LEADERSHIP_ROLES,
} as const satisfies Record<SettingClockCommand['kind'], readonly (typeof LEADERSHIP_ROLES)[number][]>;
