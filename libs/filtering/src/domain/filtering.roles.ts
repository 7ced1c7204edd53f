import { DSL_ROLES, LEADERSHIP_ROLES, type Role } from '@ledger/kernel';
import type { FilteringCommand } from './filtering.commands.js';

const REVIEWERS: readonly Role[] = [...LEADERSHIP_ROLES, 'esafety_coordinator', 'filtering_governor'];

/** Who may issue each filtering command: the one table the decider checks, the API's permission table lists and the README prints. */
export const FILTERING_ROLES = {
  AssignFilteringRoles: ['head', 'trust_admin', 'chair_of_governors'],
  HoldFilteringReview: REVIEWERS,
  TestFilter: REVIEWERS,
  RecordFilterDecision: REVIEWERS,
  HandleMonitoringAlert: [...DSL_ROLES, 'esafety_coordinator'],
} as const satisfies Record<FilteringCommand['kind'], readonly Role[]>;
