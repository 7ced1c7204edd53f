import { useEffect, useState } from 'react';
import { CommandForm } from '../../../components/command-form';
import { ErrorSummary, requireAnswers, Select, SubmitButton, TextArea, TextInput, useSubmission } from '../../../components/form';
import { Page } from '../../../components/page';
import type { TrainingImportCheckQuery } from '../../../gql/graphql';
import { mutate, query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { useViewer } from '../../../lib/viewer';
import { loadMatrix, type MatrixRow } from '../api/load-matrix';
import { RecordCompletionDocument, TrainingImportCheckDocument } from '../api/training.operations';

type Check = TrainingImportCheckQuery['trainingImportCheck'];
const MAPPED = [
  ['staff', 'Member of staff (name or staff id)'],
  ['course', 'Course (title or id)'],
  ['completedOn', 'Date completed'],
  ['provider', 'Provider'],
] as const;
type Mapping = Record<(typeof MAPPED)[number][0], string>;

const ONE_LABELS = { staffId: 'Member of staff', courseId: 'Course', completedOn: 'Date completed', provider: 'Provider' };

/** One completion: the GOV.UK command form over recordCompletion. */
function RecordOne({ rows, onRecorded }: { rows: MatrixRow[]; onRecorded: () => void }) {
  const viewer = useViewer();
  const empty = { staffId: '', courseId: '', completedOn: '', provider: '' };
  const [answers, setAnswers] = useState(empty);
  const courses = [...new Map(rows.flatMap((r) => r.training.map((t) => [t.courseId, t.courseTitle] as const))).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const people = rows.map((r) => [r.staffId, `${r.staff.name ?? 'Name erased'} (${r.jobTitle})`] as const);
  const set = (field: keyof typeof empty) => (value: string) => setAnswers({ ...answers, [field]: value });
  return (
    <CommandForm
      title="Record one completion"
      submitLabel="Record completion"
      labels={ONE_LABELS}
      send={(commandId) => {
        requireAnswers({
          staffId: !answers.staffId && 'Choose the member of staff',
          courseId: !answers.courseId && 'Choose the course',
          completedOn: !answers.completedOn && 'Enter the date it was completed',
          provider: !answers.provider.trim() && 'Enter who delivered it',
        });
        return mutate(RecordCompletionDocument, { input: { tenantId: viewer.tenantId, commandId, ...answers } });
      }}
      onRecorded={() => {
        setAnswers(empty);
        onRecorded();
      }}
    >
      {(problem) => (
        <>
          <Select
            id="staffId"
            label="Member of staff"
            value={answers.staffId}
            onChange={set('staffId')}
            problem={problem}
            placeholder="Choose"
            options={people}
          />
          <Select
            id="courseId"
            label="Course"
            value={answers.courseId}
            onChange={set('courseId')}
            problem={problem}
            placeholder="Choose"
            options={courses}
          />
          <TextInput
            id="completedOn"
            type="date"
            label="Date completed"
            value={answers.completedOn}
            onChange={set('completedOn')}
            problem={problem}
          />
          <TextInput
            id="provider"
            label="Provider"
            hint="Who delivered it, for example Local authority safeguarding team"
            value={answers.provider}
            onChange={set('provider')}
            problem={problem}
          />
        </>
      )}
    </CommandForm>
  );
}

/**
 * Import a spreadsheet: upload or paste a CSV, map its columns, see every bad row named by its
 * row number before anything is recorded, then record the good rows, each with the id the server
 * derived from the setting and the row (so importing the same file again records nothing new).
 */
function ImportSpreadsheet({ onRecorded }: { onRecorded: () => void }) {
  const viewer = useViewer();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [outcome, setOutcome] = useState<{ recorded: number; already: number; refused: string[] } | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  const checking = useSubmission(async () => {
    setOutcome(null);
    setCheck(null);
    requireAnswers({ csv: !csv.trim() && 'Choose a CSV file or paste its text' });
    const result = await query(TrainingImportCheckDocument, {
      tenantId: viewer.tenantId,
      csv,
      staffColumn: mapping?.staff || undefined,
      courseColumn: mapping?.course || undefined,
      completedOnColumn: mapping?.completedOn || undefined,
      providerColumn: mapping?.provider || undefined,
    });
    setMapping({ ...result.trainingImportCheck.mapping });
    setCheck(result.trainingImportCheck);
  });

  const recording = useSubmission(async () => {
    if (!check) return;
    const good = check.rows.filter((r) => !r.problem);
    let recorded = 0;
    let already = 0;
    const refused: string[] = [];
    for (const [i, row] of good.entries()) {
      setProgress(`Recording ${i + 1} of ${good.length}…`);
      try {
        const result = await mutate(RecordCompletionDocument, {
          input: {
            tenantId: viewer.tenantId,
            commandId: row.commandId!,
            completionId: row.completionId!,
            occurredAt: row.occurredAt!,
            staffId: row.staffId!,
            courseId: row.courseId!,
            completedOn: row.completedOn,
            provider: row.provider,
          },
        });
        if (result.recordCompletion.replayed) already += 1;
        else recorded += 1;
      } catch (error) {
        refused.push(`Row ${row.row}: ${sentenceFor(error)}`);
      }
    }
    setProgress(null);
    setCheck(null);
    setOutcome({ recorded, already, refused });
    onRecorded();
  });

  const readFile = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setMapping(null);
    setCheck(null);
    void file.text().then(setCsv);
  };

  const bad = check?.rows.filter((r) => r.problem) ?? [];
  return (
    <section className="app-actions" aria-labelledby="import-heading">
      <h2 className="govuk-heading-m" id="import-heading">
        Import a spreadsheet of completions
      </h2>
      <p className="govuk-body">
        Save the spreadsheet as CSV with a header row, one completion a row: the member of staff (name or staff id), the course (title or
        id), the date completed and the provider. Nothing is recorded until you have seen the check.
      </p>
      <ErrorSummary problem={checking.problem ?? recording.problem} labels={{ csv: 'The file' }} />
      <form noValidate onSubmit={checking.submit}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="csv-file">
            Upload a CSV file
          </label>
          <input
            id="csv-file"
            name="csv-file"
            type="file"
            accept=".csv,text/csv"
            className="govuk-file-upload"
            onChange={(e) => readFile(e.target.files?.[0])}
          />
          {fileName && <p className="govuk-body-s">Read {fileName}.</p>}
        </div>
        <TextArea
          id="csv"
          label="Or paste the CSV text"
          hint="The first line names the columns."
          rows={6}
          value={csv}
          onChange={(value) => {
            setCsv(value);
            setCheck(null);
          }}
          problem={checking.problem}
        />
        {mapping && check && (
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Which column says what</legend>
            <div className="app-filters">
              {MAPPED.map(([field, label]) => (
                <Select
                  key={field}
                  id={`column-${field}`}
                  label={label}
                  value={mapping[field]}
                  onChange={(value) => setMapping({ ...mapping, [field]: value })}
                  problem={null}
                  options={check.columns.map((c) => [c, c] as const)}
                />
              ))}
            </div>
          </fieldset>
        )}
        <SubmitButton busy={checking.busy}>{check ? 'Check again' : 'Check the file'}</SubmitButton>
      </form>

      {check && (
        <div role="status">
          <h3 className="govuk-heading-s">
            Check: {check.good} {check.good === 1 ? 'row' : 'rows'} can be recorded, {check.bad} cannot. Nothing has been recorded yet.
          </h3>
          {bad.length > 0 && (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold">These rows will be left out:</p>
              <ul className="govuk-list govuk-list--bullet" aria-label="Rows that cannot be recorded">
                {bad.map((r) => (
                  <li key={r.row} className="app-break-words">
                    {r.problem!.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {check && check.good > 0 && (
        <form noValidate onSubmit={recording.submit}>
          <SubmitButton busy={recording.busy}>
            Record {check.good} {check.good === 1 ? 'completion' : 'completions'}
          </SubmitButton>
        </form>
      )}
      {progress && (
        <p className="govuk-body" role="status">
          {progress}
        </p>
      )}
      {outcome && (
        <div role="status">
          <p className="govuk-body govuk-!-font-weight-bold">
            Recorded {outcome.recorded} {outcome.recorded === 1 ? 'completion' : 'completions'}
            {outcome.already > 0 && `; ${outcome.already} had already been recorded`}.
          </p>
          {outcome.refused.length > 0 && (
            <ul className="govuk-list govuk-list--bullet" aria-label="Rows the ledger refused">
              {outcome.refused.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** Recording training: one completion by form, or many from a spreadsheet. */
export function RecordTrainingPage() {
  const viewer = useViewer();
  const [rows, setRows] = useState<MatrixRow[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    loadMatrix(viewer.tenantId, 30).then(
      (m) => setRows(m.rows.filter((r) => r.training.length > 0)),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [viewer.tenantId, tick]);
  return (
    <Page title="Record training" caption={viewer.tenantId}>
      {failure && <p className="govuk-error-message">{failure}</p>}
      <ImportSpreadsheet onRecorded={() => setTick((n) => n + 1)} />
      {rows && <RecordOne rows={rows} onRecorded={() => setTick((n) => n + 1)} />}
    </Page>
  );
}
