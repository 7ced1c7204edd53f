/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The signed-in member of staff has read and understood this exact version */
export type AcknowledgeDocumentInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** SHA-256 of the exact version signed (64 hex characters): a signature always names what was signed */
  contentHash: string;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  documentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** The version, as the document names it, e.g. "2024.1" */
  version: string;
};

/** Agencies an incident is escalated to */
export type Agency =
  | 'ceop'
  | 'channel_prevent'
  | 'early_help'
  | 'la_safeguarding'
  | 'lado'
  | 'police';

export type ApplySanctionInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  pupilId: string | number;
  sanction: string;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** A governors’ committee approves a published version */
export type ApproveVersionInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** The committee that approved it, e.g. "Full governing body", "Safeguarding committee" */
  committee: string;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  documentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** The version, as the document names it, e.g. "2024.1" */
  version: string;
};

export type AssignIncidentActionInput = {
  /** Default: a new id */
  actionId?: string | number | null | undefined;
  /** The member of staff who must do it */
  assigneeId: string | number;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  description: string;
  /** Due date (YYYY-MM-DD) */
  dueOn: string;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** Running and not yet late, running and late, stopped on time, stopped late */
export type ClockStatus =
  | 'due'
  | 'late'
  | 'met'
  | 'met_late';

export type CloseIncidentInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  outcome: string;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

export type CompleteIncidentActionInput = {
  actionId: string | number;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** The search is complete, with its outcome */
export type CompleteSearchInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  outcome: SearchOutcome;
  searchId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** A search of a pupil (Education Act 2011; DfE searching, screening and confiscation guidance): record every one, found or not */
export type ConductSearchInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** True when the DSL was informed of the search */
  dslInformed: boolean;
  /** What was found, or "Nothing found" (personal data about the pupil: encrypted) */
  found: string;
  /** The grounds for searching (personal data about the pupil: encrypted) */
  grounds: string;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** Where the search took place, e.g. "Pastoral office" */
  place: string;
  /** The pupil searched: their id (a registered reference), never their name */
  pupilId: string | number;
  /** Default: a new id, returned in the result */
  searchId?: string | number | null | undefined;
  /** The member of staff who searched */
  searcherId: string | number;
  /** What was being looked for, e.g. ["mobile phone"] */
  soughtItems: Array<string>;
  /** True when an indecent image of a child is suspected: nothing may be viewed or deleted; the device goes to the police */
  suspectedIndecentImage: boolean;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** The witness: a second member of staff, not the searcher */
  witnessId: string | number;
};

/** A second person confirms the erasure of a child-protection file */
export type ConfirmErasureInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  erasureId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** A device found in the search is confiscated and held */
export type ConfiscateDeviceInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** The device, e.g. "Mobile phone" */
  description: string;
  /** Default: a new id, returned in the result; later custody steps name it */
  deviceId?: string | number | null | undefined;
  /** Where it is held, e.g. "Office safe" */
  heldAt: string;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  searchId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** Data was deleted from a confiscated device by the signed-in member of staff, with a witness */
export type DeleteDeviceDataInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** The category of content deleted, e.g. "video of a fight": never the content itself */
  contentCategory: string;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** The device, as named when it was confiscated in this search */
  deviceId: string | number;
  /** The good reason for deleting it, e.g. "Content would cause harm or distress if kept" */
  goodReason: string;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  searchId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** The witness: a second member of staff */
  witnessId: string | number;
};

/** Kinds of policy and statutory document: e-safety policy, staff and pupil AUPs, mobile phone, password, searching & confiscation, child protection, KCSIE, consent form */
export type DocumentKind =
  | 'aup_pupil'
  | 'aup_staff'
  | 'child_protection'
  | 'consent_form'
  | 'e_safety'
  | 'kcsie'
  | 'mobile_phone'
  | 'password'
  | 'searching_confiscation';

/** A new policy or statutory document (e.g. the e-safety policy, a KCSIE edition) */
export type DraftDocumentInput = {
  /** The roles that must acknowledge it "read and understood" ("staff" means every member of staff); empty for none */
  acknowledgedBy: Array<Role>;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** Default: a new id, returned in the result */
  documentId?: string | number | null | undefined;
  documentKind: DocumentKind;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** True for statutory guidance the setting adopts but does not write (e.g. KCSIE): it is acknowledged, not approved */
  statutory: boolean;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** Its title, e.g. "Internet & E-Safety Policy" */
  title: string;
};

/** Erase the personal data of one record (a consent, an allegation, a search, a whole file) on a lawful basis */
export type EraseSubjectInput = {
  basis: ErasureBasis;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** A consent: which consent (photographs, internet use, …) */
  consent?: string | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** A consent: the document it was given under */
  documentId?: string | number | null | undefined;
  /** Default: a new id, returned in the result */
  erasureId?: string | number | null | undefined;
  /** An allegation: its incident */
  incidentId?: string | number | null | undefined;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The pupil or member of staff the record is about */
  personId: string | number;
  recordKind: RecordKind;
  /** A court order's reference (required for court_order) */
  reference?: string | null | undefined;
  /** A device search: its id */
  searchId?: string | number | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** The lawful basis of an erasure */
export type ErasureBasis =
  | 'consent_withdrawn'
  | 'court_order'
  | 'malicious_allegation'
  | 'retention_expired';

export type EscalateIncidentInput = {
  agency: Agency;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** Default: a new id */
  escalationId?: string | number | null | undefined;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The agency's reference (required for police and LADO unless pending) */
  reference?: string | null | undefined;
  referencePending?: boolean | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** Keep a record past the end of its retention, with the reason */
export type ExtendRetentionInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** A consent: which consent (photographs, internet use, …) */
  consent?: string | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** A consent: the document it was given under */
  documentId?: string | number | null | undefined;
  /** An allegation: its incident */
  incidentId?: string | number | null | undefined;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The pupil or member of staff the record is about */
  personId: string | number;
  reason: string;
  recordKind: RecordKind;
  /** A device search: its id */
  searchId?: string | number | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** Kept until this day (YYYY-MM-DD), later than today */
  until: string;
};

/** A confiscated device was handed to the police (required for a suspected indecent image) */
export type HandDeviceToPoliceInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** The device, as named when it was confiscated in this search */
  deviceId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The police reference, e.g. the CAD or crime number */
  policeReference: string;
  searchId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** What a legal hold covers */
export type HoldScope =
  | 'incident'
  | 'pupil'
  | 'setting'
  | 'staff';

/** Categories of online-safety incident */
export type IncidentCategory =
  | 'cyberbullying'
  | 'data_breach'
  | 'filtering_breach'
  | 'grooming'
  | 'inappropriate_content'
  | 'misinformation'
  | 'misuse_by_staff'
  | 'other'
  | 'radicalisation'
  | 'sexting';

/** Where an incident stands: not yet triaged, open, or closed */
export type IncidentStatus =
  | 'closed'
  | 'open'
  | 'untriaged';

export type InformParentsInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  incidentId: string | number;
  method: ParentContactMethod;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** Lift a legal hold */
export type LiftLegalHoldInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  holdId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  reason: string;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** How parents were informed */
export type ParentContactMethod =
  | 'email'
  | 'letter'
  | 'meeting'
  | 'phone';

/** Suspend erasure and retention destruction (e.g. a public inquiry) */
export type PlaceLegalHoldInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** Default: a new id, returned in the result */
  holdId?: string | number | null | undefined;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  reason: string;
  /** The inquiry's or the court's reference */
  reference: string;
  scope: HoldScope;
  /** The pupil, member of staff or incident held (the setting id for a setting-wide hold) */
  scopeId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

export type PreserveEvidenceInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  description: string;
  /** Default: a new id */
  evidenceId?: string | number | null | undefined;
  /** Where the evidence is held */
  heldAt: string;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** SHA-256 of the preserved file (64 hex characters) */
  sha256: string;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** A version of the document is published */
export type PublishVersionInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** SHA-256 of the version’s content (64 hex characters); the text itself is optional */
  contentHash: string;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  documentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** The full text of the version, when the setting wants it kept in the ledger */
  text?: string | null | undefined;
  /** The version, as the document names it, e.g. "2024.1" */
  version: string;
};

/** The chair of governors ratifies an approved version (the chair is the signed-in caller) */
export type RatifyVersionInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  documentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
  /** The version, as the document names it, e.g. "2024.1" */
  version: string;
};

/** A member of staff completed a course (the expiry follows from the cadence rule in force) */
export type RecordCompletionInput = {
  /** SHA-256 of the certificate (64 hex characters): the evidence, not the file */
  certificateHash?: string | null | undefined;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** The date it was completed, YYYY-MM-DD (not in the future) */
  completedOn: string;
  /** Default: a new id, returned in the result; corrections and retractions name it */
  completionId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  courseId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** Who delivered it, e.g. "Local authority safeguarding team" */
  provider: string;
  /** The member of staff whose training record this is */
  staffId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

export type RecordEscalationOutcomeInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  escalationId: string | number;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  outcome: string;
  reference?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** A kind of record with its own retention class (IRMS) */
export type RecordKind =
  | 'allegation'
  | 'child_protection_file'
  | 'consent'
  | 'device_search'
  | 'staff_training_record';

/** A confiscated device was released to the pupil’s parent or carer */
export type ReleaseDeviceToParentInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** The device, as named when it was confiscated in this search */
  deviceId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** Who collected it, e.g. "Mother" or their name (personal data: encrypted) */
  releasedTo: string;
  searchId: string | number;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

export type ReopenIncidentInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  reason: string;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** A concern reported by any member of staff */
export type ReportIncidentInput = {
  /** Set when the concern is about a member of staff (an allegation) */
  aboutStaffId?: string | number | null | undefined;
  category: IncidentCategory;
  /** The child's own words, verbatim (personal data: encrypted) */
  childsWords?: string | null | undefined;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  /** Default: a new id, returned in the result */
  incidentId?: string | number | null | undefined;
  /** Pupil ids (registered references), never names */
  involvedPupilIds: Array<string | number>;
  /** What happened, as the reporter saw or heard it (personal data: encrypted) */
  narrative: string;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** What keeps a record whose retention has ended, or that it is to decide */
export type RetentionReviewStatus =
  | 'awaiting_confirmation'
  | 'held'
  | 'kept'
  | 'to_decide';

/** The document was reviewed (on occurredAt, which may be after it fell due) */
export type ReviewDocumentInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  documentId: string | number;
  /** The next review due date, YYYY-MM-DD */
  nextDueOn: string;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** no_change, or amended (then publish the new version) */
  outcome: ReviewOutcome;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** Whether a review left the policy unchanged or amended it */
export type ReviewOutcome =
  | 'amended'
  | 'no_change';

/** A role someone acts in: DSL, deputy DSL, head, SLT, staff, governors, … */
export type Role =
  | 'auditor'
  | 'chair_of_governors'
  | 'deputy_dsl'
  | 'dsl'
  | 'esafety_coordinator'
  | 'filtering_governor'
  | 'governor'
  | 'head'
  | 'inspector'
  | 'safeguarding_governor'
  | 'slt'
  | 'staff'
  | 'trust_admin';

/** When the document is next due for review */
export type ScheduleReviewInput = {
  /** How often it is reviewed, in months (usually 12: "annually, or sooner after significant developments") */
  cadenceMonths: number;
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  documentId: string | number;
  /** Review due date, YYYY-MM-DD */
  dueOn: string;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

/** What became of a search: nothing found, items returned, retained, confiscated, given to the police, or disposed of */
export type SearchOutcome =
  | 'confiscated'
  | 'disposed'
  | 'given_to_police'
  | 'nothing_found'
  | 'retained'
  | 'returned';

/** A school term: autumn (from September), spring (to April), summer */
export type Term =
  | 'autumn'
  | 'spring'
  | 'summer';

/** What an evidence trail follows */
export type TrailSubject =
  | 'document'
  | 'incident'
  | 'pupil'
  | 'search'
  | 'staff';

/** The DSL's triage decision */
export type TriageDecision =
  | 'early_help'
  | 'monitor'
  | 'no_further_action'
  | 'refer';

export type TriageIncidentInput = {
  /** Makes retries safe: sending the same commandId again returns the first result and records nothing new */
  commandId?: string | number | null | undefined;
  /** Ties this to a wider piece of work (e.g. one inspection day) */
  correlationId?: string | null | undefined;
  decision: TriageDecision;
  incidentId: string | number;
  /** When it happened (ISO-8601); default now. Often in the past. */
  occurredAt?: string | null | undefined;
  rationale: string;
  /** The setting (tenant) this is recorded for */
  tenantId: string | number;
};

export type RawLogQueryVariables = Exact<{
  tenantId: string | number;
  types?: Array<string> | string | null | undefined;
  categories?: Array<string> | string | null | undefined;
  recordedFrom?: string | null | undefined;
  recordedUntil?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RawLogQuery = { events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { eventId: string, position: string, stream: string, revision: number, type: string, occurredAt: string, recordedAt: string, hash: string, prevHash: string, data: Record<string, unknown>, actor: { id: string, role: string } } }> } };

export type ReadLogQueryVariables = Exact<{
  tenantId: string | number;
  subjectId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadLogQuery = { readLog: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { readId: string, position: string, readAt: string, readerId: string, readerRole: string, subjectKind: string, subjectId: string, view: string } }> } };

export type SignInMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMethodsQuery = { ledger: { signIn: { oidc: boolean, links: boolean } } };

export type CpdSignaturesQueryVariables = Exact<{
  tenantId: string | number;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type CpdSignaturesQuery = { cpdMatrix: { at: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { staffId: string, jobTitle: string, staff: { name: string | null }, outstandingAcknowledgements: Array<{ documentId: string, title: string, version: string }> } }> } };

export type GovernorReportQueryVariables = Exact<{
  tenantId: string | number;
  academicYear: number;
}>;


export type GovernorReportQuery = { governorReport: { settingName: string, academicYear: string, from: string, to: string, openActionsAtYearEnd: string, policies: { reviewed: string, reviewedLate: string, approved: string, reviews: Array<{ title: string, dueOn: string | null, reviewedOn: string, daysLate: number }> }, training: { percentCompliantAtYearEnd: number, overdue: string, neverDone: string }, incidents: { total: string, decidedNotToRefer: string, byCategory: Array<{ key: string | null, count: string }>, byTerm: Array<{ key: string | null, count: string }> }, escalationsByAgency: Array<{ key: string | null, count: string }>, searches: { total: string, handedToPolice: string, byOutcome: Array<{ key: string | null, count: string }> }, filteringAndMonitoring: { reviewHeld: boolean, reviewDates: Array<string>, filterTests: string, failedTests: string, decisions: string } } };

export type NeedsAttentionQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type NeedsAttentionQuery = { needsAttention: { on: string, untriaged: Array<string>, escalationsWaiting: Array<string>, actionsOverdue: Array<string>, actionsDueThisWeek: Array<string>, devicesHeld: Array<string> } };

export type OpenClocksQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type OpenClocksQuery = { statutoryClocks: { on: string, open: Array<{ clock: string, subjectId: string, startedOn: string, dueBy: string, status: ClockStatus, rule: { ruleVersion: number, workingDays: number } }> } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { id: string } };

export type TriageIncidentMutationVariables = Exact<{
  input: TriageIncidentInput;
}>;


export type TriageIncidentMutation = { triageIncident: { id: string } };

export type EscalateIncidentMutationVariables = Exact<{
  input: EscalateIncidentInput;
}>;


export type EscalateIncidentMutation = { escalateIncident: { id: string } };

export type RecordEscalationOutcomeMutationVariables = Exact<{
  input: RecordEscalationOutcomeInput;
}>;


export type RecordEscalationOutcomeMutation = { recordEscalationOutcome: { id: string } };

export type PreserveEvidenceMutationVariables = Exact<{
  input: PreserveEvidenceInput;
}>;


export type PreserveEvidenceMutation = { preserveEvidence: { id: string } };

export type InformParentsMutationVariables = Exact<{
  input: InformParentsInput;
}>;


export type InformParentsMutation = { informParents: { id: string } };

export type ApplySanctionMutationVariables = Exact<{
  input: ApplySanctionInput;
}>;


export type ApplySanctionMutation = { applySanction: { id: string } };

export type AssignIncidentActionMutationVariables = Exact<{
  input: AssignIncidentActionInput;
}>;


export type AssignIncidentActionMutation = { assignIncidentAction: { id: string } };

export type CompleteIncidentActionMutationVariables = Exact<{
  input: CompleteIncidentActionInput;
}>;


export type CompleteIncidentActionMutation = { completeIncidentAction: { id: string } };

export type CloseIncidentMutationVariables = Exact<{
  input: CloseIncidentInput;
}>;


export type CloseIncidentMutation = { closeIncident: { id: string } };

export type ReopenIncidentMutationVariables = Exact<{
  input: ReopenIncidentInput;
}>;


export type ReopenIncidentMutation = { reopenIncident: { id: string } };

export type IncidentsQueryVariables = Exact<{
  tenantId: string | number;
  category?: IncidentCategory | null | undefined;
  status?: IncidentStatus | null | undefined;
  academicYear?: number | null | undefined;
  term?: Term | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { incidentId: string, category: IncidentCategory, reportedOn: string, status: IncidentStatus, triageDecision: string | null, closedOn: string | null, escalations: Array<{ agency: string, outcomeRecorded: boolean }>, actions: Array<{ done: boolean }> } }> } };

export type IncidentTrailQueryVariables = Exact<{
  tenantId: string | number;
  incidentId: string | number;
  after?: string | null | undefined;
}>;


export type IncidentTrailQuery = { evidenceTrail: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { position: string, type: string, occurredAt: string, recordedAt: string, data: Record<string, unknown>, actor: { id: string, role: string } } }> } };

export type GrantCheckQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type GrantCheckQuery = { latestCheckpoint: { treeSize: number } | null };

export type DayOneQueryVariables = Exact<{
  tenantId: string | number;
  academicYear: number;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type DayOneQuery = { incidents: { totalCount: number | null, edges: Array<{ node: { incidentId: string, category: IncidentCategory, reportedOn: string, status: IncidentStatus, triageDecision: string | null, closedOn: string | null, escalations: Array<{ agency: string, on: string, outcomeRecorded: boolean, referencePending: boolean }> } }> }, trainingStatus: { at: string, totalCount: number | null, totals: { required: number, compliant: number, dueSoon: number, overdue: number, neverDone: number, percentCompliant: number }, edges: Array<{ node: { staffId: string, jobTitle: string, courseId: string, courseTitle: string, status: string, lastCompletedOn: string | null, expiresOn: string | null, staff: { name: string | null } } }> }, overdueReviews: { at: string, edges: Array<{ node: { documentId: string, title: string, nextDueOn: string, daysOverdue: number, state: string, pastReviews: Array<{ reviewedOn: string, daysLate: number }> } }> }, governorReport: { academicYear: string, filteringAndMonitoring: { reviewHeld: boolean, reviewDates: Array<string>, filterTests: string, failedTests: string, decisions: string } } };

export type TrailQueryVariables = Exact<{
  tenantId: string | number;
  kind: TrailSubject;
  id: string | number;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type TrailQuery = { evidenceTrail: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { eventId: string, position: string, stream: string, revision: number, type: string, occurredAt: string, recordedAt: string, hash: string, prevHash: string, actor: { id: string, role: string } } }> } };

export type ProofQueryVariables = Exact<{
  tenantId: string | number;
  eventId: string | number;
}>;


export type ProofQuery = { inclusionProof: { eventId: string, eventHash: string, leafHash: string, leafIndex: number, treeSize: number, auditPath: Array<string>, checkpoint: { treeSize: number, root: string, timestamp: string, keyId: string, signature: string } }, checkpointKeys: Array<{ keyId: string, publicKey: string }> };

export type MyComplianceQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type MyComplianceQuery = { myCompliance: { at: string, outstandingAcknowledgements: Array<{ documentId: string, title: string, version: string, contentHash: string }>, training: Array<{ courseId: string, courseTitle: string, status: string, lastCompletedOn: string | null, expiresOn: string | null }>, signatures: Array<{ documentId: string, title: string, version: string, acknowledgedOn: string, current: boolean }> } | null };

export type AcknowledgeDocumentMutationVariables = Exact<{
  input: AcknowledgeDocumentInput;
}>;


export type AcknowledgeDocumentMutation = { acknowledgeDocument: { id: string } };

export type PolicyRegisterQueryVariables = Exact<{
  tenantId: string | number;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type PolicyRegisterQuery = { policyRegister: Array<{ documentId: string, title: string, kind: string, statutory: boolean, currentVersion: string | null, nextDueOn: string | null, daysOverdue: number, retiredOn: string | null, versions: Array<{ version: string, publishedOn: string, approvedOn: string | null, ratifiedOn: string | null, contentHash: string }>, reviews: Array<{ reviewedOn: string, wasDueOn: string | null, outcome: string, daysLate: number }> }> };

export type DraftDocumentMutationVariables = Exact<{
  input: DraftDocumentInput;
}>;


export type DraftDocumentMutation = { draftDocument: { id: string } };

export type PublishVersionMutationVariables = Exact<{
  input: PublishVersionInput;
}>;


export type PublishVersionMutation = { publishVersion: { id: string } };

export type ScheduleReviewMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type ScheduleReviewMutation = { scheduleReview: { id: string } };

export type ReviewDocumentMutationVariables = Exact<{
  input: ReviewDocumentInput;
}>;


export type ReviewDocumentMutation = { reviewDocument: { id: string } };

export type ApproveVersionMutationVariables = Exact<{
  input: ApproveVersionInput;
}>;


export type ApproveVersionMutation = { approveVersion: { id: string } };

export type RatifyVersionMutationVariables = Exact<{
  input: RatifyVersionInput;
}>;


export type RatifyVersionMutation = { ratifyVersion: { id: string } };

export type RetentionReviewQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type RetentionReviewQuery = { retentionReview: { on: string, rows: Array<{ recordKind: RecordKind, personId: string, unitId: string, retentionFrom: string, endedOn: string, years: number, ruleVersion: number, ruleNote: string, status: RetentionReviewStatus, holdId: string | null, keptUntil: string | null, erasureId: string | null }>, holds: Array<{ holdId: string, scope: string, scopeId: string }> } };

export type EraseSubjectMutationVariables = Exact<{
  input: EraseSubjectInput;
}>;


export type EraseSubjectMutation = { eraseSubject: { id: string } };

export type ConfirmErasureMutationVariables = Exact<{
  input: ConfirmErasureInput;
}>;


export type ConfirmErasureMutation = { confirmErasure: { id: string } };

export type ExtendRetentionMutationVariables = Exact<{
  input: ExtendRetentionInput;
}>;


export type ExtendRetentionMutation = { extendRetention: { id: string } };

export type PlaceLegalHoldMutationVariables = Exact<{
  input: PlaceLegalHoldInput;
}>;


export type PlaceLegalHoldMutation = { placeLegalHold: { id: string } };

export type LiftLegalHoldMutationVariables = Exact<{
  input: LiftLegalHoldInput;
}>;


export type LiftLegalHoldMutation = { liftLegalHold: { id: string } };

export type SubjectAccessExportQueryVariables = Exact<{
  tenantId: string | number;
  subjectId: string | number;
}>;


export type SubjectAccessExportQuery = { subjectAccessExport: { exportId: string, subjectId: string, producedAt: string, html: string, entries: Array<{ position: string, type: string, occurredAt: string, recordedAt: string, data: Record<string, unknown>, withheld: Array<string> }> } };

export type PupilCasesQueryVariables = Exact<{
  tenantId: string | number;
  pupilId: string | number;
}>;


export type PupilCasesQuery = { incidents: { edges: Array<{ node: { incidentId: string, category: IncidentCategory } }> }, searches: { edges: Array<{ node: { searchId: string } }> } };

export type PupilTrailQueryVariables = Exact<{
  tenantId: string | number;
  kind: TrailSubject;
  subjectId: string | number;
}>;


export type PupilTrailQuery = { evidenceTrail: { edges: Array<{ node: { position: string, type: string, occurredAt: string, recordedAt: string, actor: { id: string, role: string } } }> } };

export type SearchTrailQueryVariables = Exact<{
  tenantId: string | number;
  searchId: string | number;
}>;


export type SearchTrailQuery = { evidenceTrail: { edges: Array<{ node: { position: string, type: string, occurredAt: string, recordedAt: string, data: Record<string, unknown>, actor: { id: string, role: string } } }> } };

export type ConductSearchMutationVariables = Exact<{
  input: ConductSearchInput;
}>;


export type ConductSearchMutation = { conductSearch: { id: string } };

export type ConfiscateDeviceMutationVariables = Exact<{
  input: ConfiscateDeviceInput;
}>;


export type ConfiscateDeviceMutation = { confiscateDevice: { id: string } };

export type DeleteDeviceDataMutationVariables = Exact<{
  input: DeleteDeviceDataInput;
}>;


export type DeleteDeviceDataMutation = { deleteDeviceData: { id: string } };

export type HandDeviceToPoliceMutationVariables = Exact<{
  input: HandDeviceToPoliceInput;
}>;


export type HandDeviceToPoliceMutation = { handDeviceToPolice: { id: string } };

export type ReleaseDeviceToParentMutationVariables = Exact<{
  input: ReleaseDeviceToParentInput;
}>;


export type ReleaseDeviceToParentMutation = { releaseDeviceToParent: { id: string } };

export type CompleteSearchMutationVariables = Exact<{
  input: CompleteSearchInput;
}>;


export type CompleteSearchMutation = { completeSearch: { id: string } };

export type TrainingTotalsQueryVariables = Exact<{
  tenantId: string | number;
  dueSoonDays?: number | null | undefined;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type TrainingTotalsQuery = { trainingStatus: { at: string, dueSoonDays: number, totals: { required: number, compliant: number, dueSoon: number, overdue: number, neverDone: number, percentCompliant: number } } };

export type TrainingMatrixQueryVariables = Exact<{
  tenantId: string | number;
  dueSoonDays?: number | null | undefined;
  after?: string | null | undefined;
  asOf?: string | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type TrainingMatrixQuery = { cpdMatrix: { at: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { staffId: string, jobTitle: string, roles: Array<string>, staff: { name: string | null }, training: Array<{ courseId: string, courseTitle: string, status: string, lastCompletedOn: string | null, expiresOn: string | null }> } }> } };

export type TrainingImportCheckQueryVariables = Exact<{
  tenantId: string | number;
  csv: string;
  staffColumn?: string | null | undefined;
  courseColumn?: string | null | undefined;
  completedOnColumn?: string | null | undefined;
  providerColumn?: string | null | undefined;
}>;


export type TrainingImportCheckQuery = { trainingImportCheck: { columns: Array<string>, good: number, bad: number, mapping: { staff: string, course: string, completedOn: string, provider: string }, rows: Array<{ row: number, staff: string, course: string, completedOn: string, provider: string, staffId: string | null, courseId: string | null, commandId: string | null, completionId: string | null, occurredAt: string | null, problem: { code: string, message: string } | null }> } };

export type RecordCompletionMutationVariables = Exact<{
  input: RecordCompletionInput;
}>;


export type RecordCompletionMutation = { recordCompletion: { id: string, replayed: boolean } };

export type SettingOverviewQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type SettingOverviewQuery = { settingOverview: { tenantId: string, at: string, trainingRequired: number, trainingPercentCompliant: number, overdueReviews: number, openIncidents: number | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, staffId: string, role: string, tenantIds: Array<string>, signInMethod: string, sessionExpiresAt: string | null, operations: Array<string> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const RawLogDocument = new TypedDocumentString(`
    query RawLog($tenantId: ID!, $types: [String!], $categories: [String!], $recordedFrom: String, $recordedUntil: String, $first: Int, $after: String) {
  events(
    tenantId: $tenantId
    types: $types
    categories: $categories
    recordedFrom: $recordedFrom
    recordedUntil: $recordedUntil
    first: $first
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        eventId
        position
        stream
        revision
        type
        occurredAt
        recordedAt
        hash
        prevHash
        actor {
          id
          role
        }
        data
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RawLogQuery, RawLogQueryVariables>;
export const ReadLogDocument = new TypedDocumentString(`
    query ReadLog($tenantId: ID!, $subjectId: ID, $first: Int, $after: String) {
  readLog(
    tenantId: $tenantId
    subjectId: $subjectId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        readId
        position
        readAt
        readerId
        readerRole
        subjectKind
        subjectId
        view
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadLogQuery, ReadLogQueryVariables>;
export const SignInMethodsDocument = new TypedDocumentString(`
    query SignInMethods {
  ledger {
    signIn {
      oidc
      links
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMethodsQuery, SignInMethodsQueryVariables>;
export const CpdSignaturesDocument = new TypedDocumentString(`
    query CpdSignatures($tenantId: ID!, $after: String, $asOf: String, $knownAt: String) {
  cpdMatrix(
    tenantId: $tenantId
    first: 200
    after: $after
    asOf: $asOf
    knownAt: $knownAt
  ) {
    at
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        staffId
        jobTitle
        staff {
          name
        }
        outstandingAcknowledgements {
          documentId
          title
          version
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CpdSignaturesQuery, CpdSignaturesQueryVariables>;
export const GovernorReportDocument = new TypedDocumentString(`
    query GovernorReport($tenantId: ID!, $academicYear: Int!) {
  governorReport(tenantId: $tenantId, academicYear: $academicYear) {
    settingName
    academicYear
    from
    to
    policies {
      reviewed
      reviewedLate
      approved
      reviews {
        title
        dueOn
        reviewedOn
        daysLate
      }
    }
    training {
      percentCompliantAtYearEnd
      overdue
      neverDone
    }
    incidents {
      total
      byCategory {
        key
        count
      }
      byTerm {
        key
        count
      }
      decidedNotToRefer
    }
    escalationsByAgency {
      key
      count
    }
    searches {
      total
      byOutcome {
        key
        count
      }
      handedToPolice
    }
    filteringAndMonitoring {
      reviewHeld
      reviewDates
      filterTests
      failedTests
      decisions
    }
    openActionsAtYearEnd
  }
}
    `) as unknown as TypedDocumentString<GovernorReportQuery, GovernorReportQueryVariables>;
export const NeedsAttentionDocument = new TypedDocumentString(`
    query NeedsAttention($tenantId: ID!) {
  needsAttention(tenantId: $tenantId) {
    on
    untriaged
    escalationsWaiting
    actionsOverdue
    actionsDueThisWeek
    devicesHeld
  }
}
    `) as unknown as TypedDocumentString<NeedsAttentionQuery, NeedsAttentionQueryVariables>;
export const OpenClocksDocument = new TypedDocumentString(`
    query OpenClocks($tenantId: ID!) {
  statutoryClocks(tenantId: $tenantId) {
    on
    open {
      clock
      subjectId
      startedOn
      dueBy
      status
      rule {
        ruleVersion
        workingDays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenClocksQuery, OpenClocksQueryVariables>;
export const ReportIncidentDocument = new TypedDocumentString(`
    mutation ReportIncident($input: ReportIncidentInput!) {
  reportIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const TriageIncidentDocument = new TypedDocumentString(`
    mutation TriageIncident($input: TriageIncidentInput!) {
  triageIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TriageIncidentMutation, TriageIncidentMutationVariables>;
export const EscalateIncidentDocument = new TypedDocumentString(`
    mutation EscalateIncident($input: EscalateIncidentInput!) {
  escalateIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EscalateIncidentMutation, EscalateIncidentMutationVariables>;
export const RecordEscalationOutcomeDocument = new TypedDocumentString(`
    mutation RecordEscalationOutcome($input: RecordEscalationOutcomeInput!) {
  recordEscalationOutcome(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordEscalationOutcomeMutation, RecordEscalationOutcomeMutationVariables>;
export const PreserveEvidenceDocument = new TypedDocumentString(`
    mutation PreserveEvidence($input: PreserveEvidenceInput!) {
  preserveEvidence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PreserveEvidenceMutation, PreserveEvidenceMutationVariables>;
export const InformParentsDocument = new TypedDocumentString(`
    mutation InformParents($input: InformParentsInput!) {
  informParents(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InformParentsMutation, InformParentsMutationVariables>;
export const ApplySanctionDocument = new TypedDocumentString(`
    mutation ApplySanction($input: ApplySanctionInput!) {
  applySanction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApplySanctionMutation, ApplySanctionMutationVariables>;
export const AssignIncidentActionDocument = new TypedDocumentString(`
    mutation AssignIncidentAction($input: AssignIncidentActionInput!) {
  assignIncidentAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignIncidentActionMutation, AssignIncidentActionMutationVariables>;
export const CompleteIncidentActionDocument = new TypedDocumentString(`
    mutation CompleteIncidentAction($input: CompleteIncidentActionInput!) {
  completeIncidentAction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteIncidentActionMutation, CompleteIncidentActionMutationVariables>;
export const CloseIncidentDocument = new TypedDocumentString(`
    mutation CloseIncident($input: CloseIncidentInput!) {
  closeIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseIncidentMutation, CloseIncidentMutationVariables>;
export const ReopenIncidentDocument = new TypedDocumentString(`
    mutation ReopenIncident($input: ReopenIncidentInput!) {
  reopenIncident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReopenIncidentMutation, ReopenIncidentMutationVariables>;
export const IncidentsDocument = new TypedDocumentString(`
    query Incidents($tenantId: ID!, $category: IncidentCategory, $status: IncidentStatus, $academicYear: Int, $term: Term, $first: Int, $after: String) {
  incidents(
    tenantId: $tenantId
    category: $category
    status: $status
    academicYear: $academicYear
    term: $term
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        incidentId
        category
        reportedOn
        status
        triageDecision
        closedOn
        escalations {
          agency
          outcomeRecorded
        }
        actions {
          done
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsQuery, IncidentsQueryVariables>;
export const IncidentTrailDocument = new TypedDocumentString(`
    query IncidentTrail($tenantId: ID!, $incidentId: ID!, $after: String) {
  evidenceTrail(
    tenantId: $tenantId
    subjectKind: incident
    subjectId: $incidentId
    first: 200
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        position
        type
        occurredAt
        recordedAt
        actor {
          id
          role
        }
        data
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentTrailQuery, IncidentTrailQueryVariables>;
export const GrantCheckDocument = new TypedDocumentString(`
    query GrantCheck($tenantId: ID!) {
  latestCheckpoint(tenantId: $tenantId) {
    treeSize
  }
}
    `) as unknown as TypedDocumentString<GrantCheckQuery, GrantCheckQueryVariables>;
export const DayOneDocument = new TypedDocumentString(`
    query DayOne($tenantId: ID!, $academicYear: Int!, $asOf: String, $knownAt: String) {
  incidents(tenantId: $tenantId, academicYear: $academicYear, first: 100) {
    totalCount
    edges {
      node {
        incidentId
        category
        reportedOn
        status
        triageDecision
        closedOn
        escalations {
          agency
          on
          outcomeRecorded
          referencePending
        }
      }
    }
  }
  trainingStatus(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, first: 150) {
    at
    totalCount
    totals {
      required
      compliant
      dueSoon
      overdue
      neverDone
      percentCompliant
    }
    edges {
      node {
        staffId
        staff {
          name
        }
        jobTitle
        courseId
        courseTitle
        status
        lastCompletedOn
        expiresOn
      }
    }
  }
  overdueReviews(
    tenantId: $tenantId
    asOf: $asOf
    knownAt: $knownAt
    dueSoonDays: 90
    first: 50
  ) {
    at
    edges {
      node {
        documentId
        title
        nextDueOn
        daysOverdue
        state
        pastReviews {
          reviewedOn
          daysLate
        }
      }
    }
  }
  governorReport(
    tenantId: $tenantId
    academicYear: $academicYear
    knownAt: $knownAt
  ) {
    academicYear
    filteringAndMonitoring {
      reviewHeld
      reviewDates
      filterTests
      failedTests
      decisions
    }
  }
}
    `) as unknown as TypedDocumentString<DayOneQuery, DayOneQueryVariables>;
export const TrailDocument = new TypedDocumentString(`
    query Trail($tenantId: ID!, $kind: TrailSubject!, $id: ID!, $after: String, $asOf: String, $knownAt: String) {
  evidenceTrail(
    tenantId: $tenantId
    subjectKind: $kind
    subjectId: $id
    first: 100
    after: $after
    asOf: $asOf
    knownAt: $knownAt
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        eventId
        position
        stream
        revision
        type
        occurredAt
        recordedAt
        hash
        prevHash
        actor {
          id
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrailQuery, TrailQueryVariables>;
export const ProofDocument = new TypedDocumentString(`
    query Proof($tenantId: ID!, $eventId: ID!) {
  inclusionProof(tenantId: $tenantId, eventId: $eventId) {
    eventId
    eventHash
    leafHash
    leafIndex
    treeSize
    auditPath
    checkpoint {
      treeSize
      root
      timestamp
      keyId
      signature
    }
  }
  checkpointKeys(tenantId: $tenantId) {
    keyId
    publicKey
  }
}
    `) as unknown as TypedDocumentString<ProofQuery, ProofQueryVariables>;
export const MyComplianceDocument = new TypedDocumentString(`
    query MyCompliance($tenantId: ID!) {
  myCompliance(tenantId: $tenantId) {
    at
    outstandingAcknowledgements {
      documentId
      title
      version
      contentHash
    }
    training {
      courseId
      courseTitle
      status
      lastCompletedOn
      expiresOn
    }
    signatures {
      documentId
      title
      version
      acknowledgedOn
      current
    }
  }
}
    `) as unknown as TypedDocumentString<MyComplianceQuery, MyComplianceQueryVariables>;
export const AcknowledgeDocumentDocument = new TypedDocumentString(`
    mutation AcknowledgeDocument($input: AcknowledgeDocumentInput!) {
  acknowledgeDocument(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeDocumentMutation, AcknowledgeDocumentMutationVariables>;
export const PolicyRegisterDocument = new TypedDocumentString(`
    query PolicyRegister($tenantId: ID!, $asOf: String, $knownAt: String) {
  policyRegister(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt) {
    documentId
    title
    kind
    statutory
    currentVersion
    nextDueOn
    daysOverdue
    retiredOn
    versions {
      version
      publishedOn
      approvedOn
      ratifiedOn
      contentHash
    }
    reviews {
      reviewedOn
      wasDueOn
      outcome
      daysLate
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyRegisterQuery, PolicyRegisterQueryVariables>;
export const DraftDocumentDocument = new TypedDocumentString(`
    mutation DraftDocument($input: DraftDocumentInput!) {
  draftDocument(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DraftDocumentMutation, DraftDocumentMutationVariables>;
export const PublishVersionDocument = new TypedDocumentString(`
    mutation PublishVersion($input: PublishVersionInput!) {
  publishVersion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishVersionMutation, PublishVersionMutationVariables>;
export const ScheduleReviewDocument = new TypedDocumentString(`
    mutation ScheduleReview($input: ScheduleReviewInput!) {
  scheduleReview(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleReviewMutation, ScheduleReviewMutationVariables>;
export const ReviewDocumentDocument = new TypedDocumentString(`
    mutation ReviewDocument($input: ReviewDocumentInput!) {
  reviewDocument(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReviewDocumentMutation, ReviewDocumentMutationVariables>;
export const ApproveVersionDocument = new TypedDocumentString(`
    mutation ApproveVersion($input: ApproveVersionInput!) {
  approveVersion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApproveVersionMutation, ApproveVersionMutationVariables>;
export const RatifyVersionDocument = new TypedDocumentString(`
    mutation RatifyVersion($input: RatifyVersionInput!) {
  ratifyVersion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RatifyVersionMutation, RatifyVersionMutationVariables>;
export const RetentionReviewDocument = new TypedDocumentString(`
    query RetentionReview($tenantId: ID!) {
  retentionReview(tenantId: $tenantId) {
    on
    rows {
      recordKind
      personId
      unitId
      retentionFrom
      endedOn
      years
      ruleVersion
      ruleNote
      status
      holdId
      keptUntil
      erasureId
    }
    holds {
      holdId
      scope
      scopeId
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionReviewQuery, RetentionReviewQueryVariables>;
export const EraseSubjectDocument = new TypedDocumentString(`
    mutation EraseSubject($input: EraseSubjectInput!) {
  eraseSubject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EraseSubjectMutation, EraseSubjectMutationVariables>;
export const ConfirmErasureDocument = new TypedDocumentString(`
    mutation ConfirmErasure($input: ConfirmErasureInput!) {
  confirmErasure(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfirmErasureMutation, ConfirmErasureMutationVariables>;
export const ExtendRetentionDocument = new TypedDocumentString(`
    mutation ExtendRetention($input: ExtendRetentionInput!) {
  extendRetention(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExtendRetentionMutation, ExtendRetentionMutationVariables>;
export const PlaceLegalHoldDocument = new TypedDocumentString(`
    mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {
  placeLegalHold(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const LiftLegalHoldDocument = new TypedDocumentString(`
    mutation LiftLegalHold($input: LiftLegalHoldInput!) {
  liftLegalHold(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LiftLegalHoldMutation, LiftLegalHoldMutationVariables>;
export const SubjectAccessExportDocument = new TypedDocumentString(`
    query SubjectAccessExport($tenantId: ID!, $subjectId: ID!) {
  subjectAccessExport(tenantId: $tenantId, subjectId: $subjectId) {
    exportId
    subjectId
    producedAt
    html
    entries {
      position
      type
      occurredAt
      recordedAt
      data
      withheld
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessExportQuery, SubjectAccessExportQueryVariables>;
export const PupilCasesDocument = new TypedDocumentString(`
    query PupilCases($tenantId: ID!, $pupilId: ID!) {
  incidents(tenantId: $tenantId, pupilId: $pupilId, first: 200) {
    edges {
      node {
        incidentId
        category
      }
    }
  }
  searches(tenantId: $tenantId, pupilId: $pupilId, first: 200) {
    edges {
      node {
        searchId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PupilCasesQuery, PupilCasesQueryVariables>;
export const PupilTrailDocument = new TypedDocumentString(`
    query PupilTrail($tenantId: ID!, $kind: TrailSubject!, $subjectId: ID!) {
  evidenceTrail(
    tenantId: $tenantId
    subjectKind: $kind
    subjectId: $subjectId
    first: 200
  ) {
    edges {
      node {
        position
        type
        occurredAt
        recordedAt
        actor {
          id
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PupilTrailQuery, PupilTrailQueryVariables>;
export const SearchTrailDocument = new TypedDocumentString(`
    query SearchTrail($tenantId: ID!, $searchId: ID!) {
  evidenceTrail(
    tenantId: $tenantId
    subjectKind: search
    subjectId: $searchId
    first: 200
  ) {
    edges {
      node {
        position
        type
        occurredAt
        recordedAt
        actor {
          id
          role
        }
        data
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchTrailQuery, SearchTrailQueryVariables>;
export const ConductSearchDocument = new TypedDocumentString(`
    mutation ConductSearch($input: ConductSearchInput!) {
  conductSearch(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConductSearchMutation, ConductSearchMutationVariables>;
export const ConfiscateDeviceDocument = new TypedDocumentString(`
    mutation ConfiscateDevice($input: ConfiscateDeviceInput!) {
  confiscateDevice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfiscateDeviceMutation, ConfiscateDeviceMutationVariables>;
export const DeleteDeviceDataDocument = new TypedDocumentString(`
    mutation DeleteDeviceData($input: DeleteDeviceDataInput!) {
  deleteDeviceData(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteDeviceDataMutation, DeleteDeviceDataMutationVariables>;
export const HandDeviceToPoliceDocument = new TypedDocumentString(`
    mutation HandDeviceToPolice($input: HandDeviceToPoliceInput!) {
  handDeviceToPolice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HandDeviceToPoliceMutation, HandDeviceToPoliceMutationVariables>;
export const ReleaseDeviceToParentDocument = new TypedDocumentString(`
    mutation ReleaseDeviceToParent($input: ReleaseDeviceToParentInput!) {
  releaseDeviceToParent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReleaseDeviceToParentMutation, ReleaseDeviceToParentMutationVariables>;
export const CompleteSearchDocument = new TypedDocumentString(`
    mutation CompleteSearch($input: CompleteSearchInput!) {
  completeSearch(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CompleteSearchMutation, CompleteSearchMutationVariables>;
export const TrainingTotalsDocument = new TypedDocumentString(`
    query TrainingTotals($tenantId: ID!, $dueSoonDays: Int, $asOf: String, $knownAt: String) {
  trainingStatus(
    tenantId: $tenantId
    dueSoonDays: $dueSoonDays
    first: 1
    asOf: $asOf
    knownAt: $knownAt
  ) {
    at
    dueSoonDays
    totals {
      required
      compliant
      dueSoon
      overdue
      neverDone
      percentCompliant
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingTotalsQuery, TrainingTotalsQueryVariables>;
export const TrainingMatrixDocument = new TypedDocumentString(`
    query TrainingMatrix($tenantId: ID!, $dueSoonDays: Int, $after: String, $asOf: String, $knownAt: String) {
  cpdMatrix(
    tenantId: $tenantId
    dueSoonDays: $dueSoonDays
    first: 200
    after: $after
    asOf: $asOf
    knownAt: $knownAt
  ) {
    at
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        staffId
        jobTitle
        roles
        staff {
          name
        }
        training {
          courseId
          courseTitle
          status
          lastCompletedOn
          expiresOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingMatrixQuery, TrainingMatrixQueryVariables>;
export const TrainingImportCheckDocument = new TypedDocumentString(`
    query TrainingImportCheck($tenantId: ID!, $csv: String!, $staffColumn: String, $courseColumn: String, $completedOnColumn: String, $providerColumn: String) {
  trainingImportCheck(
    tenantId: $tenantId
    csv: $csv
    staffColumn: $staffColumn
    courseColumn: $courseColumn
    completedOnColumn: $completedOnColumn
    providerColumn: $providerColumn
  ) {
    columns
    mapping {
      staff
      course
      completedOn
      provider
    }
    good
    bad
    rows {
      row
      staff
      course
      completedOn
      provider
      staffId
      courseId
      commandId
      completionId
      occurredAt
      problem {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingImportCheckQuery, TrainingImportCheckQueryVariables>;
export const RecordCompletionDocument = new TypedDocumentString(`
    mutation RecordCompletion($input: RecordCompletionInput!) {
  recordCompletion(input: $input) {
    id
    replayed
  }
}
    `) as unknown as TypedDocumentString<RecordCompletionMutation, RecordCompletionMutationVariables>;
export const SettingOverviewDocument = new TypedDocumentString(`
    query SettingOverview($tenantId: ID!) {
  settingOverview(tenantId: $tenantId) {
    tenantId
    at
    trainingRequired
    trainingPercentCompliant
    overdueReviews
    openIncidents
  }
}
    `) as unknown as TypedDocumentString<SettingOverviewQuery, SettingOverviewQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    subject
    staffId
    role
    tenantIds
    signInMethod
    sessionExpiresAt
    operations
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;