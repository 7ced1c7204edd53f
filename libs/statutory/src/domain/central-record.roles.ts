import type { Role } from '@ledger/kernel';
import type { CentralRecordCommand } from './central-record.commands.js';

const RECRUITERS: readonly Role[] = ['head', 'slt', 'dsl', 'trust_admin'];

/** Who keeps the single central record: the head, SLT, the DSL and the trust's HR (trust admin). */
export const CENTRAL_RECORD_ROLES = {
  AddCentralRecordEntry: RECRUITERS,
  RecordPreAppointmentCheck: RECRUITERS,
} as const satisfies Record<CentralRecordCommand['kind'], readonly Role[]>;
