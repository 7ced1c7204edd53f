import { useEffect, useState } from 'react';
import { ErrorSummary, requireAnswers, SubmitButton, TextInput, useSubmission } from '../../../components/form';
import { Page } from '../../../components/page';
import type { SubjectAccessExportQuery } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { useViewer } from '../../../lib/viewer';
import { SubjectAccessExportDocument } from '../api/privacy.operations';

type Export = SubjectAccessExportQuery['subjectAccessExport'];

/** A file made in the browser from the answer; the person's id never goes into a URL. */
function useDownload(text: string | null, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return setUrl(null);
    const made = URL.createObjectURL(new Blob([text], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text, type]);
  return url;
}

/** A subject access request (UK GDPR Art. 15): everything the ledger holds about one person, as JSON and as a readable page. */
export function SubjectAccessPage() {
  const { tenantId } = useViewer();
  const [subjectId, setSubjectId] = useState('');
  const [result, setResult] = useState<Export | null>(null);
  const { submit, busy, problem } = useSubmission(async () => {
    setResult(null);
    requireAnswers({ subjectId: !subjectId.trim() && 'Enter the pupil reference or staff id' });
    const data = await query(SubjectAccessExportDocument, { tenantId, subjectId: subjectId.trim() });
    setResult(data.subjectAccessExport);
  });
  const json = useDownload(result && JSON.stringify({ ...result, html: undefined }, null, 2), 'application/json');
  const html = useDownload(result && result.html, 'text/html');
  const withheld = result?.entries.filter((e) => e.withheld.length > 0).length ?? 0;

  return (
    <Page title="Subject access request">
      <p className="govuk-body">
        Produce everything the ledger holds about one pupil or member of staff, with other people’s personal information withheld. The law
        gives one month to answer a request.
      </p>
      <div className="govuk-inset-text">
        Every export is recorded in the ledger: who produced it, for whom and when (not what it contained).
      </div>
      <ErrorSummary problem={problem} labels={{ subjectId: 'Pupil reference or staff id' }} />
      <form noValidate onSubmit={submit}>
        <TextInput
          id="subjectId"
          label="Pupil reference or staff id"
          hint="The person who asked, or who was asked about."
          value={subjectId}
          onChange={setSubjectId}
          problem={problem}
        />
        <SubmitButton busy={busy}>Produce the export</SubmitButton>
      </form>
      {result && (
        <section aria-labelledby="export-heading">
          <h2 className="govuk-heading-m" id="export-heading">
            Export {result.exportId}
          </h2>
          <p className="govuk-body" role="status">
            Produced {result.producedAt} for {result.subjectId}: {result.entries.length} recorded events
            {withheld > 0 ? `, ${withheld} with another person’s information withheld` : ''}. This export is recorded in the ledger.
          </p>
          <ul className="govuk-list">
            {json && (
              <li>
                <a className="govuk-link" href={json} download={`subject-access-${result.exportId}.json`}>
                  Download the export as JSON
                </a>
              </li>
            )}
            {html && (
              <li>
                <a className="govuk-link" href={html} download={`subject-access-${result.exportId}.html`}>
                  Download the readable page (HTML)
                </a>
              </li>
            )}
          </ul>
          <div className="app-table-scroll" role="region" aria-label="What the ledger holds" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">What the ledger holds</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    What
                  </th>
                  <th scope="col" className="govuk-table__header">
                    When
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Withheld
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {result.entries.map((e) => (
                  <tr className="govuk-table__row" key={e.position}>
                    <td className="govuk-table__cell">{e.type}</td>
                    <td className="govuk-table__cell">{e.occurredAt}</td>
                    <td className="govuk-table__cell">{e.withheld.join(', ') || 'Nothing'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Page>
  );
}
