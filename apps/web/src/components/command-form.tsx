import { useRef, useState, type ReactNode } from 'react';
import { newCommandId } from '../lib/graphql';
import { ErrorSummary, SubmitButton, useSubmission, type Problem } from './form';

interface CommandFormProps {
  /** The form's heading (an h2 on a page with several forms). */
  title: string;
  submitLabel: string;
  /** Sends the mutation with this submission's idempotency key. */
  send: (commandId: string) => Promise<unknown>;
  /** After the ledger recorded it: reset the fields, reload the record. */
  onRecorded: () => void;
  labels?: Readonly<Record<string, string>>;
  children: (problem: Problem | null) => ReactNode;
  /** Prefix of the form's field ids (several forms on one page). */
  idPrefix?: string;
}

/**
 * One command as one form: an error summary on top, fields beside their problems, and one
 * idempotency key per answer set, kept until the ledger records it — so sending again after an
 * ended session or a lost connection can never record twice.
 */
export function CommandForm({ title, submitLabel, send, onRecorded, labels, idPrefix, children }: CommandFormProps) {
  const commandId = useRef(newCommandId());
  const [recorded, setRecorded] = useState(false);
  const { submit, busy, problem } = useSubmission(async () => {
    setRecorded(false);
    await send(commandId.current);
    commandId.current = newCommandId();
    setRecorded(true);
    onRecorded();
  });
  const headingId = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-heading`;
  return (
    <section className="app-actions" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
      </h2>
      <ErrorSummary problem={problem} labels={labels} idPrefix={idPrefix} />
      {recorded && !problem && (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          Recorded.
        </p>
      )}
      <form noValidate onSubmit={submit}>
        {children(problem)}
        <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
      </form>
    </section>
  );
}
