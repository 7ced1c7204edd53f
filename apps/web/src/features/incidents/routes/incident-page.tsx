import { useCallback, useEffect, useState } from 'react';
import { Chronology } from '../../../components/chronology';
import { CATEGORY_NAMES } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { IncidentTrailDocument } from '../api/incidents.queries';
import { IncidentActions } from '../components/incident-actions';
import { describeIncidentEvent, incidentState, type TrailEvent } from '../components/incident-state';

/** Every event of the trail, page after page (reading it is itself recorded by the ledger). */
async function wholeTrail(tenantId: string, incidentId: string): Promise<TrailEvent[]> {
  const events: TrailEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const { evidenceTrail } = await query(IncidentTrailDocument, { tenantId, incidentId, after });
    events.push(...evidenceTrail.edges.map((e) => e.node));
    if (!evidenceTrail.pageInfo.hasNextPage || !evidenceTrail.pageInfo.endCursor) return events;
    after = evidenceTrail.pageInfo.endCursor;
  }
}

/** One incident: its chronology and every action the person's role may take on it now. */
export function IncidentPage({ incidentId }: { incidentId: string }) {
  const { tenantId, can } = useViewer();
  const [events, setEvents] = useState<TrailEvent[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(() => {
    wholeTrail(tenantId, incidentId).then(setEvents, (error: unknown) => setFailure(sentenceFor(error)));
  }, [tenantId, incidentId]);
  useEffect(load, [load]);

  if (failure)
    return (
      <Page title="Incident">
        <p className="govuk-body">{failure}</p>
      </Page>
    );
  if (!events) return <Loading />;
  if (events.length === 0)
    return (
      <Page title="Incident not found">
        <p className="govuk-body">There is no incident with this reference in your setting.</p>
      </Page>
    );
  const state = incidentState(events);
  return (
    <Page title={`Incident: ${CATEGORY_NAMES[state.category] ?? state.category}`} caption={incidentId}>
      <p className="govuk-body">
        <strong className={`govuk-tag ${state.closed ? 'govuk-tag--grey' : state.triaged ? 'govuk-tag--blue' : 'govuk-tag--red'}`}>
          {state.closed ? 'Closed' : state.triaged ? 'Open' : 'Not yet triaged'}
        </strong>
      </p>
      {state.involvedPupilIds.length > 0 && can('caseload') && (
        <p className="govuk-body">
          Pupils involved:{' '}
          {state.involvedPupilIds.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link className="govuk-link" href={`/pupils/${encodeURIComponent(id)}`}>
                {id}
              </Link>
            </span>
          ))}
        </p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Chronology</h2>
          <Chronology label="Chronology" entries={events.map(describeIncidentEvent)} />
        </div>
        <div className="govuk-grid-column-one-half">
          <IncidentActions incidentId={incidentId} state={state} onRecorded={load} />
        </div>
      </div>
    </Page>
  );
}
