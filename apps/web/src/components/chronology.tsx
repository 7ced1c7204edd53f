import { ROLE_NAMES, when } from './labels';

export interface ChronologyEntry {
  readonly position: string;
  readonly what: string;
  readonly detail?: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** Every event in order: what, who, when it happened and when the ledger recorded it. */
export function Chronology({ entries, label }: { entries: readonly ChronologyEntry[]; label: string }) {
  return (
    <ol className="app-chronology" aria-label={label}>
      {entries.map((e) => (
        <li key={e.position} className="app-chronology__event">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{e.what}</h3>
          {e.detail && <p className="govuk-body govuk-!-margin-bottom-1 app-break-words">{e.detail}</p>}
          <dl className="govuk-body-s govuk-!-margin-0">
            <div>
              <dt className="govuk-!-display-inline">By: </dt>
              <dd className="govuk-!-display-inline govuk-!-margin-0 app-break-words">
                {e.actor.id} ({ROLE_NAMES[e.actor.role] ?? e.actor.role})
              </dd>
            </div>
            <div>
              <dt className="govuk-!-display-inline">Happened: </dt>
              <dd className="govuk-!-display-inline govuk-!-margin-0">{when(e.occurredAt)}</dd>
            </div>
            <div>
              <dt className="govuk-!-display-inline">Recorded: </dt>
              <dd className="govuk-!-display-inline govuk-!-margin-0">{when(e.recordedAt)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

/** A field of an event's JSON payload as text ('' when absent). */
export const text = (data: Record<string, unknown>, field: string): string => {
  const value = data[field];
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
};
