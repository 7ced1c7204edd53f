/** The lawful bases on which the ledger erases personal data (UK GDPR; KCSIE Part 4; a court's order). */
export const ERASURE_BASES = ['consent_withdrawn', 'malicious_allegation', 'retention_expired', 'court_order'] as const;
export type ErasureBasis = (typeof ERASURE_BASES)[number];

/**
 * The kinds of record a retention class applies to (IRMS Information Management Toolkit for Schools).
 * A child-protection file is the pupil's whole file; an allegation, a consent and a device search are
 * erased on their own.
 */
export const RECORD_KINDS = ['child_protection_file', 'allegation', 'staff_training_record', 'consent', 'device_search'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What a legal hold covers: one pupil, one member of staff, one incident, or the whole setting. */
export const HOLD_SCOPES = ['pupil', 'staff', 'incident', 'setting'] as const;
export type HoldScope = (typeof HOLD_SCOPES)[number];

/** A record as the privacy rules name it: its kind, the erasure unit (key) and the person it is about. */
export interface RecordRef {
  readonly recordKind: RecordKind;
  /** The erasure unit whose key is destroyed: a person's id, `consent~…`, `allegation~…`, `search~…`. */
  readonly unitId: string;
  /** The person the record is about (a pupil or a member of staff), kept for finding them. */
  readonly personId: string;
}

/** A child-protection file needs a second person: the first asks, the second confirms. No personal data. */
export type ErasureRequested = {
  readonly type: 'ErasureRequested';
  readonly data: RecordRef & {
    readonly erasureId: string;
    readonly basis: ErasureBasis;
    readonly reference: string | null;
    readonly requestedBy: string;
  };
};
/**
 * The PII-free record that a unit was erased: what, on which basis, who authorised (for a
 * child-protection file, the one who asked and the second person who confirmed). Its key is
 * destroyed after it is appended.
 */
export type SubjectErased = {
  readonly type: 'SubjectErased';
  readonly data: RecordRef & {
    readonly erasureId: string;
    readonly basis: ErasureBasis;
    readonly reference: string | null;
    readonly authorisedBy: readonly string[];
    /** The retention rule version the decision used (retention_expired only). */
    readonly ruleVersion: number | null;
  };
};
/** A record whose retention ended is kept, with the reason, until a later date. */
export type RetentionExtended = {
  readonly type: 'RetentionExtended';
  readonly data: RecordRef & { readonly until: string; readonly reason: string; readonly extendedBy: string };
};
/** A setting's retention rule for one kind of record: a new version each time (version 0 is the IRMS default). */
export type RetentionRuleSet = {
  readonly type: 'RetentionRuleSet';
  readonly data: { readonly recordKind: RecordKind; readonly ruleVersion: number; readonly years: number; readonly note: string };
};
export type LegalHoldPlaced = {
  readonly type: 'LegalHoldPlaced';
  readonly data: {
    readonly holdId: string;
    readonly scope: HoldScope;
    /** The pupil, member of staff or incident held; the setting's id for a setting-wide hold. */
    readonly scopeId: string;
    readonly reason: string;
    readonly reference: string;
    readonly placedBy: string;
  };
};
export type LegalHoldLifted = {
  readonly type: 'LegalHoldLifted';
  readonly data: { readonly holdId: string; readonly reason: string; readonly liftedBy: string };
};
/** A subject access export was produced: who asked, for whom, when (in meta). Never its content. */
export type SubjectAccessExported = {
  readonly type: 'SubjectAccessExported';
  readonly data: { readonly exportId: string; readonly subjectId: string; readonly requestedBy: string; readonly events: number };
};

export type PrivacyEvent =
  ErasureRequested | SubjectErased | RetentionExtended | RetentionRuleSet | LegalHoldPlaced | LegalHoldLifted | SubjectAccessExported;

export const PRIVACY_EVENT_TYPES = [
  'ErasureRequested',
  'SubjectErased',
  'RetentionExtended',
  'RetentionRuleSet',
  'LegalHoldPlaced',
  'LegalHoldLifted',
  'SubjectAccessExported',
] as const satisfies readonly PrivacyEvent['type'][];
