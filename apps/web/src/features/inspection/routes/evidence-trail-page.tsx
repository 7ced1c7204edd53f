import { useEffect, useState, type ReactNode } from 'react';
import { ROLE_NAMES, when } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import { TimeTravel, timeTravelFrom } from '../../../components/time-travel';
import type { TrailQuery, TrailSubject } from '../../../gql/graphql';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { TrailDocument } from '../api/inspection.queries';
import { pinKey, pinnedKey } from '../components/pinned-key';
import { PinKey, VerifyEvent } from '../components/verify-event';

export const TRAIL_KINDS: Readonly<Record<TrailSubject, string>> = {
  incident: 'Incident',
  search: 'Search',
  document: 'Document',
  staff: 'Member of staff',
  pupil: 'Pupil',
};

export const isTrailKind = (kind: string): kind is TrailSubject => kind in TRAIL_KINDS;

/** The evidence trail of one record: every event in order, with both times, who, and its place in the hash chain; each can be verified here. */
export function EvidenceTrailPage({ kind, id, search }: { kind: TrailSubject; id: string; search: URLSearchParams }) {
  const viewer = useViewer();
  const travel = timeTravelFrom(search);
  const [trail, setTrail] = useState<TrailQuery['evidenceTrail']['edges']>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [key, setKey] = useState(pinnedKey());
  const pathname = `/trail/${kind}/${encodeURIComponent(id)}`;

  const load = (after?: string) =>
    query(TrailDocument, { tenantId: viewer.tenantId, kind, id, after, ...travel.variables }).then(
      (data) => {
        setTrail((rows) => (after ? [...rows, ...data.evidenceTrail.edges] : data.evidenceTrail.edges));
        setNext(data.evidenceTrail.pageInfo.hasNextPage ? (data.evidenceTrail.pageInfo.endCursor ?? null) : null);
        setLoaded(true);
      },
      (error: unknown) => setFailure(sentenceFor(error)),
    );

  useEffect(() => {
    setLoaded(false);
    setTrail([]);
    void load();
  }, [kind, id, search.toString(), viewer.tenantId]);

  const pin = (pem: string) => {
    pinKey(pem);
    setKey(pem);
  };

  return (
    <Page title={`Evidence trail: ${TRAIL_KINDS[kind].toLowerCase()} ${id}`} caption="Evidence trail">
      <TimeTravel pathname={pathname} search={search} canTravel={viewer.can('timeTravel')} />
      <p className="govuk-body">
        Every event recorded about this {TRAIL_KINDS[kind].toLowerCase()}, oldest first. Each event’s hash covers the one before it in the
        same record (“previous hash”); “verify” checks, in this browser, that the event is in the log the ledger signed.
      </p>
      {viewer.can('proofs') && <PinKey value={key} onChange={pin} />}
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!loaded && !failure && <Loading />}
      {loaded && trail.length === 0 && <p className="govuk-body">Nothing is recorded about this {TRAIL_KINDS[kind].toLowerCase()}.</p>}
      {loaded && trail.length > 0 && (
        <ol className="app-chronology" aria-label="Events, oldest first">
          {trail.map(({ node }) => (
            <li key={node.position} className="app-chronology__event">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">{node.type}</h2>
              <dl className="govuk-summary-list govuk-summary-list--no-border govuk-body-s app-trail">
                <Row term="Who">
                  {node.actor.id} ({ROLE_NAMES[node.actor.role] ?? node.actor.role})
                </Row>
                <Row term="Happened">{when(node.occurredAt)}</Row>
                <Row term="Recorded">{when(node.recordedAt)}</Row>
                <Row term="Record and place">
                  {node.stream}, event {node.revision + 1}; position {node.position} in the log
                </Row>
                <Row term="Hash">
                  <code>{node.hash}</code>
                </Row>
                <Row term="Previous hash">
                  <code>{node.prevHash}</code>
                </Row>
              </dl>
              {viewer.can('proofs') && (
                <VerifyEvent tenantId={viewer.tenantId} eventId={node.eventId} eventHash={node.hash} pinnedKey={key} />
              )}
            </li>
          ))}
        </ol>
      )}
      {next && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void load(next)}>
          Show more events
        </button>
      )}
      {viewer.can('caseload') && kind === 'incident' && (
        <p className="govuk-body">
          <Link className="govuk-link" href="/inspection">
            Back to day one
          </Link>
        </p>
      )}
    </Page>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{term}</dt>
      <dd className="govuk-summary-list__value app-break-words">{children}</dd>
    </div>
  );
}
