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
 * the finer business rules on top (a DSL triages; the assignee completes an action).
 */
export const PERMISSIONS = {
  // People and organisation
  RegisterSetting: [...HEAD, ...TRUST],
  FormTrust: TRUST,
  JoinTrust: [...HEAD, ...TRUST],
  AppointSafeguardingRole: [...HEAD, ...TRUST],
  EndSafeguardingRole: [...HEAD, ...TRUST],
  JoinStaff: [...SLT, ...TRUST],
  ChangeStaffRoles: [...SLT, ...TRUST],
  RecordStaffLeaving: [...SLT, ...TRUST],
  RegisterPupilReference: [...LEADS, 'esafety_coordinator'],
  // Policies, agreements and consent
  DraftDocument: [...LEADS, 'esafety_coordinator'],
  PublishVersion: [...LEADS, 'esafety_coordinator'],
  ApproveVersion: [...HEAD, ...GOVERNORS],
  RatifyVersion: [...GOVERNORS],
  ScheduleReview: [...LEADS, 'esafety_coordinator'],
  ReviewDocument: [...LEADS, 'esafety_coordinator', ...GOVERNORS],
  RetireDocument: [...LEADS],
  AcknowledgeDocument: [...STAFF, ...GOVERNORS],
  SignAgreement: [...STAFF, ...GOVERNORS],
  GiveConsent: STAFF,
  WithdrawConsent: STAFF,
  // Searches and confiscation
  ConductSearch: LEADS,
  ConfiscateDevice: LEADS,
  DeleteDeviceData: LEADS,
  HandDeviceToPolice: LEADS,
  ReleaseDeviceToParent: LEADS,
  InformParentsOfSearch: LEADS,
  CompleteSearch: LEADS,
  // Training
  DefineCourse: [...LEADS, ...TRUST],
  SetCadenceRule: [...LEADS, ...TRUST],
  SetTrainingRequirement: [...LEADS, ...TRUST],
  RecordCompletion: [...LEADS, 'esafety_coordinator', ...TRUST],
  CorrectCompletion: [...LEADS, ...TRUST],
  RetractCompletion: [...LEADS, ...TRUST],
  // Incidents
  ReportIncident: STAFF,
  TriageIncident: DSL,
  EscalateIncident: DSL,
  RecordEscalationOutcome: DSL,
  PreserveEvidence: [...DSL, ...HEAD],
  InformParents: [...DSL, ...HEAD],
  ApplySanction: LEADS,
  AssignIncidentAction: DSL,
  CompleteIncidentAction: STAFF,
  CloseIncident: DSL,
  ReopenIncident: DSL,
  // Filtering and monitoring
  AssignFilteringRoles: [...HEAD, ...TRUST],
  HoldFilteringReview: [...LEADS, 'esafety_coordinator', 'filtering_governor'],
  TestFilter: [...LEADS, 'esafety_coordinator'],
  RecordFilterDecision: [...LEADS, 'esafety_coordinator'],
  HandleMonitoringAlert: [...DSL, 'esafety_coordinator'],
  // Inspection access
  GrantInspectionAccess: [...HEAD, ...DSL, ...TRUST],
  RevokeInspectionAccess: [...HEAD, ...DSL, ...TRUST],
  // Views
  trainingStatus: [...LEADS, 'esafety_coordinator', ...TRUST, ...INSPECT],
  overdueReviews: [...LEADS, 'esafety_coordinator', ...GOVERNORS, ...TRUST, ...INSPECT],
  cpdMatrix: [...LEADS, ...TRUST, ...INSPECT],
  governorReport: [...LEADS, ...GOVERNORS, ...TRUST, ...INSPECT],
  evidenceTrail: [...HEAD, ...DSL, ...INSPECT],
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
