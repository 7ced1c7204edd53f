import type { Role } from '@ledger/kernel';
import type { InspectionAccessCommand } from './inspection-access.commands.js';

const GRANTORS: readonly Role[] = ['head', 'dsl', 'deputy_dsl', 'trust_admin'];

/** Who may grant and revoke inspection access: the one table the decider checks and the permission table lists. */
export const INSPECTION_ACCESS_ROLES = {
  GrantInspectionAccess: GRANTORS,
  RevokeInspectionAccess: GRANTORS,
} as const satisfies Record<InspectionAccessCommand['kind'], readonly Role[]>;
