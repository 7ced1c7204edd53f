import { useRef, useState } from 'react';
import { ErrorSummary, requireAnswers, Select, SubmitButton, TextArea, TextInput, useSubmission } from '../../../components/form';
import { CATEGORY_NAMES, options } from '../../../components/labels';
import { Page } from '../../../components/page';
import type { IncidentCategory } from '../../../gql/graphql';
import { mutate, newCommandId } from '../../../lib/graphql';
import { Link } from '../../../lib/router';
import { useViewer } from '../../../lib/viewer';
import { ReportIncidentDocument } from '../api/incident.mutations';

const EMPTY = { narrative: '', childsWords: '', category: '', involvedPupilIds: '' };
const LABELS = {
  narrative: 'What happened',
  childsWords: 'The child’s own words',
  category: 'Category',
  involvedPupilIds: 'Pupils involved',
};

/** The shortest form any member of staff can fill in on a phone: four questions. */
export function ReportConcernPage() {
  const { tenantId } = useViewer();
  const [values, setValues] = useState(EMPTY);
  const [reported, setReported] = useState<string | null>(null);
  const commandId = useRef(newCommandId());
  const { submit, busy, problem } = useSubmission(async () => {
    requireAnswers({
      narrative: !values.narrative.trim() && 'Enter what happened',
      category: !values.category && 'Choose the category that fits best',
    });
    const result = await mutate(ReportIncidentDocument, {
      input: {
        tenantId,
        commandId: commandId.current,
        narrative: values.narrative,
        childsWords: values.childsWords || undefined,
        category: values.category as IncidentCategory,
        involvedPupilIds: values.involvedPupilIds.split(/[\s,]+/).filter(Boolean),
      },
    });
    commandId.current = newCommandId();
    setValues(EMPTY);
    setReported(result.reportIncident.id);
  });
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  if (reported)
    return (
      <Page title="Concern reported">
        <div className="govuk-panel govuk-panel--confirmation">
          <dl className="govuk-panel__body">
            <dt>Your reference</dt>
            <dd className="govuk-!-margin-0 govuk-!-font-weight-bold app-break-words">{reported}</dd>
          </dl>
        </div>
        <p className="govuk-body">The designated safeguarding lead has been told. If a child is in immediate danger, call 999 now.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/report" onClick={() => setReported(null)}>
            Report another concern
          </Link>
        </p>
      </Page>
    );

  return (
    <Page title="Report a concern">
      <ErrorSummary problem={problem} labels={LABELS} />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          If a child is in immediate danger, call 999 first, then tell the DSL in person.
        </strong>
      </div>
      <form noValidate onSubmit={submit}>
        <TextArea
          id="narrative"
          label={LABELS.narrative}
          hint="What you saw or heard, when and where. Facts, not opinions."
          value={values.narrative}
          onChange={set('narrative')}
          problem={problem}
          required
        />
        <TextArea
          id="childsWords"
          label={LABELS.childsWords}
          hint="Optional. Write exactly what the child said, in their words."
          value={values.childsWords}
          onChange={set('childsWords')}
          problem={problem}
          rows={3}
        />
        <Select
          id="category"
          label={LABELS.category}
          value={values.category}
          onChange={set('category')}
          problem={problem}
          options={options(CATEGORY_NAMES)}
          placeholder="Choose a category"
          required
        />
        <TextInput
          id="involvedPupilIds"
          label={LABELS.involvedPupilIds}
          hint="The pupil references (not names), separated by commas. Leave empty if you do not know them."
          value={values.involvedPupilIds}
          onChange={set('involvedPupilIds')}
          problem={problem}
        />
        <SubmitButton busy={busy}>Send to the DSL</SubmitButton>
      </form>
    </Page>
  );
}
