import { holdOn, keptUntil, ruleFor, type PrivacyState } from './privacy.decider.js';
import type { RecordKind } from './privacy.events.js';
import { retentionEnds, type RecordFacts } from './retention.js';

/** What the review says to do with a record whose retention has ended. */
export type ReviewStatus = 'to_decide' | 'held' | 'kept' | 'awaiting_confirmation';

/** One record whose retention has ended under the rule in force (no personal data: ids and dates). */
export interface RetentionReviewRow {
  readonly recordKind: RecordKind;
  readonly unitId: string;
  readonly personId: string;
  readonly ruleVersion: number;
  readonly ruleNote: string;
  readonly years: number;
  readonly retentionFrom: string;
  /** When the rule's retention ended. */
  readonly endedOn: string;
  /** to_decide: erase (retention_expired) or keep with a reason; held: a legal hold keeps it; kept: extended; awaiting_confirmation: a second person must confirm. */
  readonly status: ReviewStatus;
  readonly holdId: string | null;
  readonly keptUntil: string | null;
  readonly erasureId: string | null;
}

/**
 * The retention review of a setting on a day: every record not yet erased whose retention under the
 * rule in force has ended, with the rule version and the dates, and whether a hold or an extension keeps it.
 */
export function retentionReview(records: Iterable<RecordFacts>, state: PrivacyState, today: string): RetentionReviewRow[] {
  const rows: RetentionReviewRow[] = [];
  for (const record of records) {
    if (record.erased || state.erasedUnits.includes(record.unitId)) continue;
    const rule = ruleFor(state, record.recordKind);
    const endedOn = retentionEnds(record, rule);
    if (endedOn === null || endedOn >= today) continue;
    const hold = holdOn(state, record);
    const until = keptUntil(state, record).endsOn;
    const pending = Object.values(state.pending).find((p) => p.unitId === record.unitId);
    const status: ReviewStatus = hold
      ? 'held'
      : until !== null && until >= today
        ? 'kept'
        : pending
          ? 'awaiting_confirmation'
          : 'to_decide';
    rows.push({
      recordKind: record.recordKind,
      unitId: record.unitId,
      personId: record.personId,
      ruleVersion: rule.ruleVersion,
      ruleNote: rule.note,
      years: rule.years,
      retentionFrom: record.retentionFrom!,
      endedOn,
      status,
      holdId: hold?.holdId ?? null,
      keptUntil: until !== null && until !== endedOn ? until : null,
      erasureId: pending?.erasureId ?? null,
    });
  }
  return rows.sort((a, b) => a.endedOn.localeCompare(b.endedOn) || a.unitId.localeCompare(b.unitId));
}
