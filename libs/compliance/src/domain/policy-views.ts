import { trainingStatus, type TrainingStatusRow } from './training-status.view.js';
import type { TrainingFacts } from './training-status.projection.js';
import { addDays, daysBetween } from '@ledger/kernel';
import type { PolicyRecord, ReviewRecord } from './policy-register.projection.js';

export interface OverdueReviewRow {
  readonly documentId: string;
  readonly title: string;
  readonly nextDueOn: string;
  readonly state: 'overdue' | 'due_soon';
  /** Days past due (negative: days left). */
  readonly daysOverdue: number;
  readonly pastReviews: readonly ReviewRecord[];
}

/** Documents whose next review has passed or falls within `withinDays` of `at`, with every past review's lateness. */
export function overdueReviews(register: readonly PolicyRecord[], at: string, withinDays = 30): OverdueReviewRow[] {
  const day = at.slice(0, 10);
  return register
    .filter((doc) => doc.retiredOn === null && doc.nextDueOn !== null && doc.nextDueOn <= addDays(day, withinDays))
    .map((doc) => ({
      documentId: doc.documentId,
      title: doc.title,
      nextDueOn: doc.nextDueOn!,
      state: doc.nextDueOn! < day ? ('overdue' as const) : ('due_soon' as const),
      daysOverdue: daysBetween(doc.nextDueOn!, day),
      pastReviews: doc.reviews,
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}

export interface CpdRow {
  readonly staffId: string;
  readonly jobTitle: string;
  readonly roles: readonly string[];
  /** Documents whose current version this person must acknowledge and has not. */
  readonly outstandingAcknowledgements: ReadonlyArray<{
    readonly documentId: string;
    readonly title: string;
    readonly version: string;
    /** SHA-256 of the version to acknowledge (the acknowledgement names it). */
    readonly contentHash: string;
  }>;
  readonly training: readonly TrainingStatusRow[];
}

/** The SLT matrix: per member of staff, unsigned current versions and training by role. */
export function cpdMatrix(facts: TrainingFacts, register: readonly PolicyRecord[], at: string, dueSoonDays = 30): CpdRow[] {
  const status = trainingStatus(facts, at, dueSoonDays);
  const day = at.slice(0, 10);
  const mustSign = register.filter((doc) => doc.retiredOn === null && doc.currentVersion !== null && doc.acknowledgedBy.length > 0);
  return Object.entries(facts.staff)
    .filter(([, member]) => member.leftOn === null || member.leftOn > day)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([staffId, member]) => ({
      staffId,
      jobTitle: member.jobTitle,
      roles: member.roles,
      outstandingAcknowledgements: mustSign
        .filter((doc) => doc.acknowledgedBy.includes('staff') || doc.acknowledgedBy.some((role) => member.roles.includes(role)))
        .filter((doc) => !(doc.acknowledgements[staffId] ?? []).includes(doc.currentVersion!))
        .map((doc) => ({
          documentId: doc.documentId,
          title: doc.title,
          version: doc.currentVersion!,
          contentHash: doc.versions[doc.currentVersion!]?.contentHash ?? '',
        })),
      training: status.rows.filter((row) => row.staffId === staffId),
    }));
}

export interface OwnSignature {
  readonly documentId: string;
  readonly title: string;
  readonly version: string;
  readonly contentHash: string;
  readonly acknowledgedOn: string;
  /** True when the version signed is the document's current version. */
  readonly current: boolean;
}

/** One member of staff's own row: what they must still acknowledge, their training, and what they have signed. */
export interface OwnCompliance extends CpdRow {
  readonly signatures: readonly OwnSignature[];
}

/**
 * The signed-in person's own compliance: their row of the CPD matrix and every acknowledgement
 * they have recorded, newest first. Null when they are not on the staff list on the day.
 */
export function ownCompliance(matrix: readonly CpdRow[], register: readonly PolicyRecord[], staffId: string): OwnCompliance | null {
  const row = matrix.find((r) => r.staffId === staffId);
  if (!row) return null;
  const signatures = register
    .flatMap((doc) =>
      (doc.signatures?.[staffId] ?? []).map((s) => ({
        documentId: doc.documentId,
        title: doc.title,
        version: s.version,
        contentHash: s.contentHash,
        acknowledgedOn: s.acknowledgedOn,
        current: doc.retiredOn === null && doc.currentVersion === s.version,
      })),
    )
    .sort((a, b) => b.acknowledgedOn.localeCompare(a.acknowledgedOn) || a.title.localeCompare(b.title));
  return { ...row, signatures };
}
