/** Categories of online-safety incident (DOMAIN.md, from the seeds). */
export const INCIDENT_CATEGORIES = [
  'cyberbullying',
  'grooming',
  'sexting',
  'radicalisation',
  'inappropriate_content',
  'misinformation',
  'data_breach',
  'filtering_breach',
  'misuse_by_staff',
  'other',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const AGENCIES = ['police', 'lado', 'ceop', 'la_safeguarding', 'channel_prevent', 'early_help'] as const;
export type Agency = (typeof AGENCIES)[number];

export const TRIAGE_DECISIONS = ['refer', 'early_help', 'monitor', 'no_further_action'] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];

/** KCSIE Part 4: how an allegation against a member of staff ended. */
/** 'false' is spelled false_allegation: GraphQL cannot name an enum value false. */
export const ALLEGATION_OUTCOMES = ['substantiated', 'malicious', 'false_allegation', 'unsubstantiated', 'unfounded'] as const;
export type AllegationOutcome = (typeof ALLEGATION_OUTCOMES)[number];

export type IncidentReported = {
  readonly type: 'IncidentReported';
  readonly data: {
    readonly incidentId: string;
    readonly category: IncidentCategory;
    readonly reporterId: string;
    readonly involvedPupilIds: readonly string[];
    /** Set when the concern is about a member of staff (allegation). */
    readonly aboutStaffId: string | null;
    /** The data subject of the narrative and the child's words. */
    readonly subjectId: string;
    readonly narrative: string;
    readonly childsWords: string | null;
  };
};
export type IncidentTriaged = {
  readonly type: 'IncidentTriaged';
  readonly data: { readonly incidentId: string; readonly decision: TriageDecision; readonly rationale: string; readonly triagedBy: string };
};
export type IncidentEscalated = {
  readonly type: 'IncidentEscalated';
  readonly data: {
    readonly incidentId: string;
    readonly escalationId: string;
    readonly agency: Agency;
    readonly reference: string | null;
    readonly referencePending: boolean;
    readonly escalatedBy: string;
  };
};
export type EscalationOutcomeRecorded = {
  readonly type: 'EscalationOutcomeRecorded';
  readonly data: {
    readonly incidentId: string;
    readonly escalationId: string;
    readonly outcome: string;
    readonly reference: string | null;
  };
};
export type EvidencePreserved = {
  readonly type: 'EvidencePreserved';
  readonly data: {
    readonly incidentId: string;
    readonly evidenceId: string;
    readonly sha256: string;
    readonly heldAt: string;
    readonly description: string;
  };
};
export type ParentsInformed = {
  readonly type: 'ParentsInformed';
  readonly data: { readonly incidentId: string; readonly informedBy: string; readonly method: 'phone' | 'meeting' | 'letter' | 'email' };
};
export type SanctionApplied = {
  readonly type: 'SanctionApplied';
  readonly data: { readonly incidentId: string; readonly pupilId: string; readonly sanction: string };
};
export type IncidentActionAssigned = {
  readonly type: 'IncidentActionAssigned';
  readonly data: {
    readonly incidentId: string;
    readonly actionId: string;
    readonly description: string;
    readonly assigneeId: string;
    readonly dueOn: string;
  };
};
export type IncidentActionCompleted = {
  readonly type: 'IncidentActionCompleted';
  readonly data: { readonly incidentId: string; readonly actionId: string; readonly completedBy: string };
};
export type IncidentClosed = { readonly type: 'IncidentClosed'; readonly data: { readonly incidentId: string; readonly outcome: string } };
export type IncidentReopened = {
  readonly type: 'IncidentReopened';
  readonly data: { readonly incidentId: string; readonly reason: string };
};

/**
 * The outcome of an allegation against a member of staff (KCSIE Part 4). Malicious: its personal
 * data is erased (eraseSubject, basis malicious_allegation); the others set how long it is kept.
 */
export type AllegationOutcomeRecorded = {
  readonly type: 'AllegationOutcomeRecorded';
  readonly data: {
    readonly incidentId: string;
    readonly aboutStaffId: string;
    readonly outcome: AllegationOutcome;
    readonly recordedBy: string;
  };
};

export type IncidentEvent =
  | IncidentReported
  | IncidentTriaged
  | IncidentEscalated
  | EscalationOutcomeRecorded
  | EvidencePreserved
  | ParentsInformed
  | SanctionApplied
  | IncidentActionAssigned
  | IncidentActionCompleted
  | IncidentClosed
  | IncidentReopened
  | AllegationOutcomeRecorded;

export const INCIDENT_EVENT_TYPES = [
  'IncidentReported',
  'IncidentTriaged',
  'IncidentEscalated',
  'EscalationOutcomeRecorded',
  'EvidencePreserved',
  'ParentsInformed',
  'SanctionApplied',
  'IncidentActionAssigned',
  'IncidentActionCompleted',
  'IncidentClosed',
  'IncidentReopened',
  'AllegationOutcomeRecorded',
] as const satisfies readonly IncidentEvent['type'][];
