import { useEffect, useState } from 'react';
import { Loading, Page } from '../../../components/page';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import type { NeedsAttentionQuery } from '../../../gql/graphql';
import { NeedsAttentionDocument } from '../api/needs-attention.query';

type Attention = NeedsAttentionQuery['needsAttention'];

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
  const [failure, setFailure] = useState<string | null>(null);
  const showsCaseload = viewer.can('caseload');
  const canOpen = viewer.can('evidenceTrail');

  useEffect(() => {
    if (!showsCaseload) return;
    query(NeedsAttentionDocument, { tenantId: viewer.tenantId }).then(
      (data) => setAttention(data.needsAttention),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [showsCaseload, viewer.tenantId]);

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
        </dl>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" href="/incidents">
          All incidents
        </Link>
      </p>
    </Page>
  );
}
