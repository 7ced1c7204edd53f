import { useEffect, useState, type FormEvent } from 'react';
import { Select } from '../../../components/form';
import { ROLE_NAMES } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import { TimeTravel, timeTravelFrom } from '../../../components/time-travel';
import type { TrainingTotalsQuery } from '../../../gql/graphql';
import { downloadCsv, toCsv } from '../../../lib/csv';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link, navigate } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { loadMatrix, type MatrixRow } from '../api/load-matrix';
import { TrainingTotalsDocument } from '../api/training.operations';
import { statusText, TrainingStatusTag } from '../components/training-status-tag';

type Totals = TrainingTotalsQuery['trainingStatus']['totals'];
const STATUSES = ['compliant', 'due_soon', 'overdue', 'never_done'] as const;
const DAYS = ['30', '60', '90'] as const;

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 1000) / 10}%`);

function TotalsTable({ caption, totals, days }: { caption: string; totals: Totals; days: number }) {
  const rows: Array<[string, number]> = [
    [statusText('compliant', days), totals.compliant],
    [statusText('due_soon', days), totals.dueSoon],
    [statusText('overdue', days), totals.overdue],
    [statusText('never_done', days), totals.neverDone],
  ];
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Courses
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Of required
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(([label, count]) => (
          <tr key={label} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{count}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(count, totals.required)}</td>
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            Required in all
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric">{totals.required}</td>
          <td className="govuk-table__cell govuk-table__cell--numeric">{totals.percentCompliant}% up to date</td>
        </tr>
      </tbody>
    </table>
  );
}

/** A trust administrator: each setting's totals side by side, each a link to its matrix. */
function TrustSummary({ tenantIds }: { tenantIds: readonly string[] }) {
  const [settings, setSettings] = useState<Array<{ id: string; totals: Totals }> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    Promise.all(
      tenantIds.map((id) => query(TrainingTotalsDocument, { tenantId: id }).then((d) => ({ id, totals: d.trainingStatus.totals }))),
    ).then(
      (all) => setSettings(all.filter((s) => s.totals.required > 0)),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [tenantIds.join(',')]);
  if (failure) return <p className="govuk-error-message">{failure}</p>;
  if (!settings) return <Loading />;
  const required = settings.reduce((n, s) => n + s.totals.required, 0);
  const compliant = settings.reduce((n, s) => n + s.totals.compliant, 0);
  return (
    <>
      <p className="govuk-body-l">Across the trust: {percent(compliant, required)} of required training is up to date.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Settings</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Setting
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Up to date
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Overdue
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Never done
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {settings.map((s) => (
            <tr key={s.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" href={`/training?setting=${encodeURIComponent(s.id)}`}>
                  {s.id}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{s.totals.percentCompliant}%</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{s.totals.overdue}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{s.totals.neverDone}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * Training status: staff × required course, each cell a status as colour and text; filters by role
 * and status (in the URL, nothing personal); the setting's totals; a CSV download of what is shown.
 */
export function TrainingStatusPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const trustView = viewer.role === 'trust_admin' && viewer.tenantIds.length > 1 && !search.get('setting');
  const tenantId = search.get('setting') && viewer.tenantIds.includes(search.get('setting')!) ? search.get('setting')! : viewer.tenantId;
  const filters = { role: search.get('role') ?? '', status: search.get('status') ?? '', days: search.get('days') ?? '30' };
  const days = DAYS.includes(filters.days as (typeof DAYS)[number]) ? Number(filters.days) : 30;
  const [draft, setDraft] = useState(filters);
  const [matrix, setMatrix] = useState<{ at: string; rows: MatrixRow[] } | null>(null);
  const [totals, setTotals] = useState<Totals | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const travel = timeTravelFrom(search);
  const travelKey = `${travel.asOf ?? ''}|${travel.knownAt ?? ''}`;

  useEffect(() => {
    if (trustView) return;
    setMatrix(null);
    setFailure(null);
    Promise.all([
      loadMatrix(tenantId, days, travel.variables),
      query(TrainingTotalsDocument, { tenantId, dueSoonDays: days, ...travel.variables }),
    ]).then(
      ([m, t]) => {
        setMatrix(m);
        setTotals(t.trainingStatus.totals);
      },
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [tenantId, days, trustView, travelKey]);

  if (trustView)
    return (
      <Page title="Training status">
        <TrustSummary tenantIds={viewer.tenantIds} />
      </Page>
    );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.get('setting')) next.set('setting', tenantId);
    if (draft.role) next.set('role', draft.role);
    if (draft.status) next.set('status', draft.status);
    if (draft.days !== '30') next.set('days', draft.days);
    if (travel.asOf) next.set('asOf', travel.asOf);
    if (travel.knownAt) next.set('knownAt', travel.knownAt);
    navigate(`/training${next.size ? `?${next}` : ''}`);
  };

  const staffRows = (matrix?.rows ?? []).filter((r) => r.training.length > 0);
  const courses = [...new Map(staffRows.flatMap((r) => r.training.map((t) => [t.courseId, t.courseTitle] as const))).entries()].sort(
    ([a], [b]) => a.localeCompare(b),
  );
  const roles = [...new Set(staffRows.flatMap((r) => r.roles))].sort();
  const shown = staffRows.filter(
    (r) => (!filters.role || r.roles.includes(filters.role)) && (!filters.status || r.training.some((t) => t.status === filters.status)),
  );
  const name = (r: MatrixRow) => r.staff.name ?? 'Name erased';

  const download = () => {
    const rows = shown.flatMap((r) =>
      r.training
        .filter((t) => !filters.status || t.status === filters.status)
        .map((t) => [
          name(r),
          r.staffId,
          r.jobTitle,
          r.roles.join(' '),
          t.courseTitle,
          statusText(t.status, days),
          t.lastCompletedOn,
          t.expiresOn,
        ]),
    );
    const csv = toCsv(['Name', 'Staff id', 'Job title', 'Roles', 'Course', 'Status', 'Last completed', 'Expires'], rows);
    downloadCsv(`training-status-${tenantId}-${matrix?.at ?? ''}.csv`, csv);
  };

  return (
    <Page title="Training status" caption={tenantId}>
      <TimeTravel pathname="/training" search={search} canTravel={viewer.can('timeTravel')} />
      {failure && <p className="govuk-error-message">{failure}</p>}
      <form className="app-filters" onSubmit={apply} noValidate>
        <Select
          id="role"
          label="Role"
          value={draft.role}
          onChange={(role) => setDraft({ ...draft, role })}
          problem={null}
          placeholder="Any role"
          options={roles.map((r) => [r, ROLE_NAMES[r] ?? r] as const)}
        />
        <Select
          id="status"
          label="Status"
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          problem={null}
          placeholder="Any status"
          options={STATUSES.map((s) => [s, statusText(s, Number(draft.days))] as const)}
        />
        <Select
          id="days"
          label="Count as due soon within"
          value={draft.days}
          onChange={(value) => setDraft({ ...draft, days: value })}
          problem={null}
          options={DAYS.map((d) => [d, `${d} days`] as const)}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
      </form>
      {!matrix && !failure && <Loading />}
      {matrix && totals && (
        <>
          <TotalsTable caption={`Whole setting on ${matrix.at}`} totals={totals} days={days} />
          <h2 className="govuk-heading-m">
            {shown.length} of {staffRows.length} staff shown
          </h2>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={download}>
            Download as CSV
          </button>
          <div className="app-table-scroll" role="region" aria-label="Training matrix" tabIndex={0}>
            <table className="govuk-table app-matrix">
              <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
                Staff and the status of each course their roles require
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Member of staff
                  </th>
                  {courses.map(([id, title]) => (
                    <th key={id} scope="col" className="govuk-table__header">
                      {title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {shown.map((r) => (
                  <tr key={r.staffId} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      {name(r)}
                      <span className="govuk-body-s app-block">{r.jobTitle}</span>
                    </th>
                    {courses.map(([id]) => {
                      const t = r.training.find((x) => x.courseId === id);
                      return (
                        <td key={id} className="govuk-table__cell">
                          {t ? (
                            <>
                              <TrainingStatusTag status={t.status} days={days} />
                              {t.lastCompletedOn && <span className="govuk-body-s app-block">Done {t.lastCompletedOn}</span>}
                            </>
                          ) : (
                            <span className="govuk-body-s">Not required</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}
