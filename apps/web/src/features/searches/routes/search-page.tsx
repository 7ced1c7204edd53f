import { useCallback, useEffect, useState } from 'react';
import { Chronology, text, type ChronologyEntry } from '../../../components/chronology';
import { CommandForm } from '../../../components/command-form';
import { requireAnswers, Select, TextInput } from '../../../components/form';
import { Loading, Page } from '../../../components/page';
import type { SearchOutcome, SearchTrailQuery } from '../../../gql/graphql';
import { mutate, query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { useViewer } from '../../../lib/viewer';
import {
  CompleteSearchDocument,
  ConfiscateDeviceDocument,
  DeleteDeviceDataDocument,
  HandDeviceToPoliceDocument,
  ReleaseDeviceToParentDocument,
  SearchTrailDocument,
} from '../api/search.operations';
import { SearchGuidance } from '../components/search-guidance';

type TrailEvent = SearchTrailQuery['evidenceTrail']['edges'][number]['node'];

const OUTCOMES: Record<SearchOutcome, string> = {
  nothing_found: 'Nothing found',
  confiscated: 'Item confiscated',
  retained: 'Item retained',
  returned: 'Item returned',
  disposed: 'Item disposed of',
  given_to_police: 'Item given to the police',
};

function describe(event: TrailEvent): ChronologyEntry {
  const d = event.data;
  const base = { position: event.position, actor: event.actor, occurredAt: event.occurredAt, recordedAt: event.recordedAt };
  switch (event.type) {
    case 'SearchConducted':
      return {
        ...base,
        what: 'Search of a pupil',
        detail: `Pupil ${text(d, 'pupilId')}; searched by ${text(d, 'searcherId')}, witness ${text(d, 'witnessId')}; at ${text(d, 'place')}. Found: ${text(d, 'found')}${d.suspectedIndecentImage ? '. Indecent images of a child suspected' : ''}`,
      };
    case 'DeviceConfiscated':
      return {
        ...base,
        what: 'Device confiscated',
        detail: `${text(d, 'description')} (${text(d, 'deviceId')}), held at ${text(d, 'heldAt')}`,
      };
    case 'DeviceDataDeleted':
      return {
        ...base,
        what: 'Data deleted from a device',
        detail: `Category: ${text(d, 'contentCategory')}. Reason: ${text(d, 'goodReason')}. Witness ${text(d, 'witnessId')}`,
      };
    case 'DeviceHandedToPolice':
      return { ...base, what: 'Device handed to the police', detail: `Police reference ${text(d, 'policeReference')}` };
    case 'DeviceReleasedToParent':
      return { ...base, what: 'Device released to a parent or carer', detail: `To ${text(d, 'releasedTo')}` };
    case 'ParentsInformedOfSearch':
      return { ...base, what: 'Parents or carers informed of the search' };
    case 'SearchCompleted':
      return { ...base, what: 'Search completed', detail: OUTCOMES[text(d, 'outcome') as SearchOutcome] ?? text(d, 'outcome') };
    default:
      return { ...base, what: event.type };
  }
}

/** A search: its chronology and the device steps (confiscation, deletion, police, release). */
export function SearchPage({ searchId }: { searchId: string }) {
  const { tenantId, can } = useViewer();
  const [events, setEvents] = useState<TrailEvent[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(() => {
    query(SearchTrailDocument, { tenantId, searchId }).then(
      (data) => setEvents(data.evidenceTrail.edges.map((e) => e.node)),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [tenantId, searchId]);
  useEffect(load, [load]);
  const [confiscate, setConfiscate] = useState({ description: '', heldAt: '' });
  const [deletion, setDeletion] = useState({ deviceId: '', contentCategory: '', goodReason: '', witnessId: '' });
  const [police, setPolice] = useState({ deviceId: '', policeReference: '' });
  const [release, setRelease] = useState({ deviceId: '', releasedTo: '' });
  const [outcome, setOutcome] = useState('');

  if (failure)
    return (
      <Page title="Search">
        <p className="govuk-body">{failure}</p>
      </Page>
    );
  if (!events) return <Loading />;
  if (events.length === 0)
    return (
      <Page title="Search not found">
        <p className="govuk-body">There is no search with this reference in your setting.</p>
      </Page>
    );
  const completed = events.some((e) => e.type === 'SearchCompleted');
  const gone = new Set(
    events.filter((e) => e.type === 'DeviceHandedToPolice' || e.type === 'DeviceReleasedToParent').map((e) => text(e.data, 'deviceId')),
  );
  const held = events
    .filter((e) => e.type === 'DeviceConfiscated' && !gone.has(text(e.data, 'deviceId')))
    .map((e) => [text(e.data, 'deviceId'), text(e.data, 'description')] as const);
  const iioc = events.some((e) => e.type === 'SearchConducted' && e.data.suspectedIndecentImage === true);
  const device = (chosen: string) => chosen || held[0]?.[0] || '';

  return (
    <Page title="Search of a pupil" caption={searchId}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-m">Chronology</h2>
          <Chronology label="Chronology" entries={events.map(describe)} />
          <SearchGuidance />
        </div>
        <div className="govuk-grid-column-one-half">
          {!completed && can('ConfiscateDevice') && (
            <CommandForm
              title="Confiscate a device"
              submitLabel="Record confiscation"
              idPrefix="confiscate-"
              send={(commandId) => mutate(ConfiscateDeviceDocument, { input: { tenantId, searchId, commandId, ...confiscate } })}
              onRecorded={() => (setConfiscate({ description: '', heldAt: '' }), load())}
            >
              {(problem) => (
                <>
                  <TextInput
                    id="confiscate-description"
                    name="description"
                    label="The device"
                    hint="For example “Black mobile phone”."
                    value={confiscate.description}
                    onChange={(v) => setConfiscate((s) => ({ ...s, description: v }))}
                    problem={problem}
                  />
                  <TextInput
                    id="confiscate-heldAt"
                    name="heldAt"
                    label="Where it is kept"
                    value={confiscate.heldAt}
                    onChange={(v) => setConfiscate((s) => ({ ...s, heldAt: v }))}
                    problem={problem}
                  />
                </>
              )}
            </CommandForm>
          )}
          {held.length > 0 && !iioc && can('DeleteDeviceData') && (
            <CommandForm
              title="Record data deleted"
              submitLabel="Record deletion"
              idPrefix="delete-"
              send={(commandId) =>
                mutate(DeleteDeviceDataDocument, {
                  input: { tenantId, searchId, commandId, ...deletion, deviceId: device(deletion.deviceId) },
                })
              }
              onRecorded={() => (setDeletion({ deviceId: '', contentCategory: '', goodReason: '', witnessId: '' }), load())}
            >
              {(problem) => (
                <>
                  <Select
                    id="delete-deviceId"
                    name="deviceId"
                    label="Device"
                    value={device(deletion.deviceId)}
                    onChange={(v) => setDeletion((s) => ({ ...s, deviceId: v }))}
                    problem={problem}
                    options={held}
                  />
                  <TextInput
                    id="delete-contentCategory"
                    name="contentCategory"
                    label="Category of content deleted"
                    hint="The kind of content, for example “bullying messages”. Never the content itself."
                    value={deletion.contentCategory}
                    onChange={(v) => setDeletion((s) => ({ ...s, contentCategory: v }))}
                    problem={problem}
                  />
                  <TextInput
                    id="delete-goodReason"
                    name="goodReason"
                    label="The good reason for deleting"
                    value={deletion.goodReason}
                    onChange={(v) => setDeletion((s) => ({ ...s, goodReason: v }))}
                    problem={problem}
                  />
                  <TextInput
                    id="delete-witnessId"
                    name="witnessId"
                    label="Staff id of the witness to the deletion"
                    value={deletion.witnessId}
                    onChange={(v) => setDeletion((s) => ({ ...s, witnessId: v }))}
                    problem={problem}
                  />
                </>
              )}
            </CommandForm>
          )}
          {held.length > 0 && can('HandDeviceToPolice') && (
            <CommandForm
              title="Hand a device to the police"
              submitLabel="Record hand-over"
              idPrefix="police-"
              send={(commandId) =>
                mutate(HandDeviceToPoliceDocument, {
                  input: { tenantId, searchId, commandId, ...police, deviceId: device(police.deviceId) },
                })
              }
              onRecorded={() => (setPolice({ deviceId: '', policeReference: '' }), load())}
            >
              {(problem) => (
                <>
                  <Select
                    id="police-deviceId"
                    name="deviceId"
                    label="Device handed over"
                    value={device(police.deviceId)}
                    onChange={(v) => setPolice((s) => ({ ...s, deviceId: v }))}
                    problem={problem}
                    options={held}
                  />
                  <TextInput
                    id="police-policeReference"
                    name="policeReference"
                    label="Police reference"
                    value={police.policeReference}
                    onChange={(v) => setPolice((s) => ({ ...s, policeReference: v }))}
                    problem={problem}
                  />
                </>
              )}
            </CommandForm>
          )}
          {held.length > 0 && !iioc && can('ReleaseDeviceToParent') && (
            <CommandForm
              title="Release a device to a parent or carer"
              submitLabel="Record release"
              idPrefix="release-"
              send={(commandId) =>
                mutate(ReleaseDeviceToParentDocument, {
                  input: { tenantId, searchId, commandId, ...release, deviceId: device(release.deviceId) },
                })
              }
              onRecorded={() => (setRelease({ deviceId: '', releasedTo: '' }), load())}
            >
              {(problem) => (
                <>
                  <Select
                    id="release-deviceId"
                    name="deviceId"
                    label="Device released"
                    value={device(release.deviceId)}
                    onChange={(v) => setRelease((s) => ({ ...s, deviceId: v }))}
                    problem={problem}
                    options={held}
                  />
                  <TextInput
                    id="release-releasedTo"
                    name="releasedTo"
                    label="Released to"
                    hint="For example “Mother” — a relationship, not a name."
                    value={release.releasedTo}
                    onChange={(v) => setRelease((s) => ({ ...s, releasedTo: v }))}
                    problem={problem}
                  />
                </>
              )}
            </CommandForm>
          )}
          {!completed && can('CompleteSearch') && (
            <CommandForm
              title="Complete the search"
              submitLabel="Complete search"
              idPrefix="complete-"
              send={(commandId) => {
                requireAnswers({ outcome: !outcome && 'Choose the outcome' });
                return mutate(CompleteSearchDocument, { input: { tenantId, searchId, commandId, outcome: outcome as SearchOutcome } });
              }}
              onRecorded={() => (setOutcome(''), load())}
            >
              {(problem) => (
                <Select
                  id="complete-outcome"
                  name="outcome"
                  label="Outcome"
                  value={outcome}
                  onChange={setOutcome}
                  problem={problem}
                  options={Object.entries(OUTCOMES)}
                  placeholder="Choose the outcome"
                />
              )}
            </CommandForm>
          )}
        </div>
      </div>
    </Page>
  );
}
