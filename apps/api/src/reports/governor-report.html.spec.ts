import type { GovernorReportFigures } from '@ledger/charts';
import { governorReportHtml } from './governor-report.html.js';

const report: GovernorReportFigures = {
  settingName: 'Oak </style><script>alert(1)</script> "School"',
  academicYear: '2023/24',
  from: '2023-09-01',
  to: '2024-08-31',
  policies: {
    reviewed: '1',
    reviewedLate: '0',
    approved: '1',
    reviews: [{ title: 'Online <b>safety</b>', dueOn: null, reviewedOn: '2024-01-01', daysLate: 0 }],
  },
  training: { percentCompliantAtYearEnd: 90, overdue: '3', neverDone: '0' },
  incidents: { total: '4', byCategory: [{ key: 'grooming', count: '4' }], byTerm: [{ key: 'autumn', count: '4' }], decidedNotToRefer: '0' },
  escalationsByAgency: [],
  searches: { total: '0', byOutcome: [], handedToPolice: '0' },
  filteringAndMonitoring: { reviewHeld: true, reviewDates: ['2024-03-01'], filterTests: '0', failedTests: '0', decisions: '0' },
  openActionsAtYearEnd: '0',
};

describe(governorReportHtml.name, () => {
  const sut = governorReportHtml(report);

  it('should be one file: no scripts, no links, no outside resources', () => {
    expect(sut).not.toMatch(/<script|<link|\bsrc=|\bhref=/i);
  });

  it('should escape what people typed, in the text and in the running head', () => {
    expect(sut).toContain('Oak &lt;/style&gt;&lt;script&gt;');
    expect(sut).toContain('Online &lt;b&gt;safety&lt;/b&gt;');
    expect(sut.match(/<\/style>/g)).toHaveLength(1);
  });

  it('should draw each chart that has figures as inline SVG with its data table', () => {
    expect(sut.match(/<svg /g)).toHaveLength(4);
    expect(sut).toContain('<caption>Incidents by category</caption>');
  });
});
