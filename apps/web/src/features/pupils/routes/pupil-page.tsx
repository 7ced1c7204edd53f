import { useEffect, useState } from 'react';
import { Chronology, type ChronologyEntry } from '../../../components/chronology';
import { CATEGORY_NAMES } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import { query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { PupilCasesDocument, PupilTrailDocument } from '../api/pupil.queries';

/** Event types as a line of the pupil's chronology (the details are on each incident's or search's own page). */
const WHAT: Readonly<Record<string, string>> = {
  IncidentReported: 'Concern reported',
  IncidentTriaged: 'Triaged',
  IncidentEscalated: 'Escalated to an agency',
  EscalationOutcomeRecorded: 'Agency’s outcome recorded',
  EvidencePreserved: 'Evidence preserved',
  ParentsInformed: 'Parents or carers informed',
  SanctionApplied: 'Sanction applied',
  IncidentActionAssigned: 'Action assigned',
  IncidentActionCompleted: 'Action completed',
  IncidentClosed: 'Incident closed',
  IncidentReopened: 'Incident reopened',
  SearchConducted: 'Searched',
  DeviceConfiscated: 'Device confiscated',
  DeviceDataDeleted: 'Data deleted from a device',
  DeviceHandedToPolice: 'Device handed to the police',
  DeviceReleasedToParent: 'Device released to a parent or carer',
  ParentsInformedOfSearch: 'Parents or carers informed of the search',
  SearchCompleted: 'Search completed',
};

interface Case {
  kind: 'incident' | 'search';
  id: string;
  title: string;
}

/** Every incident and search involving one pupil reference, in one chronology (by when each thing happened). */
export function PupilPage({ pupilId }: { pupilId: string }) {
  const { tenantId } = useViewer();
  const [cases, setCases] = useState<Case[] | null>(null);
  const [entries, setEntries] = useState<Array<ChronologyEntry & { caseTitle: string }> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      const found = await query(PupilCasesDocument, { tenantId, pupilId });
      const all: Case[] = [
        ...found.incidents.edges.map(({ node }) => ({
          kind: 'incident' as const,
          id: node.incidentId,
          title: `Incident: ${CATEGORY_NAMES[node.category] ?? node.category}`,
        })),
        ...found.searches.edges.map(({ node }) => ({ kind: 'search' as const, id: node.searchId, title: 'Search' })),
      ];
      setCases(all);
      const trails = await Promise.all(
        all.map(async (c) => {
          const trail = await query(PupilTrailDocument, { tenantId, kind: c.kind, subjectId: c.id });
          return trail.evidenceTrail.edges.map(({ node }) => ({
            position: `${c.id}:${node.position}`,
            what: `${WHAT[node.type] ?? node.type} — ${c.title}`,
            caseTitle: c.title,
            actor: node.actor,
            occurredAt: node.occurredAt,
            recordedAt: node.recordedAt,
          }));
        }),
      );
      setEntries(trails.flat().sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.recordedAt.localeCompare(b.recordedAt)));
    })().catch((error: unknown) => setFailure(sentenceFor(error)));
  }, [tenantId, pupilId]);

  return (
    <Page title="Pupil" caption={pupilId}>
      {failure && <p className="govuk-body">{failure}</p>}
      {!failure && !entries && <Loading />}
      {cases && (
        <>
          <h2 className="govuk-heading-m">Incidents and searches</h2>
          {cases.length === 0 ? (
            <p className="govuk-body">No incident or search involves this pupil reference.</p>
          ) : (
            <ul className="govuk-list">
              {cases.map((c) => (
                <li key={c.id} className="app-break-words">
                  <Link className="govuk-link" href={`/${c.kind === 'incident' ? 'incidents' : 'searches'}/${encodeURIComponent(c.id)}`}>
                    {c.title} ({c.id})
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {entries && entries.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Chronology</h2>
          <Chronology label="Chronology" entries={entries} />
        </>
      )}
    </Page>
  );
}
