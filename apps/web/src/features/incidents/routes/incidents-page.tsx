import { useEffect, useState, type FormEvent } from 'react';
import { Select } from '../../../components/form';
import { CATEGORY_NAMES, TRIAGE_NAMES, options, when } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import type { IncidentCategory, IncidentStatus, IncidentsQuery, Term } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link, navigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { IncidentsDocument } from '../api/incidents.queries';

const STATUS_NAMES: Record<IncidentStatus, string> = { untriaged: 'Not yet triaged', open: 'Open', closed: 'Closed' };
const TERM_NAMES: Record<Term, string> = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' };
const PAGE_SIZE = 20;

function academicYears(today: Date): Array<readonly [string, string]> {
  const current = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: 6 }, (_, i) => current - i).map((y) => [String(y), `${y} to ${y + 1}`] as const);
}

/** Incidents with filters (category, status, academic year, term) and pages of 20; the filters live in the URL (no personal data). */
export function IncidentsPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const filters = {
    category: search.get('category') ?? '',
    status: search.get('status') ?? '',
    year: search.get('year') ?? '',
    term: search.get('term') ?? '',
  };
  const after = search.get('after') ?? undefined;
  const [draft, setDraft] = useState(filters);
  const [result, setResult] = useState<IncidentsQuery['incidents'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = search.toString();

  useEffect(() => {
    setResult(null);
    query(IncidentsDocument, {
      tenantId: viewer.tenantId,
      category: (filters.category || undefined) as IncidentCategory | undefined,
      status: (filters.status || undefined) as IncidentStatus | undefined,
      academicYear: filters.year ? Number(filters.year) : undefined,
      term: (filters.term || undefined) as Term | undefined,
      first: PAGE_SIZE,
      after,
    }).then(
      (data) => setResult(data.incidents),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [key, viewer.tenantId]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.category) next.set('category', draft.category);
    if (draft.status) next.set('status', draft.status);
    if (draft.year) next.set('year', draft.year);
    if (draft.term) next.set('term', draft.term);
    navigate(`/incidents${next.size ? `?${next}` : ''}`);
  };
  const nextPage = () => {
    const next = new URLSearchParams(search);
    next.set('after', result!.pageInfo.endCursor!);
    return `/incidents?${next}`;
  };
  const firstPage = () => {
    const next = new URLSearchParams(search);
    next.delete('after');
    return `/incidents${next.size ? `?${next}` : ''}`;
  };
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });

  return (
    <Page title="Incidents">
      <form className="govuk-!-margin-bottom-6" onSubmit={apply} role="search" aria-label="Filter incidents">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="category"
              label="Category"
              value={draft.category}
              onChange={set('category')}
              problem={null}
              options={options(CATEGORY_NAMES)}
              placeholder="Any"
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="status"
              label="Status"
              value={draft.status}
              onChange={set('status')}
              problem={null}
              options={options(STATUS_NAMES)}
              placeholder="Any"
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="year"
              label="Academic year"
              value={draft.year}
              onChange={set('year')}
              problem={null}
              options={academicYears(new Date())}
              placeholder="Any"
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="term"
              label="Term"
              value={draft.term}
              onChange={set('term')}
              problem={null}
              options={options(TERM_NAMES)}
              placeholder="Any"
            />
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
      </form>
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!result && !failure && <Loading />}
      {result && (
        <>
          <p className="govuk-body" role="status">
            {result.totalCount ?? result.edges.length} {result.totalCount === 1 ? 'incident' : 'incidents'}
          </p>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Incidents, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Reported
                </th>
                <th scope="col" className="govuk-table__header">
                  Category
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {result.edges.map(({ node }) => (
                <tr key={node.incidentId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    {viewer.can('evidenceTrail') ? (
                      <Link className="govuk-link" href={`/incidents/${encodeURIComponent(node.incidentId)}`}>
                        {when(node.reportedOn)}
                        <span className="govuk-visually-hidden"> ({node.incidentId})</span>
                      </Link>
                    ) : (
                      when(node.reportedOn)
                    )}
                  </td>
                  <td className="govuk-table__cell">{CATEGORY_NAMES[node.category] ?? node.category}</td>
                  <td className="govuk-table__cell">
                    {STATUS_NAMES[node.status]}
                    {node.triageDecision && node.status === 'open' ? ` (${TRIAGE_NAMES[node.triageDecision] ?? node.triageDecision})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="govuk-pagination" aria-label="Pages of incidents">
            {after && (
              <div className="govuk-pagination__prev">
                <Link className="govuk-link govuk-pagination__link" href={firstPage()}>
                  <span className="govuk-pagination__link-title">First page</span>
                </Link>
              </div>
            )}
            {result.pageInfo.hasNextPage && (
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" href={nextPage()} rel="next">
                  <span className="govuk-pagination__link-title">Next page</span>
                </Link>
              </div>
            )}
          </nav>
        </>
      )}
    </Page>
  );
}
