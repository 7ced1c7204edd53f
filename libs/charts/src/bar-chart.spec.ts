import { barChart, chartLabel, chartSvg, LABEL_CHARACTERS, type ChartSpec } from './bar-chart.js';
import { governorReportCharts, type GovernorReportFigures } from './governor-report-charts.js';

const spec: ChartSpec = {
  id: 'c',
  title: 'Searches <by> outcome',
  columns: ['Outcome', 'Searches'],
  bars: [
    { label: 'Returned', value: 8, text: '8' },
    { label: 'Given to the police', value: 4, text: '4' },
    { label: 'Retained', value: null, text: 'fewer than 3' },
  ],
  empty: 'none',
};

describe('barChart', () => {
  it('should make bar lengths proportional to their values, the largest the longest', () => {
    const [returned, police] = barChart(spec).bars;
    expect(police!.width * 2).toBeCloseTo(returned!.width, 0);
  });

  it('should give a count not shown as a number no bar, and keep its words', () => {
    const retained = barChart(spec).bars[2]!;
    expect(retained.width).toBe(0);
    expect(retained.text).toBe('fewer than 3');
  });

  it('should scale to max when one is given (a percentage out of 100)', () => {
    const half = barChart({ ...spec, max: 100, bars: [{ label: 'x', value: 50, text: '50%' }] }).bars[0]!;
    const full = barChart({ ...spec, max: 100, bars: [{ label: 'x', value: 100, text: '100%' }] }).bars[0]!;
    expect(full.width).toBeCloseTo(half.width * 2, 0);
  });

  it('should shorten long labels on the chart only', () => {
    expect(chartLabel('x'.repeat(LABEL_CHARACTERS + 10))).toHaveLength(LABEL_CHARACTERS);
    expect(chartLabel('Short')).toBe('Short');
  });
});

describe('chartSvg', () => {
  it('should escape text and carry a title for assistive technology', () => {
    const svg = chartSvg(spec);
    expect(svg).toContain('<title id="c-title">Searches &lt;by&gt; outcome</title>');
    expect(svg).toContain('role="img"');
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });
});

describe('governorReportCharts', () => {
  const report: GovernorReportFigures = {
    settingName: 'S',
    academicYear: '2023/24',
    from: '2023-09-01',
    to: '2024-08-31',
    policies: {
      reviewed: '1',
      reviewedLate: '1',
      approved: '0',
      reviews: [{ title: 'Online safety', dueOn: null, reviewedOn: '2024-01-01', daysLate: 12 }],
    },
    training: { percentCompliantAtYearEnd: 87.5, overdue: '4', neverDone: 'fewer than 3' },
    incidents: {
      total: '5',
      byCategory: [
        { key: 'grooming', count: 'fewer than 3' },
        { key: 'cyberbullying', count: 'withheld' },
      ],
      byTerm: [{ key: 'autumn', count: '5' }],
      decidedNotToRefer: '0',
    },
    escalationsByAgency: [],
    searches: { total: '0', byOutcome: [], handedToPolice: '0' },
    filteringAndMonitoring: { reviewHeld: false, reviewDates: [], filterTests: '0', failedTests: '0', decisions: '0' },
    openActionsAtYearEnd: '0',
  };

  it('should chart the reported counts as given, never a number for a suppressed one', () => {
    const charts = governorReportCharts(report);
    expect(charts.incidentsByCategory.bars).toEqual([
      { label: 'Grooming', value: null, text: 'fewer than 3' },
      { label: 'Cyberbullying', value: null, text: 'withheld' },
    ]);
    expect(charts.incidentsByTerm.bars).toEqual([{ label: 'Autumn term', value: 5, text: '5' }]);
    expect(charts.reviewLateness.bars).toEqual([{ label: 'Online safety', value: 12, text: '12 days late' }]);
    expect(charts.training.bars[0]).toEqual({ label: 'Required training up to date', value: 87.5, text: '87.5%' });
  });
});
