import { protectCounts, SMALLEST_SHOWN, type AdditiveRelation, type Protection } from './disclosure-control.js';
import type { ActivityRecord } from './safeguarding-activity.projection.js';
import type { PolicyRecord } from './policy-register.projection.js';
import type { TrainingFacts } from './training-status.projection.js';
import { trainingStatus } from './training-status.view.js';

/**
 * A count as governors see it: a number; "fewer than 3" for 1 and 2 (so that no child can be
 * identified); or "withheld" for a larger count hidden because, with the other figures, it
 * would reveal one that reads "fewer than 3" (secondary suppression).
 */
export type ReportedCount = string;

export const FEWER_THAN_3 = 'fewer than 3';
export const WITHHELD = 'withheld';

/** 0 stays 0, 1 and 2 become "fewer than 3", anything larger is shown. */
export function suppress(count: number): ReportedCount {
  return count > 0 && count < 3 ? FEWER_THAN_3 : String(count);
}

/** How a count reads once its protection is decided. */
function reported(protection: Protection, value: number): ReportedCount {
  return protection === 'shown' ? String(value) : protection === 'primary' ? FEWER_THAN_3 : WITHHELD;
}

/**
 * The additive relations between the report's figures, by cell id: each grouping of the
 * incidents adds up to their total, the searches' outcomes to theirs, the searches handed
 * to the police are those with that outcome, and a subset (decided not to refer, failed tests)
 * is at most its whole.
 */
export function reportRelations(cellIds: Iterable<string>): AdditiveRelation[] {
  const ids = [...cellIds];
  const under = (prefix: string) => ids.filter((id) => id.startsWith(prefix));
  return [
    { total: 'incidents.total', parts: under('incidents.byCategory.') },
    { total: 'incidents.total', parts: under('incidents.byTerm.') },
    { total: 'searches.total', parts: under('searches.byOutcome.') },
    ...(under('searches.byOutcome.').length > 0
      ? [{ total: 'searches.handedToPolice', parts: ids.filter((id) => id === 'searches.byOutcome.given_to_police') }]
      : [{ total: 'searches.total', parts: ['searches.handedToPolice', 'searches.notHandedToPolice'] }]),
    // Parts of a total with the rest unreported: they bound the part by the total.
    { total: 'incidents.total', parts: ['incidents.decidedNotToRefer', 'incidents.notDecidedNotToRefer'] },
    { total: 'filteringAndMonitoring.filterTests', parts: ['filteringAndMonitoring.failedTests', 'filteringAndMonitoring.passedTests'] },
  ];
}

export interface GovernorReport {
  readonly academicYear: string;
  readonly from: string;
  readonly to: string;
  readonly policies: {
    readonly reviewed: ReportedCount;
    readonly reviewedLate: ReportedCount;
    readonly approved: ReportedCount;
    readonly reviews: ReadonlyArray<{
      readonly title: string;
      readonly dueOn: string | null;
      readonly reviewedOn: string;
      readonly daysLate: number;
    }>;
  };
  readonly training: { readonly percentCompliantAtYearEnd: number; readonly overdue: ReportedCount; readonly neverDone: ReportedCount };
  readonly incidents: {
    readonly total: ReportedCount;
    readonly byCategory: Readonly<Record<string, ReportedCount>>;
    readonly byTerm: Readonly<Record<'autumn' | 'spring' | 'summer', ReportedCount>>;
    readonly decidedNotToRefer: ReportedCount;
  };
  readonly escalationsByAgency: Readonly<Record<string, ReportedCount>>;
  /** Erasures of personal data in the year by lawful basis (consent withdrawn, malicious allegation, retention expired, court order). */
  readonly erasuresByBasis: Readonly<Record<string, ReportedCount>>;
  readonly searches: {
    readonly total: ReportedCount;
    readonly byOutcome: Readonly<Record<string, ReportedCount>>;
    readonly handedToPolice: ReportedCount;
  };
  readonly filteringAndMonitoring: {
    readonly reviewHeld: boolean;
    readonly reviewDates: readonly string[];
    readonly filterTests: ReportedCount;
    readonly failedTests: ReportedCount;
    readonly decisions: ReportedCount;
  };
  readonly openActionsAtYearEnd: ReportedCount;
}

function counts(values: readonly string[]): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const value of [...values].sort((a, b) => a.localeCompare(b))) counted[value] = (counted[value] ?? 0) + 1;
  return counted;
}

const TERMS = ['autumn', 'spring', 'summer'] as const;

function term(date: string): 'autumn' | 'spring' | 'summer' {
  const month = Number(date.slice(5, 7));
  return month >= 9 ? 'autumn' : month <= 4 ? 'spring' : 'summer';
}

/**
 * The governors' annual safeguarding and online-safety report for the academic year
 * starting 1 September of `startYear`. Anonymised: counts, dates and policy titles only.
 */
export function governorReport(
  startYear: number,
  register: readonly PolicyRecord[],
  facts: TrainingFacts,
  activity: readonly ActivityRecord[],
): GovernorReport {
  const from = `${startYear}-09-01`;
  const to = `${startYear + 1}-08-31`;
  const inYear = (date: string | null) => date !== null && date >= from && date <= to;
  const reviews = register.flatMap((doc) =>
    doc.reviews
      .filter((r) => inYear(r.reviewedOn))
      .map((r) => ({ title: doc.title, dueOn: r.wasDueOn, reviewedOn: r.reviewedOn, daysLate: r.daysLate })),
  );
  const approvals = register.flatMap((doc) => Object.values(doc.versions).filter((v) => inYear(v.approvedOn)));
  const incidents = activity.filter(
    (a): a is Extract<ActivityRecord, { kind: 'incident' }> => a.kind === 'incident' && inYear(a.reportedOn),
  );
  const searches = activity.filter((a): a is Extract<ActivityRecord, { kind: 'search' }> => a.kind === 'search' && inYear(a.conductedOn));
  const filtering = activity.find((a): a is Extract<ActivityRecord, { kind: 'filtering' }> => a.kind === 'filtering');
  const training = trainingStatus(facts, to);
  const escalations = activity.flatMap((a) =>
    a.kind === 'incident' ? a.escalations.filter((e) => inYear(e.on)).map((e) => e.agency) : [],
  );
  const openActions = activity.reduce((sum, a) => sum + (a.kind === 'incident' && a.reportedOn <= to ? a.openActions : 0), 0);
  const reviewDates = (filtering?.reviews ?? []).filter(inYear);
  const tests = (filtering?.tests ?? []).filter((t) => inYear(t.on));
  // A breakdown of fewer than 3 would name what each one was (two categories listed under a
  // total of "fewer than 3" can only be one each): it is not given, and every term reads "fewer than 3".
  const fewIncidents = incidents.length > 0 && incidents.length < SMALLEST_SHOWN;
  const fewSearches = searches.length > 0 && searches.length < SMALLEST_SHOWN;
  const byCategory = fewIncidents ? {} : counts(incidents.map((i) => i.category));
  const byOutcome = fewSearches ? {} : counts(searches.map((s) => s.outcome ?? 'in_progress'));
  const byAgency = counts(escalations);
  const byBasis = counts(activity.flatMap((a) => (a.kind === 'erasure' && inYear(a.erasedOn) ? [a.basis] : [])));
  const values = new Map<string, number>([
    ['training.overdue', training.totals.overdue],
    ['training.neverDone', training.totals.neverDone],
    ['incidents.total', incidents.length],
    ...Object.entries(byCategory).map(([key, n]) => [`incidents.byCategory.${key}`, n] as [string, number]),
    ...(fewIncidents ? [] : TERMS).map(
      (t) => [`incidents.byTerm.${t}`, incidents.filter((i) => term(i.reportedOn) === t).length] as [string, number],
    ),
    ['incidents.decidedNotToRefer', incidents.filter((i) => i.triageDecision !== null && i.triageDecision !== 'refer').length],
    ...Object.entries(byAgency).map(([key, n]) => [`escalationsByAgency.${key}`, n] as [string, number]),
    ...Object.entries(byBasis).map(([key, n]) => [`erasuresByBasis.${key}`, n] as [string, number]),
    ['searches.total', searches.length],
    ...Object.entries(byOutcome).map(([key, n]) => [`searches.byOutcome.${key}`, n] as [string, number]),
    ['searches.handedToPolice', searches.filter((s) => s.outcome === 'given_to_police').length],
    ['filteringAndMonitoring.filterTests', tests.length],
    ['filteringAndMonitoring.failedTests', tests.filter((t) => t.result === 'fail').length],
    ['filteringAndMonitoring.decisions', filtering?.decisions ?? 0],
    ['openActionsAtYearEnd', openActions],
  ]);
  const protection = protectCounts(values, reportRelations(values.keys()));
  const cell = (id: string) => reported(protection.get(id)!, values.get(id)!);
  const group = (prefix: string, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, cell(`${prefix}.${key}`)]));
  return {
    academicYear: `${startYear}/${String(startYear + 1).slice(2)}`,
    from,
    to,
    // Policy reviews and approvals are about documents, not people, and the list names each
    // one: their counts are shown exactly (a suppressed count beside the list would hide nothing).
    policies: {
      reviewed: String(reviews.length),
      reviewedLate: String(reviews.filter((r) => r.daysLate > 0).length),
      approved: String(approvals.length),
      reviews: reviews.sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn)),
    },
    training: {
      percentCompliantAtYearEnd: training.totals.percentCompliant,
      overdue: cell('training.overdue'),
      neverDone: cell('training.neverDone'),
    },
    incidents: {
      total: cell('incidents.total'),
      byCategory: group('incidents.byCategory', Object.keys(byCategory)),
      byTerm: fewIncidents
        ? { autumn: FEWER_THAN_3, spring: FEWER_THAN_3, summer: FEWER_THAN_3 }
        : (group('incidents.byTerm', TERMS) as Record<(typeof TERMS)[number], ReportedCount>),
      decidedNotToRefer: cell('incidents.decidedNotToRefer'),
    },
    escalationsByAgency: group('escalationsByAgency', Object.keys(byAgency)),
    erasuresByBasis: group('erasuresByBasis', Object.keys(byBasis)),
    searches: {
      total: cell('searches.total'),
      byOutcome: group('searches.byOutcome', Object.keys(byOutcome)),
      handedToPolice: cell('searches.handedToPolice'),
    },
    filteringAndMonitoring: {
      reviewHeld: reviewDates.length > 0,
      reviewDates,
      filterTests: cell('filteringAndMonitoring.filterTests'),
      failedTests: cell('filteringAndMonitoring.failedTests'),
      decisions: cell('filteringAndMonitoring.decisions'),
    },
    openActionsAtYearEnd: cell('openActionsAtYearEnd'),
  };
}
