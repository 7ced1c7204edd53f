import { useEffect, useState, type FormEvent } from 'react';
import { when } from './labels';
import { Link, navigate } from '../lib/router';

/**
 * Time travel for any view page: "as of" a date (what had happened by then) and "as known at" a
 * moment (what the ledger had recorded by then), both in the URL so a link shares the same view.
 *
 * How a view page adopts it (three lines):
 *
 *   const travel = timeTravelFrom(search);                 // search: the page's URLSearchParams
 *   query(SomeViewDocument, { tenantId, ...travel.variables });  // the view's asOf / knownAt arguments
 *   <TimeTravel pathname="/your-page" search={search} />     // at the top of the page, under the h1
 *
 * and re-run its query when `search.toString()` changes. The URL parameters are `asOf`
 * (YYYY-MM-DD) and `knownAt` (an ISO-8601 instant, UTC); nothing personal. The form shows only
 * for roles with the `timeTravel` operation (`canTravel`); the banner shows for anyone who opens
 * such a link, so no one mistakes the past for today.
 */
export interface TimeTravel {
  readonly asOf: string | null;
  readonly knownAt: string | null;
  /** The view's arguments: `{ asOf, knownAt }` with only the ones set. */
  readonly variables: { asOf?: string; knownAt?: string };
  readonly active: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The time-travel parameters of a page's URL (ignored when malformed). */
export function timeTravelFrom(search: URLSearchParams): TimeTravel {
  const asOfRaw = search.get('asOf');
  const knownAtRaw = search.get('knownAt');
  const asOf = asOfRaw && DATE.test(asOfRaw) ? asOfRaw : null;
  const knownAt = knownAtRaw && !Number.isNaN(Date.parse(knownAtRaw)) ? new Date(knownAtRaw).toISOString() : null;
  return {
    asOf,
    knownAt,
    variables: { ...(asOf ? { asOf } : {}), ...(knownAt ? { knownAt } : {}) },
    active: Boolean(asOf || knownAt),
  };
}

/** An ISO instant as the value of a datetime-local input (to the second), in the browser's time zone. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function withTravel(pathname: string, search: URLSearchParams, asOf: string, knownAt: string): string {
  const next = new URLSearchParams(search);
  next.delete('after'); // a cursor belongs to the view it came from
  next.delete('asOf');
  next.delete('knownAt');
  if (asOf) next.set('asOf', asOf);
  if (knownAt) next.set('knownAt', knownAt);
  return `${pathname}${next.size ? `?${next}` : ''}`;
}

/** The banner and (for roles that may travel) the form: "as of" a date, "as known at" a moment. */
export function TimeTravel({ pathname, search, canTravel }: { pathname: string; search: URLSearchParams; canTravel: boolean }) {
  const travel = timeTravelFrom(search);
  const [asOf, setAsOf] = useState(travel.asOf ?? '');
  const [knownAt, setKnownAt] = useState(toLocalInput(travel.knownAt));
  const key = search.toString();
  useEffect(() => {
    setAsOf(travel.asOf ?? '');
    setKnownAt(toLocalInput(travel.knownAt));
  }, [key]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const knownAtIso = knownAt && !Number.isNaN(Date.parse(knownAt)) ? new Date(knownAt).toISOString() : '';
    navigate(withTravel(pathname, search, asOf, knownAtIso));
  };

  return (
    <>
      {travel.active && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="time-travel-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="time-travel-title">
              You are looking at the past
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {travel.asOf ? `As things stood on ${when(travel.asOf)}` : 'As things stand today'}
              {travel.knownAt ? `, as the ledger knew it at ${when(travel.knownAt)}` : ', with everything the ledger knows now'}.
            </p>
            <p className="govuk-body">
              Nothing recorded after that is shown.{' '}
              <Link className="govuk-notification-banner__link" href={withTravel(pathname, search, '', '')}>
                Back to today
              </Link>
            </p>
          </div>
        </div>
      )}
      {canTravel && (
        <details className="govuk-details" open={travel.active}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">See this page as it was</span>
          </summary>
          <div className="govuk-details__text">
            <form onSubmit={apply} aria-label="See this page as it was">
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor="time-travel-as-of">
                  As of
                </label>
                <div className="govuk-hint" id="time-travel-as-of-hint">
                  What had happened by this date (by when things happened)
                </div>
                <input
                  className="govuk-input govuk-input--width-10"
                  id="time-travel-as-of"
                  name="asOf"
                  type="date"
                  value={asOf}
                  aria-describedby="time-travel-as-of-hint"
                  onChange={(e) => setAsOf(e.target.value)}
                />
              </div>
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor="time-travel-known-at">
                  As known at
                </label>
                <div className="govuk-hint" id="time-travel-known-at-hint">
                  What the ledger had recorded by this moment (by when things were recorded)
                </div>
                <input
                  className="govuk-input govuk-input--width-20"
                  id="time-travel-known-at"
                  name="knownAt"
                  type="datetime-local"
                  step={1}
                  value={knownAt}
                  aria-describedby="time-travel-known-at-hint"
                  onChange={(e) => setKnownAt(e.target.value)}
                />
              </div>
              <button type="submit" className="govuk-button govuk-button--secondary">
                Show the page as it was
              </button>
            </form>
          </div>
        </details>
      )}
    </>
  );
}
