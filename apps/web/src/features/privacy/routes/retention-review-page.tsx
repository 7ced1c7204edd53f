import { useCallback, useEffect, useState } from 'react';
import { CommandForm } from '../../../components/command-form';
import { requireAnswers, Select, TextInput } from '../../../components/form';
import { Loading, Page } from '../../../components/page';
import type { HoldScope, RecordKind, RetentionReviewQuery, RetentionReviewStatus } from '../../../gql/graphql';
import { mutate, query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { useViewer } from '../../../lib/viewer';
import {
  ConfirmErasureDocument,
  EraseSubjectDocument,
  ExtendRetentionDocument,
  LiftLegalHoldDocument,
  PlaceLegalHoldDocument,
  RetentionReviewDocument,
} from '../api/privacy.operations';

type Review = RetentionReviewQuery['retentionReview'];
type Row = Review['rows'][number];

const KINDS: Record<RecordKind, string> = {
  child_protection_file: 'Child-protection file',
  allegation: 'Allegation against staff',
  consent: 'Consent',
  device_search: 'Device search',
  staff_training_record: 'Staff training record',
};

const STATUSES: Record<RetentionReviewStatus, string> = {
  to_decide: 'To decide',
  held: 'Kept by a legal hold',
  kept: 'Kept with a reason',
  awaiting_confirmation: 'Erasure waiting for a second person',
};

const SCOPES: Record<HoldScope, string> = {
  pupil: 'A pupil',
  staff: 'A member of staff',
  incident: 'An incident',
  setting: 'The whole setting',
};

/** The fields that name a record, read back from its erasure unit (consent~doc~consent~pupil, allegation~incident, search~id). */
function targetOf(row: Row) {
  const [prefix, ...rest] = row.unitId.split('~');
  const base = { recordKind: row.recordKind, personId: row.personId };
  if (prefix === 'consent' && rest.length >= 3) return { ...base, documentId: rest[0]!, consent: rest[1]! };
  if (prefix === 'allegation' && rest.length >= 1) return { ...base, incidentId: rest[0]! };
  if (prefix === 'search' && rest.length >= 1) return { ...base, searchId: rest[0]! };
  return base;
}

const describeRow = (row: Row) => `${KINDS[row.recordKind]} ${row.unitId}`;

/** The retention review: records whose retention has ended, each erased or kept with a reason; legal holds placed and lifted. */
export function RetentionReviewPage() {
  const { tenantId, can } = useViewer();
  const [review, setReview] = useState<Review | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(() => {
    query(RetentionReviewDocument, { tenantId }).then(
      (data) => setReview(data.retentionReview),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [tenantId]);
  useEffect(load, [load]);
  const [erase, setErase] = useState({ unitId: '', reference: '' });
  const [keep, setKeep] = useState({ unitId: '', until: '', reason: '' });
  const [hold, setHold] = useState({ scope: '', scopeId: '', reason: '', reference: '' });
  const [lift, setLift] = useState<Record<string, string>>({});

  if (failure)
    return (
      <Page title="Retention review">
        <p className="govuk-body">{failure}</p>
      </Page>
    );
  if (!review) return <Loading />;
  const decidable = review.rows.filter((r) => r.status !== 'awaiting_confirmation');
  const pending = review.rows.filter((r) => r.status === 'awaiting_confirmation' && r.erasureId);
  const options = decidable.map((r) => [r.unitId, describeRow(r)] as const);
  const rowOf = (unitId: string) => review.rows.find((r) => r.unitId === unitId);

  return (
    <Page title="Retention review" caption={`Records whose retention had ended on ${review.on}`}>
      <p className="govuk-body">
        Each record here has been kept as long as the setting’s retention rule asks. Erase it, or keep it longer and say why. A
        child-protection file is erased only when a second person confirms. Everything you decide is recorded in the ledger.
      </p>
      {review.rows.length === 0 ? (
        <p className="govuk-body">No record’s retention has ended.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-label="Records whose retention has ended" tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Records whose retention has ended</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Record
                </th>
                <th scope="col" className="govuk-table__header">
                  About
                </th>
                <th scope="col" className="govuk-table__header">
                  Rule
                </th>
                <th scope="col" className="govuk-table__header">
                  Counted from
                </th>
                <th scope="col" className="govuk-table__header">
                  Retention ended
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {review.rows.map((r) => (
                <tr className="govuk-table__row" key={r.unitId}>
                  <th scope="row" className="govuk-table__header">
                    {KINDS[r.recordKind]}
                    <br />
                    <span className="govuk-body-s">{r.unitId}</span>
                  </th>
                  <td className="govuk-table__cell">{r.personId}</td>
                  <td className="govuk-table__cell">
                    {r.years === 1 ? '1 year' : `${r.years} years`}, rule version {r.ruleVersion}
                    <br />
                    <span className="govuk-body-s">{r.ruleNote}</span>
                  </td>
                  <td className="govuk-table__cell">{r.retentionFrom}</td>
                  <td className="govuk-table__cell">{r.endedOn}</td>
                  <td className="govuk-table__cell">
                    {STATUSES[r.status]}
                    {r.holdId && ` (hold ${r.holdId})`}
                    {r.keptUntil && ` until ${r.keptUntil}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pending.map(
        (r) =>
          can('ConfirmErasure') && (
            <CommandForm
              key={r.erasureId}
              title={`Confirm the erasure of ${r.unitId}`}
              submitLabel="Confirm erasure"
              idPrefix={`confirm-${r.erasureId}-`}
              send={(commandId) => mutate(ConfirmErasureDocument, { input: { tenantId, commandId, erasureId: r.erasureId! } })}
              onRecorded={load}
            >
              {() => (
                <p className="govuk-body">
                  {describeRow(r)} is waiting for a second person. Confirm only if you did not ask for this erasure yourself: its personal
                  data is then destroyed for good.
                </p>
              )}
            </CommandForm>
          ),
      )}

      {options.length > 0 && can('EraseSubject') && (
        <CommandForm
          title="Erase a record"
          submitLabel="Erase"
          idPrefix="erase-"
          labels={{ unitId: 'Record' }}
          send={(commandId) => {
            const row = rowOf(erase.unitId);
            requireAnswers({ unitId: !row && 'Choose the record' });
            return mutate(EraseSubjectDocument, {
              input: {
                tenantId,
                commandId,
                ...targetOf(row!),
                basis: 'retention_expired',
                ...(erase.reference.trim() ? { reference: erase.reference } : {}),
              },
            });
          }}
          onRecorded={() => (setErase({ unitId: '', reference: '' }), load())}
        >
          {(problem) => (
            <>
              <Select
                id="erase-unitId"
                name="unitId"
                label="Record to erase"
                hint="On the basis that its retention has ended."
                value={erase.unitId}
                onChange={(v) => setErase((s) => ({ ...s, unitId: v }))}
                problem={problem}
                options={options}
                placeholder="Choose the record"
              />
              <TextInput
                id="erase-reference"
                name="reference"
                label="Reference (optional)"
                value={erase.reference}
                onChange={(v) => setErase((s) => ({ ...s, reference: v }))}
                problem={problem}
              />
            </>
          )}
        </CommandForm>
      )}

      {options.length > 0 && can('ExtendRetention') && (
        <CommandForm
          title="Keep a record"
          submitLabel="Keep"
          idPrefix="keep-"
          labels={{ unitId: 'Record', until: 'Keep until', reason: 'Why it is kept' }}
          send={(commandId) => {
            const row = rowOf(keep.unitId);
            requireAnswers({ unitId: !row && 'Choose the record', until: !keep.until && 'Enter the date it is kept until' });
            return mutate(ExtendRetentionDocument, {
              input: { tenantId, commandId, ...targetOf(row!), until: keep.until, reason: keep.reason },
            });
          }}
          onRecorded={() => (setKeep({ unitId: '', until: '', reason: '' }), load())}
        >
          {(problem) => (
            <>
              <Select
                id="keep-unitId"
                name="unitId"
                label="Record to keep"
                value={keep.unitId}
                onChange={(v) => setKeep((s) => ({ ...s, unitId: v }))}
                problem={problem}
                options={options}
                placeholder="Choose the record"
              />
              <TextInput
                id="keep-until"
                name="until"
                type="date"
                label="Keep until"
                value={keep.until}
                onChange={(v) => setKeep((s) => ({ ...s, until: v }))}
                problem={problem}
              />
              <TextInput
                id="keep-reason"
                name="reason"
                label="Why it is kept"
                hint="For example “A sibling’s child-protection case refers to this file”."
                value={keep.reason}
                onChange={(v) => setKeep((s) => ({ ...s, reason: v }))}
                problem={problem}
              />
            </>
          )}
        </CommandForm>
      )}

      <h2 className="govuk-heading-m">Legal holds in force</h2>
      <p className="govuk-body">While a hold covers a record, it cannot be erased.</p>
      {review.holds.length === 0 && <p className="govuk-body">No legal hold is in force.</p>}
      {review.holds.map(
        (h) =>
          can('LiftLegalHold') && (
            <CommandForm
              key={h.holdId}
              title={`Legal hold ${h.holdId}`}
              submitLabel={`Lift hold ${h.holdId}`}
              idPrefix={`lift-${h.holdId}-`}
              labels={{ reason: 'Why it is lifted' }}
              send={(commandId) =>
                mutate(LiftLegalHoldDocument, { input: { tenantId, commandId, holdId: h.holdId, reason: lift[h.holdId] ?? '' } })
              }
              onRecorded={() => (setLift((s) => ({ ...s, [h.holdId]: '' })), load())}
            >
              {(problem) => (
                <>
                  <p className="govuk-body">
                    Covers {SCOPES[h.scope as HoldScope]?.toLowerCase() ?? h.scope}: {h.scopeId}
                  </p>
                  <TextInput
                    id={`lift-${h.holdId}-reason`}
                    name="reason"
                    label={`Why hold ${h.holdId} is lifted`}
                    value={lift[h.holdId] ?? ''}
                    onChange={(v) => setLift((s) => ({ ...s, [h.holdId]: v }))}
                    problem={problem}
                  />
                </>
              )}
            </CommandForm>
          ),
      )}

      {can('PlaceLegalHold') && (
        <CommandForm
          title="Place a legal hold"
          submitLabel="Place the hold"
          idPrefix="hold-"
          labels={{ scope: 'What it covers', scopeId: 'Reference of who or what it covers', reason: 'Reason', reference: 'Reference' }}
          send={(commandId) => {
            requireAnswers({
              scope: !hold.scope && 'Choose what the hold covers',
              scopeId: hold.scope !== 'setting' && !hold.scopeId.trim() && 'Enter the reference of who or what it covers',
            });
            return mutate(PlaceLegalHoldDocument, {
              input: {
                tenantId,
                commandId,
                scope: hold.scope as HoldScope,
                scopeId: hold.scope === 'setting' ? tenantId : hold.scopeId,
                reason: hold.reason,
                reference: hold.reference,
              },
            });
          }}
          onRecorded={() => (setHold({ scope: '', scopeId: '', reason: '', reference: '' }), load())}
        >
          {(problem) => (
            <>
              <Select
                id="hold-scope"
                name="scope"
                label="What it covers"
                value={hold.scope}
                onChange={(v) => setHold((s) => ({ ...s, scope: v }))}
                problem={problem}
                options={Object.entries(SCOPES)}
                placeholder="Choose what it covers"
              />
              <TextInput
                id="hold-scopeId"
                name="scopeId"
                label="Reference of who or what it covers"
                hint="The pupil reference, staff id or incident id. Not needed for the whole setting."
                value={hold.scopeId}
                onChange={(v) => setHold((s) => ({ ...s, scopeId: v }))}
                problem={problem}
              />
              <TextInput
                id="hold-reason"
                name="reason"
                label="Reason"
                hint="For example “Records requested by a public inquiry”."
                value={hold.reason}
                onChange={(v) => setHold((s) => ({ ...s, reason: v }))}
                problem={problem}
              />
              <TextInput
                id="hold-reference"
                name="reference"
                label="Reference"
                hint="The inquiry’s or the court’s reference."
                value={hold.reference}
                onChange={(v) => setHold((s) => ({ ...s, reference: v }))}
                problem={problem}
              />
            </>
          )}
        </CommandForm>
      )}
    </Page>
  );
}
