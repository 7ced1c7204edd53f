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
  readonly outstandingAcknowledgements: ReadonlyArray<{ readonly documentId: string; readonly title: string; readonly version: string }>;
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
        .map((doc) => ({ documentId: doc.documentId, title: doc.title, version: doc.currentVersion! })),
      training: status.rows.filter((row) => row.staffId === staffId),
    }));
}
