import { useRef, useState } from 'react';
import { Checkbox, ErrorSummary, requireAnswers, SubmitButton, TextArea, TextInput, useSubmission } from '../../../components/form';
import { Page } from '../../../components/page';
import { mutate, newCommandId } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { ConductSearchDocument } from '../api/search.operations';
import { SearchGuidance } from '../components/search-guidance';

const EMPTY = { pupilId: '', searcherId: '', witnessId: '', place: '', grounds: '', soughtItems: '', found: '' };
const LABELS = {
  pupilId: 'Pupil reference',
  searcherId: 'Staff id of the person who searched',
  witnessId: 'Staff id of the witness',
  place: 'Where the search took place',
  grounds: 'Grounds for the search',
  soughtItems: 'What was being searched for',
  found: 'What was found',
};

/** Record a search of a pupil, with the law's guidance beside the fields. */
export function NewSearchPage() {
  const viewer = useViewer();
  const [values, setValues] = useState({ ...EMPTY, searcherId: viewer.staffId ?? '' });
  const [flags, setFlags] = useState({ suspectedIndecentImage: false, dslInformed: false });
  const [recorded, setRecorded] = useState<string | null>(null);
  const commandId = useRef(newCommandId());
  const { submit, busy, problem } = useSubmission(async () => {
    requireAnswers({
      pupilId: !values.pupilId.trim() && 'Enter the pupil reference',
      searcherId: !values.searcherId.trim() && 'Enter the staff id of the person who searched',
      witnessId: !values.witnessId.trim() && 'Enter the staff id of the witness',
    });
    const result = await mutate(ConductSearchDocument, {
      input: {
        tenantId: viewer.tenantId,
        commandId: commandId.current,
        ...values,
        soughtItems: values.soughtItems.split(/\s*,\s*/).filter(Boolean),
        ...flags,
      },
    });
    commandId.current = newCommandId();
    setRecorded(result.conductSearch.id);
  });
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  if (recorded)
    return (
      <Page title="Search recorded">
        <div className="govuk-panel govuk-panel--confirmation">
          <div className="govuk-panel__body">
            Search reference
            <br />
            <strong className="app-break-words">{recorded}</strong>
          </div>
        </div>
        {viewer.can('evidenceTrail') && (
          <p className="govuk-body">
            <Link className="govuk-link" href={`/searches/${encodeURIComponent(recorded)}`}>
              Record confiscation, deletion or hand-over for this search
            </Link>
          </p>
        )}
      </Page>
    );

  return (
    <Page title="Record a search">
      <ErrorSummary problem={problem} labels={LABELS} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <form noValidate onSubmit={submit}>
            <TextInput
              id="pupilId"
              label={LABELS.pupilId}
              hint="The pupil’s reference, not their name."
              value={values.pupilId}
              onChange={set('pupilId')}
              problem={problem}
            />
            <TextInput id="searcherId" label={LABELS.searcherId} value={values.searcherId} onChange={set('searcherId')} problem={problem} />
            <TextInput
              id="witnessId"
              label={LABELS.witnessId}
              hint="A different member of staff from the person who searched."
              value={values.witnessId}
              onChange={set('witnessId')}
              problem={problem}
            />
            <TextInput
              id="place"
              label={LABELS.place}
              hint="For example “Pastoral office”."
              value={values.place}
              onChange={set('place')}
              problem={problem}
            />
            <TextArea
              id="grounds"
              label={LABELS.grounds}
              hint="Why you reasonably suspected the pupil had a prohibited item."
              value={values.grounds}
              onChange={set('grounds')}
              problem={problem}
              rows={3}
            />
            <TextInput
              id="soughtItems"
              label={LABELS.soughtItems}
              hint="Separate items with commas, for example “mobile phone, vape”."
              value={values.soughtItems}
              onChange={set('soughtItems')}
              problem={problem}
            />
            <TextArea
              id="found"
              label={LABELS.found}
              hint="Or “Nothing found”. Describe items, never the content of a device."
              value={values.found}
              onChange={set('found')}
              problem={problem}
              rows={2}
            />
            <Checkbox
              id="suspectedIndecentImage"
              label="Indecent images of a child are suspected"
              hint="Do not view, copy or delete anything. Confiscate the device and hand it to the police."
              checked={flags.suspectedIndecentImage}
              onChange={(v) => setFlags((f) => ({ ...f, suspectedIndecentImage: v }))}
            />
            <Checkbox
              id="dslInformed"
              label="The DSL has been told"
              checked={flags.dslInformed}
              onChange={(v) => setFlags((f) => ({ ...f, dslInformed: v }))}
            />
            <SubmitButton busy={busy}>Record the search</SubmitButton>
          </form>
        </div>
        <div className="govuk-grid-column-one-third">
          <SearchGuidance />
        </div>
      </div>
    </Page>
  );
}
