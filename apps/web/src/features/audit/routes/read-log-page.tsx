import { useEffect, useState } from 'react';
import { ROLE_NAMES, when } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import type { ReadLogQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { ReadLogDocument } from '../api/audit.queries';

const PAGE_SIZE = 50;
const VIEW_NAMES: Record<string, string> = { evidenceTrail: 'Evidence trail', events: 'Raw log' };

/** Who read which incident, search or pupil trail, and when — itself recorded in the ledger. */
export function ReadLogPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const after = search.get('after') ?? undefined;
  const [result, setResult] = useState<ReadLogQuery['readLog'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = search.toString();

  useEffect(() => {
    setResult(null);
    query(ReadLogDocument, { tenantId: viewer.tenantId, first: PAGE_SIZE, after }).then(
      (data) => setResult(data.readLog),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [key, viewer.tenantId]);

  return (
    <Page title="Who read what" caption="Audit">
      <p className="govuk-body">
        Every time someone opened an incident, a search or a pupil’s trail, the ledger recorded who, in which role, and when.
      </p>
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!result && !failure && <Loading />}
      {result && (
        <>
          <p className="govuk-body" role="status">
            {result.totalCount ?? result.edges.length} {result.totalCount === 1 ? 'read' : 'reads'} recorded
          </p>
          <div className="app-table-scroll" role="region" aria-label="Reads, oldest first" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Reads, oldest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {['When', 'Who', 'Role', 'What', 'How'].map((h) => (
                    <th key={h} scope="col" className="govuk-table__header">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {result.edges.map(({ node }) => (
                  <tr key={node.readId} className="govuk-table__row">
                    <td className="govuk-table__cell">{when(node.readAt)}</td>
                    <td className="govuk-table__cell app-break-words">{node.readerId}</td>
                    <td className="govuk-table__cell">{ROLE_NAMES[node.readerRole] ?? node.readerRole}</td>
                    <td className="govuk-table__cell app-break-words">
                      <Link className="govuk-link" href={`/trail/${node.subjectKind}/${encodeURIComponent(node.subjectId)}`}>
                        {node.subjectKind} {node.subjectId}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{VIEW_NAMES[node.view] ?? node.view}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
            <nav className="govuk-pagination" aria-label="Pages of the read log">
              <div className="govuk-pagination__next">
                <Link
                  className="govuk-link govuk-pagination__link"
                  href={`/audit/reads?after=${encodeURIComponent(result.pageInfo.endCursor)}`}
                  rel="next"
                >
                  <span className="govuk-pagination__link-title">Next page</span>
                </Link>
              </div>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}
