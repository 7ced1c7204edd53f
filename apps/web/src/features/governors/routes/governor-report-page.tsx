import { useEffect, useState, type FormEvent } from 'react';
import { governorReportSections, REPORT_NOTE, reportRunningHead, reportTitle } from '@ledger/charts';
import { BarChart } from '../../../components/bar-chart';
import { Select } from '../../../components/form';
import { Loading, Page } from '../../../components/page';
import type { GovernorReportQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { navigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { GovernorReportDocument } from '../api/governor-report.operations';

type Report = GovernorReportQuery['governorReport'];

/** The academic year that ended most recently (the one an annual report is about), by its first year. */
function lastCompletedYear(today: Date): number {
  return (today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1) - 1;
}

function academicYears(today: Date): Array<readonly [string, string]> {
  const current = lastCompletedYear(today) + 1;
  return Array.from({ length: 6 }, (_, i) => current - i).map((y) => [String(y), `${y} to ${y + 1}`] as const);
}

/** The printed report names the setting and the year on every page: the print stylesheet reads it from here. */
function useRunningHead(text: string | null): void {
  useEffect(() => {
    if (text === null) return;
    const root = document.documentElement.style;
    // Set through the CSSOM (allowed by the strict CSP, unlike an inline style) as a CSS string.
    root.setProperty('--app-running-head', JSON.stringify(text));
    return () => {
      root.removeProperty('--app-running-head');
    };
  }, [text]);
}

function ReportBody({ report }: { report: Report }) {
  return (
    <article className="app-report" aria-labelledby="report-title">
      <h2 className="govuk-heading-l" id="report-title">
        {reportTitle(report)}
      </h2>
      <p className="govuk-body-l">
        {report.settingName}, 1 September to 31 August ({report.from} to {report.to}).
      </p>
      <p className="govuk-body-s">{REPORT_NOTE}</p>
      {governorReportSections(report).map((section) => (
        <section key={section.id} className="app-report__section" aria-labelledby={`section-${section.id}`}>
          <h2 className="govuk-heading-m" id={`section-${section.id}`}>
            {section.heading}
          </h2>
          <dl className="govuk-summary-list">
            {section.facts.map(([label, value]) => (
              <div key={label} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{label}</dt>
                <dd className="govuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          {section.charts.map((spec) => (
            <BarChart key={spec.id} spec={spec} />
          ))}
          {section.tables.map((t) =>
            t.rows.length === 0 ? (
              <p key={t.caption} className="govuk-body">
                {t.empty}
              </p>
            ) : (
              // Wider than a phone: the table scrolls on its own (by keyboard too) and the page does not.
              <div key={t.caption} className="app-table-scroll" role="region" aria-label={t.caption} tabIndex={0}>
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">{t.caption}</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      {t.columns.map((c) => (
                        <th key={c} scope="col" className="govuk-table__header">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {t.rows.map((row, i) => (
                      <tr key={i} className="govuk-table__row">
                        {row.map((cell, c) =>
                          c === 0 ? (
                            <th key={c} scope="row" className="govuk-table__header app-break-words">
                              {cell}
                            </th>
                          ) : (
                            <td key={c} className="govuk-table__cell">
                              {cell}
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ),
          )}
        </section>
      ))}
    </article>
  );
}

/**
 * Governors (and leaders, trust administrators, inspectors): the annual safeguarding report for
 * an academic year, anonymised exactly as the `governorReport` query returns it, made for paper.
 */
export function GovernorReportPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const asked = search.get('year');
  const year = asked && /^\d{4}$/.test(asked) ? Number(asked) : lastCompletedYear(new Date());
  const [draft, setDraft] = useState(String(year));
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useRunningHead(report ? reportRunningHead(report) : null);

  useEffect(() => {
    setReport(null);
    setFailure(null);
    setDraft(String(year));
    query(GovernorReportDocument, { tenantId: viewer.tenantId, academicYear: year }).then(
      (data) => setReport(data.governorReport),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [year, viewer.tenantId]);

  const choose = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/governors-report?year=${encodeURIComponent(draft)}`);
  };
  const pdf = `/reports/governors.pdf?tenantId=${encodeURIComponent(viewer.tenantId)}&year=${year}`;

  return (
    <Page title="Governors’ annual report">
      <div className="app-no-print">
        <form onSubmit={choose} aria-label="Choose the academic year">
          <Select id="year" label="Academic year" value={draft} onChange={setDraft} problem={null} options={academicYears(new Date())} />
          <button type="submit" className="govuk-button govuk-button--secondary">
            Show the report
          </button>
        </form>
        <div className="govuk-button-group">
          <a className="govuk-button" href={pdf} download>
            Download the report as a PDF
          </a>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
            Print the report
          </button>
        </div>
      </div>
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!report && !failure && <Loading />}
      {report && <ReportBody report={report} />}
    </Page>
  );
}
