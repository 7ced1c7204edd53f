import type { ChartSpec } from './bar-chart.js';

/** A count as the governors' report gives it: a number as text, "fewer than 3" or "withheld". */
export interface ReportedCountFigure {
  readonly key?: string | null;
  readonly count: string;
}

/**
 * The governors' report as the API returns it (the `governorReport` query's shape): the page,
 * the HTML file and the PDF read the same figures and never compute their own.
 */
export interface GovernorReportFigures {
  readonly settingName: string;
  readonly academicYear: string;
  readonly from: string;
  readonly to: string;
  readonly policies: {
    readonly reviewed: string;
    readonly reviewedLate: string;
    readonly approved: string;
    readonly reviews: ReadonlyArray<{
      readonly title: string;
      readonly dueOn?: string | null;
      readonly reviewedOn: string;
      readonly daysLate: number;
    }>;
  };
  readonly training: { readonly percentCompliantAtYearEnd: number; readonly overdue: string; readonly neverDone: string };
  readonly incidents: {
    readonly total: string;
    readonly byCategory: readonly ReportedCountFigure[];
    readonly byTerm: readonly ReportedCountFigure[];
    readonly decidedNotToRefer: string;
  };
  readonly escalationsByAgency: readonly ReportedCountFigure[];
  readonly searches: { readonly total: string; readonly byOutcome: readonly ReportedCountFigure[]; readonly handedToPolice: string };
  readonly filteringAndMonitoring: {
    readonly reviewHeld: boolean;
    readonly reviewDates: readonly string[];
    readonly filterTests: string;
    readonly failedTests: string;
    readonly decisions: string;
  };
  readonly openActionsAtYearEnd: string;
}

/** Plain-English names for the keys the report counts by. */
export const REPORT_NAMES: Readonly<Record<string, string>> = {
  cyberbullying: 'Cyberbullying',
  data_breach: 'Data breach',
  filtering_breach: 'Filtering breach',
  grooming: 'Grooming',
  inappropriate_content: 'Inappropriate content',
  misinformation: 'Misinformation',
  misuse_by_staff: 'Misuse by a member of staff',
  other: 'Something else',
  radicalisation: 'Radicalisation',
  sexting: 'Sharing nudes or semi-nudes',
  autumn: 'Autumn term',
  spring: 'Spring term',
  summer: 'Summer term',
  confiscated: 'Confiscated',
  disposed: 'Disposed of',
  given_to_police: 'Given to the police',
  nothing_found: 'Nothing found',
  retained: 'Retained',
  returned: 'Returned',
  in_progress: 'Not yet concluded',
  police: 'Police',
  la_safeguarding: 'Children’s social care (local authority)',
  lado: 'LADO (allegation about staff)',
  ceop: 'CEOP',
  channel_prevent: 'Prevent (Channel)',
  early_help: 'Early help',
};

/** The name of a key, or the key made readable when it is new. */
export const reportName = (key: string | null | undefined): string =>
  key ? (REPORT_NAMES[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ')) : '';

/** A reported count as a bar: shown numbers have a length; "fewer than 3" and "withheld" have none and say so. */
const countBar = (figure: ReportedCountFigure) => {
  const value = /^\d+$/.test(figure.count) ? Number(figure.count) : null;
  return { label: reportName(figure.key), value, text: figure.count };
};

/** A review's lateness as the report states it. */
export const lateness = (daysLate: number): string => (daysLate > 0 ? `${daysLate} ${daysLate === 1 ? 'day' : 'days'} late` : 'On time');

/** The report's four charts, in the order the report shows them. */
export function governorReportCharts(report: GovernorReportFigures): {
  readonly incidentsByCategory: ChartSpec;
  readonly incidentsByTerm: ChartSpec;
  readonly training: ChartSpec;
  readonly reviewLateness: ChartSpec;
  readonly searchesByOutcome: ChartSpec;
} {
  return {
    incidentsByCategory: {
      id: 'chart-incidents-category',
      title: 'Incidents by category',
      columns: ['Category', 'Incidents'],
      bars: report.incidents.byCategory.map(countBar),
      empty: 'No breakdown by category is given (none, or too few to show without identifying a child).',
    },
    incidentsByTerm: {
      id: 'chart-incidents-term',
      title: 'Incidents by term',
      columns: ['Term', 'Incidents'],
      bars: report.incidents.byTerm.map(countBar),
      empty: 'No incidents were recorded.',
    },
    training: {
      id: 'chart-training',
      title: 'Training compliance at the end of the year',
      columns: ['Measure', 'Value'],
      max: 100,
      bars: [
        {
          label: 'Required training up to date',
          value: report.training.percentCompliantAtYearEnd,
          text: `${report.training.percentCompliantAtYearEnd}%`,
        },
      ],
      empty: '',
    },
    reviewLateness: {
      id: 'chart-review-lateness',
      title: 'Policy reviews: days late',
      columns: ['Policy reviewed', 'Lateness'],
      bars: report.policies.reviews.map((r) => ({ label: r.title, value: r.daysLate, text: lateness(r.daysLate) })),
      empty: 'No policy reviews were recorded this year.',
    },
    searchesByOutcome: {
      id: 'chart-searches-outcome',
      title: 'Searches by outcome',
      columns: ['Outcome', 'Searches'],
      bars: report.searches.byOutcome.map(countBar),
      empty: 'No breakdown by outcome is given (none, or too few to show without identifying a child).',
    },
  };
}

/** A table of the report: a caption, column headings and rows of text. */
export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly empty: string;
}

/** One section of the report (a printed page or more): facts as label and value, then charts (each with its data table), then tables. */
export interface ReportSection {
  readonly id: string;
  readonly heading: string;
  readonly facts: ReadonlyArray<readonly [string, string]>;
  readonly charts: readonly ChartSpec[];
  readonly tables: readonly ReportTable[];
}

/** The report's title, the same on the page, in the HTML file and in the PDF. */
export const reportTitle = (report: GovernorReportFigures): string =>
  `Safeguarding and online safety: governors’ annual report ${report.academicYear}`;

/** What every page of the report says about itself: which setting and which year. */
export const reportRunningHead = (report: GovernorReportFigures): string => `${report.settingName} · ${report.academicYear}`;

export const REPORT_NOTE =
  'Counts of 1 and 2 read “fewer than 3”, and a larger count that would reveal one of them reads “withheld”, so that no child or member of staff can be identified.';

/**
 * The report's sections in order, with every figure as the API gave it: the web page, the HTML
 * file and the PDF lay out these and nothing else.
 */
export function governorReportSections(report: GovernorReportFigures): ReportSection[] {
  const charts = governorReportCharts(report);
  const f = report.filteringAndMonitoring;
  return [
    {
      id: 'policies',
      heading: 'Policies and their reviews',
      facts: [
        ['Policy reviews held', report.policies.reviewed],
        ['Reviews held late', report.policies.reviewedLate],
        ['Policy versions approved', report.policies.approved],
      ],
      charts: [charts.reviewLateness],
      tables: [
        {
          caption: 'Policy reviews this year',
          columns: ['Policy', 'Due on', 'Reviewed on', 'Lateness'],
          rows: report.policies.reviews.map((r) => [r.title, r.dueOn ?? 'Not set', r.reviewedOn, lateness(r.daysLate)]),
          empty: 'No policy reviews were recorded this year.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Safeguarding training',
      facts: [
        ['Required training up to date at the end of the year', `${report.training.percentCompliantAtYearEnd}%`],
        ['Staff with training overdue', report.training.overdue],
        ['Staff who have never done required training', report.training.neverDone],
      ],
      charts: [charts.training],
      tables: [],
    },
    {
      id: 'incidents',
      heading: 'Incidents and concerns',
      facts: [
        ['Incidents recorded', report.incidents.total],
        ['Decided not to refer to an agency', report.incidents.decidedNotToRefer],
        ['Actions still open at the end of the year', report.openActionsAtYearEnd],
      ],
      charts: [charts.incidentsByCategory, charts.incidentsByTerm],
      tables: [
        {
          caption: 'Referrals and escalations by agency',
          columns: ['Agency', 'Referrals'],
          rows: report.escalationsByAgency.map((e) => [reportName(e.key), e.count]),
          empty: 'No referrals or escalations to agencies this year.',
        },
      ],
    },
    {
      id: 'searches',
      heading: 'Searches of pupils',
      facts: [
        ['Searches conducted', report.searches.total],
        ['Searches with items given to the police', report.searches.handedToPolice],
      ],
      charts: [charts.searchesByOutcome],
      tables: [],
    },
    {
      id: 'filtering',
      heading: 'Filtering and monitoring',
      facts: [
        ['Annual review held', f.reviewHeld ? `Yes, on ${f.reviewDates.join(', ')}` : 'No'],
        ['Filter tests run', f.filterTests],
        ['Filter tests failed', f.failedTests],
        ['Filtering decisions recorded', f.decisions],
      ],
      charts: [],
      tables: [],
    },
  ];
}
