import type { ActivityRecord } from './safeguarding-activity.projection.js';
import type { PolicyRecord } from './policy-register.projection.js';
import type { TrainingFacts } from './training-status.projection.js';
import { trainingStatus } from './training-status.view.js';

/** A count as governors see it: small numbers are suppressed so that no child can be identified. */
export type ReportedCount = string;

/** 0 stays 0, 1 and 2 become "fewer than 3", anything larger is shown. */
export function suppress(count: number): ReportedCount {
  return count > 0 && count < 3 ? 'fewer than 3' : String(count);
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

function tally(values: readonly string[]): Record<string, ReportedCount> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, suppress(v)]),
  );
}

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
  return {
    academicYear: `${startYear}/${String(startYear + 1).slice(2)}`,
    from,
    to,
    policies: {
      reviewed: suppress(reviews.length),
      reviewedLate: suppress(reviews.filter((r) => r.daysLate > 0).length),
      approved: suppress(approvals.length),
      reviews: reviews.sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn)),
    },
    training: {
      percentCompliantAtYearEnd: training.totals.percentCompliant,
      overdue: suppress(training.totals.overdue),
      neverDone: suppress(training.totals.neverDone),
    },
    incidents: {
      total: suppress(incidents.length),
      byCategory: tally(incidents.map((i) => i.category)),
      byTerm: {
        autumn: suppress(incidents.filter((i) => term(i.reportedOn) === 'autumn').length),
        spring: suppress(incidents.filter((i) => term(i.reportedOn) === 'spring').length),
        summer: suppress(incidents.filter((i) => term(i.reportedOn) === 'summer').length),
      },
      decidedNotToRefer: suppress(incidents.filter((i) => i.triageDecision !== null && i.triageDecision !== 'refer').length),
    },
    escalationsByAgency: tally(escalations),
    searches: {
      total: suppress(searches.length),
      byOutcome: tally(searches.map((s) => s.outcome ?? 'in_progress')),
      handedToPolice: suppress(searches.filter((s) => s.outcome === 'given_to_police').length),
    },
    filteringAndMonitoring: {
      reviewHeld: reviewDates.length > 0,
      reviewDates,
      filterTests: suppress(tests.length),
      failedTests: suppress(tests.filter((t) => t.result === 'fail').length),
      decisions: suppress(filtering?.decisions ?? 0),
    },
    openActionsAtYearEnd: suppress(openActions),
  };
}
