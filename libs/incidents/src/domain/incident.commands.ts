import type { DomainCommand } from '@ledger/kernel';
import type { Agency, AllegationOutcome, IncidentCategory, TriageDecision } from './incident.events.js';

export type ReportIncident = DomainCommand<
  'ReportIncident',
  {
    incidentId: string;
    category: IncidentCategory;
    involvedPupilIds: readonly string[];
    aboutStaffId?: string;
    narrative: string;
    childsWords?: string;
  }
>;
export type TriageIncident = DomainCommand<'TriageIncident', { incidentId: string; decision: TriageDecision; rationale: string }>;
export type EscalateIncident = DomainCommand<
  'EscalateIncident',
  { incidentId: string; escalationId: string; agency: Agency; reference?: string; referencePending?: boolean }
>;
export type RecordEscalationOutcome = DomainCommand<
  'RecordEscalationOutcome',
  { incidentId: string; escalationId: string; outcome: string; reference?: string }
>;
export type PreserveEvidence = DomainCommand<
  'PreserveEvidence',
  { incidentId: string; evidenceId: string; sha256: string; heldAt: string; description: string }
>;
/** How parents were informed. */
export const PARENT_CONTACT_METHODS = ['phone', 'meeting', 'letter', 'email'] as const;
export type ParentContactMethod = (typeof PARENT_CONTACT_METHODS)[number];

export type InformParents = DomainCommand<'InformParents', { incidentId: string; method: ParentContactMethod }>;
export type ApplySanction = DomainCommand<'ApplySanction', { incidentId: string; pupilId: string; sanction: string }>;
export type AssignIncidentAction = DomainCommand<
  'AssignIncidentAction',
  { incidentId: string; actionId: string; description: string; assigneeId: string; dueOn: string }
>;
export type CompleteIncidentAction = DomainCommand<'CompleteIncidentAction', { incidentId: string; actionId: string }>;
export type CloseIncident = DomainCommand<'CloseIncident', { incidentId: string; outcome: string }>;
export type ReopenIncident = DomainCommand<'ReopenIncident', { incidentId: string; reason: string }>;
export type RecordAllegationOutcome = DomainCommand<'RecordAllegationOutcome', { incidentId: string; outcome: AllegationOutcome }>;

export type IncidentCommand =
  | ReportIncident
  | TriageIncident
  | EscalateIncident
  | RecordEscalationOutcome
  | PreserveEvidence
  | InformParents
  | ApplySanction
  | AssignIncidentAction
  | CompleteIncidentAction
  | CloseIncident
  | ReopenIncident
  | RecordAllegationOutcome;
