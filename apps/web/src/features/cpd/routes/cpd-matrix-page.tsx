import { useEffect, useState } from 'react';
import { Loading, Page } from '../../../components/page';
import { TimeTravel, timeTravelFrom } from '../../../components/time-travel';
import type { CpdSignaturesQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { useViewer } from '../../../lib/viewer';
import { CpdSignaturesDocument } from '../api/cpd.operations';

type Row = CpdSignaturesQuery['cpdMatrix']['edges'][number]['node'];

/** The CPD matrix: by person, the current versions of KCSIE, the AUPs and policies they must still sign. */
export function CpdMatrixPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const travel = timeTravelFrom(search);
  const key = search.toString();
  const [rows, setRows] = useState<{ at: string; rows: Row[] } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    setRows(null);
    setFailure(null);
    (async () => {
      const all: Row[] = [];
      let after: string | undefined;
      let at = '';
      for (;;) {
        const page = (await query(CpdSignaturesDocument, { tenantId: viewer.tenantId, after, ...travel.variables })).cpdMatrix;
        at = page.at;
        all.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      return { at, rows: all };
    })().then(setRows, (error: unknown) => setFailure(sentenceFor(error)));
  }, [viewer.tenantId, key]);

  const outstanding = rows?.rows.filter((r) => r.outstandingAcknowledgements.length > 0) ?? [];
  const byDocument = new Map<string, number>();
  for (const r of outstanding)
    for (const a of r.outstandingAcknowledgements)
      byDocument.set(`${a.title}, version ${a.version}`, (byDocument.get(`${a.title}, version ${a.version}`) ?? 0) + 1);

  return (
    <Page title="CPD matrix: signatures outstanding" caption={viewer.tenantId}>
      <TimeTravel pathname="/cpd" search={search} canTravel={viewer.can('timeTravel')} />
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!rows && !failure && <Loading />}
      {rows && (
        <>
          <p className="govuk-body">
            On {rows.at}, {outstanding.length} of {rows.rows.length} staff have not yet acknowledged every current version they must read.
          </p>
          {byDocument.size > 0 && (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">By document</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Document
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Staff still to sign
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {[...byDocument.entries()].map(([doc, count]) => (
                  <tr key={doc} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header app-break-words">
                      {doc}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2 className="govuk-heading-m">By person</h2>
          {outstanding.length === 0 ? (
            <p className="govuk-body">Everyone has acknowledged the current version of every document they must read.</p>
          ) : (
            <dl className="govuk-summary-list">
              {outstanding.map((r) => (
                <div key={r.staffId} className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">
                    {r.staff.name ?? 'Name erased'}
                    <span className="govuk-body-s app-block">{r.jobTitle}</span>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    <ul className="govuk-list">
                      {r.outstandingAcknowledgements.map((a) => (
                        <li key={`${a.documentId}@${a.version}`} className="app-break-words">
                          {a.title}, version {a.version}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </Page>
  );
}
