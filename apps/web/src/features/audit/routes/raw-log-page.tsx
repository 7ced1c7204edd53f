import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Select, TextInput } from '../../../components/form';
import { ROLE_NAMES, when } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import type { RawLogQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link, navigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { RawLogDocument } from '../api/audit.queries';

const PAGE_SIZE = 50;
/** The stream categories of a setting's log (the stream id before the first "-"). */
const CATEGORIES: Record<string, string> = {
  setting: 'Setting',
  staff: 'Staff',
  pupil: 'Pupils',
  document: 'Policies and documents',
  training: 'Training',
  incident: 'Incidents',
  search: 'Searches',
  filtering: 'Filtering and monitoring',
  access: 'Inspection access',
  signin: 'Sign-ins',
  readlog: 'Read log',
};
const FILTERS = ['type', 'category', 'from', 'until'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The raw, hash-chained log of the setting, 50 events a page, filtered by type, stream category and the dates recorded; each event expands to its data. */
export function RawLogPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Filters;
  const after = search.get('after') ?? undefined;
  const [draft, setDraft] = useState(filters);
  const [result, setResult] = useState<RawLogQuery['events'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = search.toString();

  useEffect(() => {
    setResult(null);
    setFailure(null);
    setDraft(filters);
    const types = filters.type
      .split(/[\s,]+/)
      .map((t) => t.trim())
      .filter(Boolean);
    query(RawLogDocument, {
      tenantId: viewer.tenantId,
      types: types.length ? types : undefined,
      categories: filters.category ? [filters.category] : undefined,
      recordedFrom: filters.from || undefined,
      recordedUntil: filters.until || undefined,
      first: PAGE_SIZE,
      after,
    }).then(
      (data) => setResult(data.events),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [key, viewer.tenantId]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (draft[f].trim()) next.set(f, draft[f].trim());
    navigate(`/audit/log${next.size ? `?${next}` : ''}`);
  };
  const set = (name: keyof Filters) => (value: string) => setDraft({ ...draft, [name]: value });
  const pageLink = (cursor: string | null) => {
    const next = new URLSearchParams(search);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return `/audit/log${next.size ? `?${next}` : ''}`;
  };

  return (
    <Page title="The raw log" caption="Audit">
      <p className="govuk-body">
        Every event recorded for this setting, in the order the ledger recorded them, with its hash and the hash before it in its record.
      </p>
      <form className="govuk-!-margin-bottom-6" onSubmit={apply} role="search" aria-label="Filter the log">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <TextInput
              id="type"
              label="Event type"
              hint="e.g. IncidentEscalated"
              value={draft.type}
              onChange={set('type')}
              problem={null}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="category"
              label="Kind of record"
              value={draft.category}
              onChange={set('category')}
              problem={null}
              options={Object.entries(CATEGORIES)}
              placeholder="Any"
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <TextInput id="from" type="date" label="Recorded from" value={draft.from} onChange={set('from')} problem={null} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <TextInput id="until" type="date" label="Recorded until" value={draft.until} onChange={set('until')} problem={null} />
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
            {result.edges.length === 0
              ? 'No events match.'
              : `Events at positions ${result.edges[0]!.node.position} to ${result.edges.at(-1)!.node.position}.`}
          </p>
          <ol className="app-chronology" aria-label="Events in the order recorded">
            {result.edges.map(({ node }) => (
              <li key={node.position} className="app-chronology__event">
                <details className="govuk-details govuk-!-margin-bottom-2">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">
                      {node.position}. {node.type} — {when(node.recordedAt)}
                    </span>
                  </summary>
                  <div className="govuk-details__text">
                    <dl className="govuk-summary-list govuk-summary-list--no-border govuk-body-s app-trail">
                      <Row term="Record">
                        {node.stream}, event {node.revision + 1}
                      </Row>
                      <Row term="Who">
                        {node.actor.id} ({ROLE_NAMES[node.actor.role] ?? node.actor.role})
                      </Row>
                      <Row term="Happened">{when(node.occurredAt)}</Row>
                      <Row term="Recorded">{when(node.recordedAt)}</Row>
                      <Row term="Event id">
                        <code>{node.eventId}</code>
                      </Row>
                      <Row term="Hash">
                        <code>{node.hash}</code>
                      </Row>
                      <Row term="Previous hash">
                        <code>{node.prevHash}</code>
                      </Row>
                    </dl>
                    <pre className="app-json" tabIndex={0} aria-label={`Data of event ${node.position}`}>
                      {JSON.stringify(node.data, null, 2)}
                    </pre>
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <nav className="govuk-pagination" aria-label="Pages of the log">
            {after && (
              <div className="govuk-pagination__prev">
                <Link className="govuk-link govuk-pagination__link" href={pageLink(null)}>
                  <span className="govuk-pagination__link-title">First page</span>
                </Link>
              </div>
            )}
            {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
              <div className="govuk-pagination__next">
                <Link className="govuk-link govuk-pagination__link" href={pageLink(result.pageInfo.endCursor)} rel="next">
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

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{term}</dt>
      <dd className="govuk-summary-list__value app-break-words">{children}</dd>
    </div>
  );
}
