import { useEffect, useState } from 'react';
import { Loading, Page } from '../../../components/page';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { when } from '../../../components/labels';
import type { NeedsAttentionQuery, OpenClocksQuery } from '../../../gql/graphql';
import { NeedsAttentionDocument, OpenClocksDocument } from '../api/needs-attention.query';

type Attention = NeedsAttentionQuery['needsAttention'];
type OpenClock = OpenClocksQuery['statutoryClocks']['open'][number];

/** What each clock measures, in a phrase (the rule's working days follow it). */
const CLOCK_NAMES: Readonly<Record<string, string>> = {
  concern_triage: 'Concern triaged',
  lado_discussion: 'Allegation against staff discussed with the LADO',
  parents_informed_of_search: 'Parents informed of a search',
};
const days = (n: number) => (n === 0 ? 'the same day' : `within ${n} working day${n === 1 ? '' : 's'}`);

/** The clocks still running, late or due, each with its rule and deadline and a link to what it runs for. */
function Clocks({ label, clocks, href }: { label: string; clocks: readonly OpenClock[]; href: (c: OpenClock) => string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">
        <span className="govuk-!-font-weight-bold">{clocks.length}</span>
        {clocks.length > 0 && (
          <ul className="govuk-list">
            {clocks.map((c) => (
              <li key={`${c.clock}-${c.subjectId}`} className="app-break-words">
                <Link className="govuk-link" href={href(c)}>
                  {c.subjectId}
                </Link>
                {`: ${CLOCK_NAMES[c.clock] ?? c.clock} ${days(c.rule.workingDays)} (rule version ${c.rule.ruleVersion}), due by ${when(c.dueBy)}`}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

function Row({ label, ids, href }: { label: string; ids: readonly string[]; href: (id: string) => string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">
        <span className="govuk-!-font-weight-bold">{ids.length}</span>
        {ids.length > 0 && (
          <ul className="govuk-list">
            {ids.map((id) => (
              <li key={id} className="app-break-words">
                <Link className="govuk-link" href={href(id)}>
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

/** The DSL's "needs attention" list; for everyone else, what they can do here. */
export function HomePage() {
  const viewer = useViewer();
  const [attention, setAttention] = useState<Attention | null>(null);
  const [clocks, setClocks] = useState<readonly OpenClock[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const showsCaseload = viewer.can('caseload');
  const showsClocks = viewer.can('statutoryClocks');
  const canOpen = viewer.can('evidenceTrail');

  useEffect(() => {
    if (!showsCaseload) return;
    query(NeedsAttentionDocument, { tenantId: viewer.tenantId }).then(
      (data) => setAttention(data.needsAttention),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [showsCaseload, viewer.tenantId]);

  useEffect(() => {
    if (!showsClocks) return;
    query(OpenClocksDocument, { tenantId: viewer.tenantId }).then(
      (data) => setClocks(data.statutoryClocks.open),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [showsClocks, viewer.tenantId]);

  if (!showsCaseload)
    return (
      <Page title="Home">
        <ul className="govuk-list">
          {viewer.can('myCompliance') && (
            <li>
              <Link className="govuk-link" href="/my-compliance">
                Read and acknowledge documents, and see your training
              </Link>
            </li>
          )}
          {viewer.can('ReportIncident') && (
            <li>
              <Link className="govuk-link" href="/report">
                Report a concern about a child
              </Link>
            </li>
          )}
          {viewer.can('ConductSearch') && (
            <li>
              <Link className="govuk-link" href="/searches/new">
                Record a search of a pupil
              </Link>
            </li>
          )}
        </ul>
        {!viewer.can('ReportIncident') && <p className="govuk-body">Your role has nothing to do on these pages yet.</p>}
      </Page>
    );
  const incidentHref = (id: string) => (canOpen ? `/incidents/${encodeURIComponent(id)}` : '/incidents');
  const searchHref = (id: string) => `/searches/${encodeURIComponent(id)}`;
  const clockHref = (c: OpenClock) => (c.clock === 'parents_informed_of_search' ? searchHref(c.subjectId) : incidentHref(c.subjectId));
  return (
    <Page title="Needs attention">
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!attention && !failure && <Loading />}
      {attention && (
        <dl className="govuk-summary-list">
          <Row label="Concerns not yet triaged" ids={attention.untriaged} href={incidentHref} />
          <Row label="Escalations waiting for an outcome or reference" ids={attention.escalationsWaiting} href={incidentHref} />
          <Row label="Actions overdue" ids={attention.actionsOverdue} href={incidentHref} />
          <Row label="Actions due this week" ids={attention.actionsDueThisWeek} href={incidentHref} />
          <Row label="Devices still held" ids={attention.devicesHeld} href={searchHref} />
          {clocks && (
            <>
              <Clocks label="Statutory clocks late" clocks={clocks.filter((c) => c.status === 'late')} href={clockHref} />
              <Clocks label="Statutory clocks due" clocks={clocks.filter((c) => c.status === 'due')} href={clockHref} />
            </>
          )}
        </dl>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" href="/incidents">
          All incidents
        </Link>
      </p>
      {viewer.can('RecordDayOnePack') && (
        <p className="govuk-body">
          <a
            className="govuk-button govuk-button--secondary"
            href={`/reports/day-one.zip?tenantId=${encodeURIComponent(viewer.tenantId)}`}
            download
          >
            Download the inspection day-one pack
          </a>
        </p>
      )}
    </Page>
  );
}
