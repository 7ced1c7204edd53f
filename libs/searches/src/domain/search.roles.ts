import { DSL_ROLES, STAFF_ROLES, type Role } from '@ledger/kernel';
import type { SearchCommand } from './search.commands.js';

/** Who may issue each searches command: the one table the decider checks, the API's permission table lists and the README prints. */
export const SEARCH_ROLES = {
  ConductSearch: STAFF_ROLES,
  ConfiscateDevice: STAFF_ROLES,
  DeleteDeviceData: STAFF_ROLES,
  HandDeviceToPolice: DSL_ROLES,
  ReleaseDeviceToParent: STAFF_ROLES,
  InformParentsOfSearch: STAFF_ROLES,
  CompleteSearch: STAFF_ROLES,
} as const satisfies Record<SearchCommand['kind'], readonly Role[]>;
