import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Select } from '../../../components/form';
import { AGENCY_NAMES, CATEGORY_NAMES, TRIAGE_NAMES, when } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import { TimeTravel, timeTravelFrom } from '../../../components/time-travel';
import type { DayOneQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link, navigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { DayOneDocument } from '../api/inspection.queries';

const TRAINING_STATUS: Record<string, string> = {
  compliant: 'Compliant',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  never_done: 'Never done',
};
const STATUS_NAMES: Record<string, string> = { untriaged: 'Not yet triaged', open: 'Open', closed: 'Closed' };

/** The academic year (starting 1 September) a date falls in. */
const academicYearOf = (isoDate: string): number => {
  const [y, m] = isoDate.split('-').map(Number);
  return m! >= 9 ? y! : y! - 1;
};

const trail = (kind: string, id: string, search: URLSearchParams) => {
  const keep = new URLSearchParams();
  for (const name of ['asOf', 'knownAt']) if (search.get(name)) keep.set(name, search.get(name)!);
  return `/trail/${kind}/${encodeURIComponent(id)}${keep.size ? `?${keep}` : ''}`;
};

/**
 * Day one of an inspection on one page: referrals to the DSL this academic year and what
 * happened, LADO referrals, training and compliance, policy review dates, the filtering and
 * monitoring review — each row linking to its evidence trail.
 */
export function DayOnePage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const travel = timeTravelFrom(search);
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(search.get('year')) || academicYearOf(travel.asOf ?? today);
  const [data, setData] = useState<DayOneQuery | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [draftYear, setDraftYear] = useState(String(year));
  const key = search.toString();

  useEffect(() => {
    setData(null);
    setFailure(null);
    setDraftYear(String(year));
    query(DayOneDocument, { tenantId: viewer.tenantId, academicYear: year, ...travel.variables }).then(setData, (error: unknown) =>
      setFailure(sentenceFor(error)),
    );
  }, [key, viewer.tenantId]);

  const chooseYear = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(search);
    next.set('year', draftYear);
    navigate(`/inspection?${next}`);
  };
  const thisYear = academicYearOf(today);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => [String(y), `${y} to ${y + 1}`] as const);

  const referrals = data?.incidents.edges.map((e) => e.node) ?? [];
  const lado = referrals.filter((i) => i.escalations.some((e) => e.agency === 'lado'));

  return (
    <Page title="Day one" caption="Inspection">
      <TimeTravel pathname="/inspection" search={search} canTravel={viewer.can('timeTravel')} />
      <form onSubmit={chooseYear} className="app-inline-form" aria-label="Choose the academic year">
        <Select id="year" label="Academic year" value={draftYear} onChange={setDraftYear} problem={null} options={years} />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show this year
        </button>
      </form>
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!data && !failure && <Loading />}
      {data && (
        <>
          <Section title={`Referrals to the DSL, ${year} to ${year + 1}`}>
            <p className="govuk-body">
              {referrals.length} {referrals.length === 1 ? 'concern' : 'concerns'} reported to the DSL this academic year.
            </p>
            {referrals.length > 0 && (
              <Table
                caption="Referrals to the DSL and what happened"
                head={['Reported', 'Category', 'What happened', 'Escalated to']}
                rows={referrals.map((i) => [
                  <Link key="l" className="govuk-link" href={trail('incident', i.incidentId, search)}>
                    {when(i.reportedOn)}
                    <span className="govuk-visually-hidden"> (evidence trail of incident {i.incidentId})</span>
                  </Link>,
                  CATEGORY_NAMES[i.category] ?? i.category,
                  `${STATUS_NAMES[i.status] ?? i.status}${i.triageDecision ? `: ${TRIAGE_NAMES[i.triageDecision] ?? i.triageDecision}` : ''}${
                    i.closedOn ? `, closed ${when(i.closedOn)}` : ''
                  }`,
                  i.escalations.length === 0
                    ? 'No one'
                    : i.escalations
                        .map(
                          (e) => `${AGENCY_NAMES[e.agency] ?? e.agency} (${e.outcomeRecorded ? 'outcome recorded' : 'awaiting outcome'})`,
                        )
                        .join('; '),
                ])}
              />
            )}
          </Section>

          <Section title="LADO referrals">
            {lado.length === 0 ? (
              <p className="govuk-body">No referrals to the LADO this academic year.</p>
            ) : (
              <Table
                caption="Referrals to the LADO"
                head={['Referred', 'Incident', 'Outcome']}
                rows={lado.flatMap((i) =>
                  i.escalations
                    .filter((e) => e.agency === 'lado')
                    .map((e) => [
                      when(e.on),
                      <Link key="l" className="govuk-link" href={trail('incident', i.incidentId, search)}>
                        Reported {when(i.reportedOn)}
                        <span className="govuk-visually-hidden"> (evidence trail of incident {i.incidentId})</span>
                      </Link>,
                      e.outcomeRecorded
                        ? e.referencePending
                          ? 'Outcome recorded, reference pending'
                          : 'Outcome recorded'
                        : 'Awaiting outcome',
                    ]),
                )}
              />
            )}
          </Section>

          <Section title="Training records and compliance">
            <p className="govuk-body">
              On {when(data.trainingStatus.at)}: {data.trainingStatus.totals.compliant} of {data.trainingStatus.totals.required} required
              courses in date ({data.trainingStatus.totals.percentCompliant}%); {data.trainingStatus.totals.dueSoon} due soon,{' '}
              {data.trainingStatus.totals.overdue} overdue, {data.trainingStatus.totals.neverDone} never done.
            </p>
            <Table
              caption="Training of every member of staff"
              head={['Member of staff', 'Course', 'Status', 'Last completed', 'Expires']}
              rows={data.trainingStatus.edges.map(({ node }) => [
                <Link key="l" className="govuk-link" href={trail('staff', node.staffId, search)}>
                  {node.staff.name ?? '(name erased)'}
                  <span className="govuk-visually-hidden"> (evidence trail)</span>
                </Link>,
                node.courseTitle,
                TRAINING_STATUS[node.status] ?? node.status,
                node.lastCompletedOn ? when(node.lastCompletedOn) : 'Never',
                node.expiresOn ? when(node.expiresOn) : '–',
              ])}
            />
            {(data.trainingStatus.totalCount ?? 0) > data.trainingStatus.edges.length && (
              <p className="govuk-body">
                Showing the first {data.trainingStatus.edges.length} of {data.trainingStatus.totalCount} rows.
              </p>
            )}
          </Section>

          <Section title="Policy review dates">
            {data.overdueReviews.edges.length === 0 ? (
              <p className="govuk-body">No policy review is overdue or due in the next 90 days.</p>
            ) : (
              <Table
                caption="Policies overdue or due for review in the next 90 days"
                head={['Policy', 'Next review due', 'State', 'Past reviews']}
                rows={data.overdueReviews.edges.map(({ node }) => [
                  <Link key="l" className="govuk-link" href={trail('document', node.documentId, search)}>
                    {node.title}
                    <span className="govuk-visually-hidden"> (evidence trail)</span>
                  </Link>,
                  when(node.nextDueOn),
                  node.state === 'overdue' ? `Overdue by ${node.daysOverdue} days` : `Due in ${-node.daysOverdue} days`,
                  node.pastReviews.length === 0
                    ? 'None recorded'
                    : node.pastReviews.map((r) => `${when(r.reviewedOn)}${r.daysLate > 0 ? ` (${r.daysLate} days late)` : ''}`).join('; '),
                ])}
              />
            )}
          </Section>

          <Section title="Filtering and monitoring review">
            <dl className="govuk-summary-list">
              <SummaryRow term="Annual review held this academic year">
                {data.governorReport.filteringAndMonitoring.reviewHeld ? 'Yes' : 'No'}
              </SummaryRow>
              <SummaryRow term="Review dates">
                {data.governorReport.filteringAndMonitoring.reviewDates.map((d) => when(d)).join(', ') || 'None'}
              </SummaryRow>
              <SummaryRow term="Filter tests (failed)">
                {data.governorReport.filteringAndMonitoring.filterTests} ({data.governorReport.filteringAndMonitoring.failedTests})
              </SummaryRow>
              <SummaryRow term="Block and allow decisions">{data.governorReport.filteringAndMonitoring.decisions}</SummaryRow>
            </dl>
          </Section>
        </>
      )}
    </Page>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="govuk-!-margin-bottom-8" aria-label={title}>
      <h2 className="govuk-heading-m">{title}</h2>
      {children}
    </section>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, r) => (
            <tr key={r} className="govuk-table__row">
              {row.map((cell, c) => (
                <td key={c} className="govuk-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SummaryRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{term}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
