export const DOCUMENT_KINDS = [
  'e_safety',
  'aup_staff',
  'aup_pupil',
  'mobile_phone',
  'password',
  'searching_confiscation',
  'child_protection',
  'kcsie',
  'consent_form',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const CONSENTS = ['photographs', 'internet_use'] as const;
export type ConsentKind = (typeof CONSENTS)[number];
export const REVIEW_OUTCOMES = ['no_change', 'amended'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
/** How a policy version reached parents and carers. */
export const SHARING_CHANNELS = ['website', 'email', 'letter', 'parent_app', 'meeting'] as const;
export type SharingChannel = (typeof SHARING_CHANNELS)[number];
export const SIGNATORIES = ['pupil', 'parent'] as const;
export type Signatory = (typeof SIGNATORIES)[number];

export type DocumentDrafted = {
  readonly type: 'DocumentDrafted';
  readonly data: {
    readonly documentId: string;
    readonly title: string;
    readonly kind: DocumentKind;
    readonly statutory: boolean;
    readonly acknowledgedBy: readonly string[];
  };
};
export type DocumentVersionPublished = {
  readonly type: 'DocumentVersionPublished';
  readonly data: { readonly documentId: string; readonly version: string; readonly contentHash: string; readonly text: string | null };
};
export type DocumentVersionApproved = {
  readonly type: 'DocumentVersionApproved';
  readonly data: { readonly documentId: string; readonly version: string; readonly committee: string };
};
export type DocumentVersionRatified = {
  readonly type: 'DocumentVersionRatified';
  readonly data: { readonly documentId: string; readonly version: string; readonly chairId: string };
};
export type DocumentReviewScheduled = {
  readonly type: 'DocumentReviewScheduled';
  readonly data: { readonly documentId: string; readonly dueOn: string; readonly cadenceMonths: number };
};
export type DocumentReviewed = {
  readonly type: 'DocumentReviewed';
  readonly data: {
    readonly documentId: string;
    readonly outcome: ReviewOutcome;
    /** The review date that was due when this review happened (null if none was scheduled). */
    readonly wasDueOn: string | null;
    readonly nextDueOn: string;
    readonly reviewerId: string;
  };
};
export type DocumentRetired = { readonly type: 'DocumentRetired'; readonly data: { readonly documentId: string; readonly reason: string } };
export type DocumentAcknowledged = {
  readonly type: 'DocumentAcknowledged';
  readonly data: { readonly documentId: string; readonly version: string; readonly contentHash: string; readonly staffId: string };
};
export type AgreementSigned = {
  readonly type: 'AgreementSigned';
  readonly data: {
    readonly documentId: string;
    readonly version: string;
    readonly contentHash: string;
    readonly signatory: Signatory;
    readonly pupilId: string;
  };
};
export type ConsentGiven = {
  readonly type: 'ConsentGiven';
  readonly data: {
    readonly documentId: string;
    readonly version: string;
    readonly consent: ConsentKind;
    readonly pupilId: string;
    readonly givenBy: string;
  };
};
export type ConsentWithdrawn = {
  readonly type: 'ConsentWithdrawn';
  readonly data: { readonly documentId: string; readonly consent: ConsentKind; readonly pupilId: string };
};

/** A published version was shared with parents and carers (which exact version, how, on which day). */
export type PolicySharedWithParents = {
  readonly type: 'PolicySharedWithParents';
  readonly data: {
    readonly documentId: string;
    readonly version: string;
    readonly contentHash: string;
    readonly channel: SharingChannel;
    readonly sharedOn: string;
    readonly sharedBy: string;
  };
};

export type DocumentEvent =
  | DocumentDrafted
  | DocumentVersionPublished
  | DocumentVersionApproved
  | DocumentVersionRatified
  | DocumentReviewScheduled
  | DocumentReviewed
  | DocumentRetired
  | DocumentAcknowledged
  | AgreementSigned
  | ConsentGiven
  | ConsentWithdrawn
  | PolicySharedWithParents;
