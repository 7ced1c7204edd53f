import { useEffect, useRef, useState, type ReactNode } from 'react';
import { GraphQLProblem, isSessionEnded } from '../lib/graphql';
import { sentenceFor } from '../lib/messages';

export interface Problem {
  readonly summary: string;
  /** Field id → what is wrong with it. */
  readonly fields: Readonly<Record<string, string>>;
  readonly sessionEnded: boolean;
}

/** `input.narrative` or `narrative` → the form field id `narrative`. */
const fieldId = (path: string): string => path.split('.').pop()!;

/** The problem to show for an error thrown by a submission. */
export function problemFrom(error: unknown): Problem {
  const fields: Record<string, string> = {};
  if (error instanceof GraphQLProblem && error.code === 'BAD_USER_INPUT')
    for (const f of error.fields) fields[fieldId(f.field)] = f.problems.join('. ');
  return { summary: sentenceFor(error), fields, sessionEnded: isSessionEnded(error) };
}

/**
 * Submit a form: what was typed stays in the form's state whatever happens (an ended session
 * included), and each submission of the same answers keeps the same idempotency key, so
 * "try again" after signing in can never record twice.
 */
export function useSubmission(run: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await run();
    } catch (error) {
      setProblem(problemFrom(error));
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, problem, setProblem };
}

/** The GOV.UK error summary: at the top, focused when it appears, each problem a link to its field. */
export function ErrorSummary({
  problem,
  labels,
  idPrefix = '',
}: {
  problem: Problem | null;
  labels?: Readonly<Record<string, string>>;
  idPrefix?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) box.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const fieldEntries = Object.entries(problem.fields);
  return (
    <div className="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{problem.summary}</p>
          {problem.sessionEnded && (
            <p className="govuk-body">
              What you typed is still here.{' '}
              <a className="govuk-link" href="/sign-in" target="_blank" rel="noopener">
                Sign in again in a new tab
              </a>
              , then come back to this tab and send it again.
            </p>
          )}
          {fieldEntries.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {fieldEntries.map(([id, text]) => (
                <li key={id}>
                  <a href={`#${idPrefix}${id}`}>{labels?.[id] ? `${labels[id]}: ${text}` : text}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children(describedBy, Boolean(error))}
    </div>
  );
}

interface InputProps {
  id: string;
  /** The input's field name as the server names it, when the id differs (two forms on one page). */
  name?: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  problem: Problem | null;
  required?: boolean;
}

export function TextInput(props: InputProps & { type?: 'text' | 'date' | 'datetime-local'; autoComplete?: string }) {
  const error = props.problem?.fields[props.name ?? props.id];
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error}>
      {(describedBy, invalid) => (
        <input
          id={props.id}
          name={props.id}
          type={props.type ?? 'text'}
          className={`govuk-input${invalid ? ' govuk-input--error' : ''}`}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={props.required}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
        />
      )}
    </Field>
  );
}

export function TextArea(props: InputProps & { rows?: number }) {
  const error = props.problem?.fields[props.name ?? props.id];
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error}>
      {(describedBy, invalid) => (
        <textarea
          id={props.id}
          name={props.id}
          rows={props.rows ?? 5}
          className={`govuk-textarea${invalid ? ' govuk-textarea--error' : ''}`}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={props.required}
        />
      )}
    </Field>
  );
}

export function Select(props: InputProps & { options: ReadonlyArray<readonly [string, string]>; placeholder?: string }) {
  const error = props.problem?.fields[props.name ?? props.id];
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error}>
      {(describedBy, invalid) => (
        <select
          id={props.id}
          name={props.id}
          className={`govuk-select${invalid ? ' govuk-select--error' : ''}`}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          required={props.required}
        >
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="govuk-button" data-module="govuk-button" aria-disabled={busy || undefined}>
      {children}
    </button>
  );
}

/** Shown after a mutation was recorded. */
export function Recorded({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="recorded-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="recorded-title">
          Recorded
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

/**
 * Checks, before sending, the answers the schema cannot take empty (an enum, a required text),
 * and refuses the way the server would: BAD_USER_INPUT with the fields at fault.
 */
export function requireAnswers(missing: Readonly<Record<string, string | false>>): void {
  const fields = Object.entries(missing)
    .filter((entry): entry is [string, string] => entry[1] !== false)
    .map(([field, problem]) => ({ field, problems: [problem] }));
  if (fields.length > 0) throw new GraphQLProblem('Some answers need correcting.', 'BAD_USER_INPUT', undefined, fields, undefined);
}
