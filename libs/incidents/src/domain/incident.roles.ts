import { DSL_ROLES, type Role, LEADERSHIP_ROLES, STAFF_ROLES } from '@ledger/kernel';
import type { IncidentCommand } from './incident.commands.js';

/**
 * Who may issue each incident command: the one table the decider checks, the API's permission
 * table lists and the README prints. Finer rules (only the assignee or a DSL completes an
 * action) stay in the decider.
 */
export const INCIDENT_ROLES = {
  ReportIncident: STAFF_ROLES,
  TriageIncident: DSL_ROLES,
  EscalateIncident: DSL_ROLES,
  RecordEscalationOutcome: DSL_ROLES,
  PreserveEvidence: DSL_ROLES,
  InformParents: STAFF_ROLES,
  ApplySanction: LEADERSHIP_ROLES,
  AssignIncidentAction: LEADERSHIP_ROLES,
  CompleteIncidentAction: STAFF_ROLES,
  CloseIncident: DSL_ROLES,
  ReopenIncident: DSL_ROLES,
  /** KCSIE Part 4: the case manager (the head, or the DSL) records how an allegation ended. */
  RecordAllegationOutcome: ['head', 'dsl', 'deputy_dsl'],
} as const satisfies Record<IncidentCommand['kind'], readonly Role[]>;
