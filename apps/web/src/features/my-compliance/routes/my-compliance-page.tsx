import { useCallback, useEffect, useRef, useState } from 'react';
import { Checkbox, ErrorSummary, requireAnswers, SubmitButton, useSubmission } from '../../../components/form';
import { Loading, Page } from '../../../components/page';
import type { MyComplianceQuery } from '../../../gql/graphql';
import { mutate, newCommandId, query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { useViewer } from '../../../lib/viewer';
import { AcknowledgeDocumentDocument, MyComplianceDocument } from '../api/my-compliance.operations';

type Own = NonNullable<MyComplianceQuery['myCompliance']>;
type Outstanding = Own['outstandingAcknowledgements'][number];

const TRAINING_STATUS: Readonly<Record<string, string>> = {
  compliant: 'Up to date',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  never_done: 'Never done',
};

/** One document to acknowledge: a GOV.UK checkbox "I have read and understood" and a button. */
function Acknowledge({ document: doc, tenantId, onRecorded }: { document: Outstanding; tenantId: string; onRecorded: () => void }) {
  const id = `read-${doc.documentId}`;
  const commandId = useRef(newCommandId());
  const [read, setRead] = useState(false);
  const { submit, busy, problem } = useSubmission(async () => {
    requireAnswers({ [id]: !read && 'Tick the box to confirm you have read and understood it' });
    await mutate(AcknowledgeDocumentDocument, {
      input: { tenantId, commandId: commandId.current, documentId: doc.documentId, version: doc.version, contentHash: doc.contentHash },
    });
    onRecorded();
  });
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s app-break-words" id={headingId}>
        {doc.title}, version {doc.version}
      </h3>
      <ErrorSummary problem={problem} labels={{ [id]: 'I have read and understood' }} />
      <form noValidate onSubmit={submit}>
        <Checkbox id={id} label={`I have read and understood ${doc.title}, version ${doc.version}`} checked={read} onChange={setRead} />
        {problem?.fields[id] && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {problem.fields[id]}
          </p>
        )}
        <SubmitButton busy={busy}>Acknowledge</SubmitButton>
      </form>
    </section>
  );
}

/** Any member of staff: what they must still read and acknowledge, their training, and what they have signed. */
export function MyCompliancePage() {
  const viewer = useViewer();
  const [own, setOwn] = useState<Own | null | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);

  const load = useCallback(
    () =>
      query(MyComplianceDocument, { tenantId: viewer.tenantId }).then(
        (data) => setOwn(data.myCompliance ?? null),
        (error: unknown) => setFailure(sentenceFor(error)),
      ),
    [viewer.tenantId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Page title="Your documents and training">
      {failure && <p className="govuk-error-message">{failure}</p>}
      {own === undefined && !failure && <Loading />}
      {own === null && <p className="govuk-body">You are not on the staff list of this setting today, so there is nothing to show.</p>}
      {recorded && (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          Recorded: you have acknowledged {recorded}.
        </p>
      )}
      {own && (
        <>
          <h2 className="govuk-heading-m">Documents to read and acknowledge</h2>
          {own.outstandingAcknowledgements.length === 0 ? (
            <p className="govuk-body">You have acknowledged the current version of every document you need to.</p>
          ) : (
            own.outstandingAcknowledgements.map((doc) => (
              <Acknowledge
                key={`${doc.documentId}@${doc.version}`}
                document={doc}
                tenantId={viewer.tenantId}
                onRecorded={() => {
                  // Say it was recorded once the lists show it.
                  void load().then(() => setRecorded(`${doc.title}, version ${doc.version}`));
                }}
              />
            ))
          )}

          <h2 className="govuk-heading-m">Your training</h2>
          {own.training.length === 0 ? (
            <p className="govuk-body">Your roles need no training courses here.</p>
          ) : (
            own.training.map((course) => (
              <section key={course.courseId} aria-labelledby={`course-${course.courseId}`}>
                <h3 className="govuk-heading-s app-break-words" id={`course-${course.courseId}`}>
                  {course.courseTitle}
                </h3>
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Status</dt>
                    <dd className="govuk-summary-list__value">{TRAINING_STATUS[course.status] ?? course.status}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Last completed</dt>
                    <dd className="govuk-summary-list__value">{course.lastCompletedOn ?? 'Never'}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Expires</dt>
                    <dd className="govuk-summary-list__value">{course.expiresOn ?? 'Not set'}</dd>
                  </div>
                </dl>
              </section>
            ))
          )}

          <section aria-labelledby="signatures-heading">
            <h2 className="govuk-heading-m" id="signatures-heading">
              Your signatures
            </h2>
            {own.signatures.length === 0 ? (
              <p className="govuk-body">You have not acknowledged any documents yet.</p>
            ) : (
              <dl className="govuk-summary-list">
                {own.signatures.map((s, i) => (
                  // One person may acknowledge the same version again (each September): the key is the position.
                  <div key={`${i}:${s.documentId}@${s.version}`} className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key app-break-words">{s.title}</dt>
                    <dd className="govuk-summary-list__value">
                      Version {s.version}, acknowledged on {s.acknowledgedOn}
                      {!s.current && ' (no longer the current version)'}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
