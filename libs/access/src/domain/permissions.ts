import type { Role } from '@ledger/kernel';

const DSL: readonly Role[] = ['dsl', 'deputy_dsl'];
const HEAD: readonly Role[] = ['head'];
const SLT: readonly Role[] = ['head', 'slt'];
const LEADS: readonly Role[] = [...SLT, ...DSL];
const STAFF: readonly Role[] = [...LEADS, 'staff', 'esafety_coordinator'];
const GOVERNORS: readonly Role[] = ['governor', 'chair_of_governors', 'safeguarding_governor', 'filtering_governor'];
const TRUST: readonly Role[] = ['trust_admin'];
const INSPECT: readonly Role[] = ['inspector', 'auditor'];

/**
 * Who may do what: one row per operation, the roles that may perform it. Every mutation and
 * query names its operation and the API refuses anything not in its row. The deciders apply
 * the finer rules on top (only the assignee or a DSL completes an action; a member of staff
 * must be on the staff list on the day). The command rows match the roles the deciders accept.
 */
export const PERMISSIONS = {
  // People and organisation
  RegisterSetting: [...HEAD, ...TRUST],
  FormTrust: [...HEAD, ...TRUST],
  JoinTrust: [...HEAD, ...TRUST],
  AppointSafeguardingRole: [...HEAD, ...TRUST, 'chair_of_governors'],
  EndSafeguardingRole: [...HEAD, ...TRUST, 'chair_of_governors'],
  JoinStaff: [...LEADS, ...TRUST],
  ChangeStaffRoles: [...LEADS, ...TRUST],
  RecordStaffLeaving: [...LEADS, ...TRUST],
  RegisterPupilReference: STAFF,
  // Policies, agreements and consent
  DraftDocument: LEADS,
  PublishVersion: LEADS,
  ApproveVersion: GOVERNORS,
  RatifyVersion: ['chair_of_governors'],
  ScheduleReview: [...LEADS, ...GOVERNORS],
  ReviewDocument: [...LEADS, ...GOVERNORS],
  RetireDocument: LEADS,
  AcknowledgeDocument: STAFF,
  SignAgreement: STAFF,
  GiveConsent: STAFF,
  WithdrawConsent: STAFF,
  // Searches and confiscation
  ConductSearch: STAFF,
  ConfiscateDevice: STAFF,
  DeleteDeviceData: STAFF,
  HandDeviceToPolice: DSL,
  ReleaseDeviceToParent: STAFF,
  InformParentsOfSearch: STAFF,
  CompleteSearch: STAFF,
  // Training
  DefineCourse: LEADS,
  SetCadenceRule: LEADS,
  SetTrainingRequirement: LEADS,
  RecordCompletion: STAFF,
  CorrectCompletion: STAFF,
  RetractCompletion: STAFF,
  // Incidents
  ReportIncident: STAFF,
  TriageIncident: DSL,
  EscalateIncident: DSL,
  RecordEscalationOutcome: DSL,
  PreserveEvidence: DSL,
  InformParents: STAFF,
  ApplySanction: LEADS,
  AssignIncidentAction: LEADS,
  CompleteIncidentAction: STAFF,
  CloseIncident: DSL,
  ReopenIncident: DSL,
  // Filtering and monitoring
  AssignFilteringRoles: [...HEAD, ...TRUST, 'chair_of_governors'],
  HoldFilteringReview: [...LEADS, 'esafety_coordinator', 'filtering_governor'],
  TestFilter: [...LEADS, 'esafety_coordinator', 'filtering_governor'],
  RecordFilterDecision: [...LEADS, 'esafety_coordinator', 'filtering_governor'],
  HandleMonitoringAlert: [...DSL, 'esafety_coordinator'],
  // Inspection access
  GrantInspectionAccess: [...HEAD, ...DSL, ...TRUST],
  RevokeInspectionAccess: [...HEAD, ...DSL, ...TRUST],
  // Views
  trainingStatus: [...LEADS, 'esafety_coordinator', ...TRUST, ...INSPECT],
  overdueReviews: [...LEADS, 'esafety_coordinator', ...GOVERNORS, ...TRUST, ...INSPECT],
  cpdMatrix: [...LEADS, ...TRUST, ...INSPECT],
  /** A member of staff's own row: documents to acknowledge, their training, their signatures (never anyone else's). */
  myCompliance: STAFF,
  governorReport: [...LEADS, ...GOVERNORS, ...TRUST, ...INSPECT],
  evidenceTrail: [...HEAD, ...DSL, ...INSPECT],
  /** The DSL's workspace: incidents and searches with where each stands, and what needs attention. */
  caseload: [...HEAD, ...DSL],
  /** asOf / knownAt on any view the role may read. */
  timeTravel: [...LEADS, ...TRUST, ...INSPECT],
  /** The raw, hash-chained events. */
  events: ['auditor'],
  /** Who read which incident, search or pupil trail. */
  readLog: [...HEAD, ...DSL, 'auditor'],
  inspectionGrants: [...HEAD, ...DSL, ...TRUST, 'auditor'],
  /** Signed checkpoints and Merkle proofs. */
  proofs: [...HEAD, ...DSL, ...TRUST, ...INSPECT],
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof PERMISSIONS;

export const OPERATIONS = Object.keys(PERMISSIONS) as Operation[];

export function isPermitted(role: string, operation: Operation): boolean {
  return (PERMISSIONS[operation] as readonly string[]).includes(role);
}

/** The permission table as the README prints it: one row per operation, the roles allowed. */
export function permissionTableMarkdown(): string {
  const rows = OPERATIONS.map((op) => `| \`${op}\` | ${PERMISSIONS[op].join(', ')} |`);
  return ['| operation | roles allowed |', '|---|---|', ...rows].join('\n');
}
