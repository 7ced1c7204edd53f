import { daysBetween, type Projection, type RecordedEvent } from '@ledger/kernel';

export interface ReviewRecord {
  readonly reviewedOn: string;
  readonly wasDueOn: string | null;
  readonly outcome: string;
  /** Days after the due date (0 when on time or early). */
  readonly daysLate: number;
}

/** One document in the policy register: versions, approvals, reviews and who acknowledged what. */
export interface PolicyRecord {
  readonly documentId: string;
  readonly title: string;
  readonly kind: string;
  readonly statutory: boolean;
  readonly acknowledgedBy: readonly string[];
  readonly currentVersion: string | null;
  readonly versions: Readonly<
    Record<
      string,
      {
        readonly publishedOn: string;
        readonly approvedOn: string | null;
        readonly ratifiedOn: string | null;
        /** SHA-256 of the version's exact text: what a signature names. */
        readonly contentHash: string;
      }
    >
  >;
  readonly nextDueOn: string | null;
  readonly reviews: readonly ReviewRecord[];
  readonly retiredOn: string | null;
  /** staffId → versions acknowledged. */
  readonly acknowledgements: Readonly<Record<string, readonly string[]>>;
  /** staffId → each acknowledgement: the version, its hash and the day. */
  readonly signatures: Readonly<Record<string, readonly Signature[]>>;
}

export interface Signature {
  readonly version: string;
  readonly contentHash: string;
  readonly acknowledgedOn: string;
}

/** The policy register: one document per policy or statutory document. */
export const policyRegisterProjection: Projection<PolicyRecord> = {
  // v2 keeps each version's hash and every acknowledgement: a new name, so a ledger that
  // projected the old shape rebuilds this view from the start instead of reading stale rows.
  name: 'policy-register-v2',
  canHandle: [
    'DocumentDrafted',
    'DocumentVersionPublished',
    'DocumentVersionApproved',
    'DocumentVersionRatified',
    'DocumentReviewScheduled',
    'DocumentReviewed',
    'DocumentRetired',
    'DocumentAcknowledged',
  ],
  keyOf: (event) => String(event.data.documentId),
  evolve(doc, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    const on = event.meta.occurredAt.slice(0, 10);
    if (event.type === 'DocumentDrafted') {
      return {
        documentId: d.documentId,
        title: d.title,
        kind: d.kind,
        statutory: d.statutory,
        acknowledgedBy: d.acknowledgedBy,
        currentVersion: null,
        versions: {},
        nextDueOn: null,
        reviews: [],
        retiredOn: null,
        acknowledgements: {},
        signatures: {},
      };
    }
    if (!doc) return doc;
    switch (event.type) {
      case 'DocumentVersionPublished':
        return {
          ...doc,
          currentVersion: d.version,
          versions: { ...doc.versions, [d.version]: { publishedOn: on, approvedOn: null, ratifiedOn: null, contentHash: d.contentHash } },
        };
      case 'DocumentVersionApproved':
      case 'DocumentVersionRatified': {
        const version = doc.versions[d.version];
        if (!version) return doc;
        const change = event.type === 'DocumentVersionApproved' ? { approvedOn: on } : { ratifiedOn: on };
        return { ...doc, versions: { ...doc.versions, [d.version]: { ...version, ...change } } };
      }
      case 'DocumentReviewScheduled':
        return { ...doc, nextDueOn: d.dueOn };
      case 'DocumentReviewed': {
        const daysLate = d.wasDueOn ? Math.max(0, daysBetween(d.wasDueOn, on)) : 0;
        return {
          ...doc,
          nextDueOn: d.nextDueOn,
          reviews: [...doc.reviews, { reviewedOn: on, wasDueOn: d.wasDueOn, outcome: d.outcome, daysLate }],
        };
      }
      case 'DocumentRetired':
        return { ...doc, retiredOn: on };
      case 'DocumentAcknowledged':
        return {
          ...doc,
          acknowledgements: { ...doc.acknowledgements, [d.staffId]: [...(doc.acknowledgements[d.staffId] ?? []), d.version] },
          signatures: {
            ...doc.signatures,
            [d.staffId]: [...(doc.signatures?.[d.staffId] ?? []), { version: d.version, contentHash: d.contentHash, acknowledgedOn: on }],
          },
        };
      default:
        return doc;
    }
  },
};
