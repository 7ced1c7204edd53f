import { narrow, rangeOf, type AdditiveRelation, type Protection, type Range } from './disclosure-control.js';
import { FEWER_THAN_3, WITHHELD, type GovernorReport, type ReportedCount } from './governor-report.js';

/** What a reader knows of one published figure. */
function knowledge(text: ReportedCount): { protection: Protection; range: Range } {
  if (text === FEWER_THAN_3) return { protection: 'primary', range: rangeOf('primary', 0) };
  if (text === WITHHELD) return { protection: 'secondary', range: rangeOf('secondary', 0) };
  if (!/^\d+$/.test(text)) throw new Error(`Not a reported count: ${text}`);
  return { protection: 'shown', range: rangeOf('shown', Number(text)) };
}

/**
 * Reads a governors' report as an attacker would and names every hidden figure whose exact
 * value can be worked out from the others: it takes only the published report, builds every
 * additive relation from its shape (each grouping against its total, groupings sharing a
 * total, figures that must be equal, subsets bounded by their whole, counts against the list
 * of reviews), and solves them by subtraction and bounds. An empty list means nothing leaks.
 */
export function findDisclosures(report: GovernorReport): string[] {
  const figures = new Map<string, ReportedCount>();
  const add = (id: string, text: ReportedCount) => figures.set(id, text);
  const addGroup = (prefix: string, group: Readonly<Record<string, ReportedCount>>) => {
    for (const [key, text] of Object.entries(group)) add(`${prefix}.${key}`, text);
    return Object.keys(group).map((key) => `${prefix}.${key}`);
  };
  add('policies.reviewed', report.policies.reviewed);
  add('policies.reviewedLate', report.policies.reviewedLate);
  add('policies.approved', report.policies.approved);
  add('policies.listed', String(report.policies.reviews.length));
  add('policies.listedLate', String(report.policies.reviews.filter((r) => r.daysLate > 0).length));
  add('training.overdue', report.training.overdue);
  add('training.neverDone', report.training.neverDone);
  add('incidents.total', report.incidents.total);
  add('incidents.decidedNotToRefer', report.incidents.decidedNotToRefer);
  const categories = addGroup('incidents.byCategory', report.incidents.byCategory);
  const terms = addGroup('incidents.byTerm', report.incidents.byTerm);
  addGroup('escalationsByAgency', report.escalationsByAgency);
  add('searches.total', report.searches.total);
  add('searches.handedToPolice', report.searches.handedToPolice);
  const outcomes = addGroup('searches.byOutcome', report.searches.byOutcome);
  add('filtering.filterTests', report.filteringAndMonitoring.filterTests);
  add('filtering.failedTests', report.filteringAndMonitoring.failedTests);
  add('filtering.decisions', report.filteringAndMonitoring.decisions);
  add('openActionsAtYearEnd', report.openActionsAtYearEnd);

  const relations: AdditiveRelation[] = [
    { total: 'policies.reviewed', parts: ['policies.listed'] },
    { total: 'policies.reviewedLate', parts: ['policies.listedLate'] },
    { total: 'incidents.total', parts: categories },
    { total: 'incidents.total', parts: terms },
    { total: 'incidents.total', parts: ['incidents.decidedNotToRefer', '(incidents not decided "not to refer")'] },
    { total: 'searches.total', parts: outcomes },
    // An outcome that is not listed did not happen (when outcomes are listed at all): the police count is that outcome's.
    ...(outcomes.length > 0
      ? [{ total: 'searches.handedToPolice', parts: outcomes.filter((id) => id === 'searches.byOutcome.given_to_police') }]
      : []),
    { total: 'searches.total', parts: ['searches.handedToPolice', '(searches not handed to the police)'] },
    { total: 'filtering.filterTests', parts: ['filtering.failedTests', '(tests passed)'] },
  ];
  const known = new Map([...figures].map(([id, text]) => [id, knowledge(text)]));
  // Under a total of "fewer than 3" every term reads "fewer than 3", whatever it is: 0 included.
  if (report.incidents.total === FEWER_THAN_3)
    for (const id of terms) if (known.get(id)!.protection === 'primary') known.set(id, { protection: 'primary', range: { lo: 0, hi: 2 } });
  const narrowed = narrow(new Map([...known].map(([id, k]) => [id, k.range])), relations);
  return [...known].filter(([id, k]) => k.protection !== 'shown' && narrowed.get(id)!.lo === narrowed.get(id)!.hi).map(([id]) => id);
}
