import type { ComplianceViews, GovernorReport } from '@ledger/compliance';
import type { GovernorReportModel, ReportedCount } from '../graphql/views/view.models.js';

const pairs = (record: Readonly<Record<string, string>>): ReportedCount[] => Object.entries(record).map(([key, count]) => ({ key, count }));

/** The report as the API returns it, the setting named. */
function reportModel(report: GovernorReport, settingName: string): GovernorReportModel {
  return {
    ...report,
    settingName,
    policies: { ...report.policies, reviews: [...report.policies.reviews] },
    incidents: { ...report.incidents, byCategory: pairs(report.incidents.byCategory), byTerm: pairs(report.incidents.byTerm) },
    escalationsByAgency: pairs(report.escalationsByAgency),
    erasuresByBasis: pairs(report.erasuresByBasis),
    searches: { ...report.searches, byOutcome: pairs(report.searches.byOutcome) },
    filteringAndMonitoring: { ...report.filteringAndMonitoring, reviewDates: [...report.filteringAndMonitoring.reviewDates] },
  };
}

/**
 * The governors' report of one setting and academic year, in the shape the `governorReport`
 * query returns: the query, the PDF download and `ledger report governors` all read it here.
 */
export async function governorReportFigures(
  views: ComplianceViews,
  tenantId: string,
  startYear: number,
  options: { knownAt?: string } = {},
): Promise<GovernorReportModel> {
  const report = await views.governorReport(tenantId, startYear, options);
  return reportModel(report, (await views.settingName(tenantId)) ?? tenantId);
}
