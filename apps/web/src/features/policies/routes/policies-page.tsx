import { useCallback, useEffect, useState } from 'react';
import { CommandForm } from '../../../components/command-form';
import { Checkbox, requireAnswers, Select, TextArea, TextInput } from '../../../components/form';
import { ROLE_NAMES } from '../../../components/labels';
import { Loading, Page } from '../../../components/page';
import { TimeTravel, timeTravelFrom } from '../../../components/time-travel';
import type { DocumentKind, PolicyRegisterQuery, ReviewOutcome, Role } from '../../../gql/graphql';
import { mutate, query } from '../../../lib/graphql';
import { sentenceFor } from '../../../lib/messages';
import { useViewer } from '../../../lib/viewer';
import {
  ApproveVersionDocument,
  DraftDocumentDocument,
  PolicyRegisterDocument,
  PublishVersionDocument,
  RatifyVersionDocument,
  ReviewDocumentDocument,
  ScheduleReviewDocument,
} from '../api/policies.operations';

type Entry = PolicyRegisterQuery['policyRegister'][number];

const KIND_NAMES: Readonly<Record<DocumentKind, string>> = {
  e_safety: 'E-safety policy',
  aup_staff: 'Acceptable use policy (staff)',
  aup_pupil: 'Acceptable use policy (pupils)',
  mobile_phone: 'Mobile phone policy',
  password: 'Password policy',
  searching_confiscation: 'Searching and confiscation policy',
  child_protection: 'Child protection policy',
  kcsie: 'Keeping Children Safe in Education',
  consent_form: 'Consent form',
};
const OUTCOME_NAMES: Readonly<Record<ReviewOutcome, string>> = { no_change: 'Reviewed, no change', amended: 'Reviewed and amended' };
const ACKNOWLEDGING: readonly Role[] = ['staff', 'dsl', 'deputy_dsl', 'head', 'slt', 'esafety_coordinator'];

/** SHA-256 of the text as UTF-8, worked out in the browser (the text itself is sent only if asked). */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A version chosen in a select: its document and version, as one value. */
const versionKey = (documentId: string, version: string) => JSON.stringify([documentId, version]);
const fromVersionKey = (key: string): [string, string] => JSON.parse(key) as [string, string];

/** The versions a governor may act on now (approve: published, not yet approved; ratify: approved, not yet ratified). */
function versionsAwaiting(entries: Entry[], step: 'approve' | 'ratify') {
  return entries
    .filter((e) => !e.retiredOn)
    .flatMap((e) =>
      e.versions
        .filter((v) => (step === 'approve' ? !v.approvedOn : v.approvedOn && !v.ratifiedOn))
        .map((v) => ({ key: versionKey(e.documentId, v.version), label: `${e.title}, version ${v.version}`, hash: v.contentHash })),
    );
}

/** The chosen version's SHA-256, shown before anyone confirms: what they approve is exactly this text. */
function HashToCheck({ hash, id }: { hash: string | undefined; id: string }) {
  if (!hash) return null;
  return (
    <div className="govuk-inset-text" id={id}>
      <p className="govuk-body">Check this is the SHA-256 of the text you read before you confirm:</p>
      <p className="govuk-body govuk-!-font-weight-bold app-break-words" data-testid={id}>
        {hash}
      </p>
    </div>
  );
}

const lateness = (days: number) => (days === 0 ? 'On time' : `${days} ${days === 1 ? 'day' : 'days'} late`);

function Register({ entries }: { entries: Entry[] }) {
  return (
    <div className="app-table-scroll" role="region" aria-label="Policy register" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Policy register</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Document
            </th>
            <th scope="col" className="govuk-table__header">
              Current version
            </th>
            <th scope="col" className="govuk-table__header">
              Next review
            </th>
            <th scope="col" className="govuk-table__header">
              Past reviews
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((e) => {
            const current = e.versions.find((v) => v.version === e.currentVersion);
            return (
              <tr key={e.documentId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header app-break-words">
                  {e.title}
                  <span className="govuk-body-s app-block">
                    {KIND_NAMES[e.kind as DocumentKind] ?? e.kind}
                    {e.statutory && ', statutory'}
                    {e.retiredOn && `, retired ${e.retiredOn}`}
                  </span>
                </th>
                <td className="govuk-table__cell">
                  {current ? (
                    <>
                      Version {current.version}, published {current.publishedOn}
                      <span className="app-block">{current.approvedOn ? `Approved ${current.approvedOn}` : 'Not yet approved'}</span>
                      <span className="app-block">{current.ratifiedOn ? `Ratified ${current.ratifiedOn}` : 'Not yet ratified'}</span>
                      <span className="govuk-body-s app-block app-break-words">SHA-256 {current.contentHash}</span>
                    </>
                  ) : (
                    'No version published'
                  )}
                </td>
                <td className="govuk-table__cell">
                  {e.nextDueOn ?? 'Not scheduled'}
                  {e.daysOverdue > 0 && (
                    <strong className="govuk-tag govuk-tag--red app-block">
                      {e.daysOverdue} {e.daysOverdue === 1 ? 'day' : 'days'} overdue
                    </strong>
                  )}
                </td>
                <td className="govuk-table__cell">
                  {e.reviews.length === 0 ? (
                    'None yet'
                  ) : (
                    <ul className="govuk-list govuk-body-s">
                      {e.reviews.map((r, i) => (
                        <li key={i}>
                          {r.reviewedOn}: {lateness(r.daysLate)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The policy register, and the forms SLT uses on it: draft, publish a version, schedule and record reviews. */
export function PoliciesPage({ search }: { search: URLSearchParams }) {
  const viewer = useViewer();
  const travel = timeTravelFrom(search);
  const key = search.toString();
  // A trust administrator opens one of the trust's settings (`?setting=`); everyone else their own.
  const chosen = search.get('setting');
  const tenantId = chosen && viewer.tenantIds.includes(chosen) ? chosen : viewer.tenantId;
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(() => {
    setFailure(null);
    return query(PolicyRegisterDocument, { tenantId, ...travel.variables }).then(
      (d) => setEntries(d.policyRegister),
      (error: unknown) => setFailure(sentenceFor(error)),
    );
  }, [tenantId, key]);
  useEffect(() => {
    void load();
  }, [load]);

  const documents = (entries ?? []).filter((e) => !e.retiredOn).map((e) => [e.documentId, e.title] as const);
  const [draft, setDraft] = useState({ title: '', kind: '', statutory: false, acknowledged: true });
  const [publish, setPublish] = useState({ documentId: '', version: '', text: '', hash: '', keepText: true });
  const [schedule, setSchedule] = useState({ documentId: '', dueOn: '', cadence: '12' });
  const [review, setReview] = useState({ documentId: '', outcome: '', nextDueOn: '' });
  const [approve, setApprove] = useState({ version: '', committee: '' });
  const [ratify, setRatify] = useState({ version: '' });
  const toApprove = versionsAwaiting(entries ?? [], 'approve');
  const toRatify = versionsAwaiting(entries ?? [], 'ratify');
  // Acting is on today's register: while looking at the past, the page only shows.
  const acting = !travel.active;

  return (
    <Page title="Policies" caption={tenantId}>
      <TimeTravel pathname="/policies" search={search} canTravel={viewer.can('timeTravel')} />
      {failure && <p className="govuk-error-message">{failure}</p>}
      {!entries && !failure && <Loading />}
      {entries && <Register entries={entries} />}

      {acting && viewer.can('ApproveVersion') && (
        <CommandForm
          title="Approve a version"
          submitLabel="Approve this version"
          idPrefix="approve-"
          labels={{ version: 'Version', committee: 'Committee' }}
          send={(commandId) => {
            requireAnswers({
              version: !approve.version && 'Choose the version to approve',
              committee: !approve.committee.trim() && 'Enter the committee that approved it',
            });
            const [documentId, version] = fromVersionKey(approve.version);
            return mutate(ApproveVersionDocument, {
              input: { tenantId, commandId, documentId, version, committee: approve.committee.trim() },
            });
          }}
          onRecorded={() => {
            setApprove({ version: '', committee: '' });
            void load();
          }}
        >
          {(problem) => (
            <>
              <Select
                id="approve-version"
                name="version"
                label="Version"
                value={approve.version}
                onChange={(version) => setApprove({ ...approve, version })}
                problem={problem}
                placeholder={toApprove.length ? 'Choose' : 'No version is waiting for approval'}
                options={toApprove.map((v) => [v.key, v.label] as const)}
              />
              <HashToCheck id="approve-hash" hash={toApprove.find((v) => v.key === approve.version)?.hash} />
              <TextInput
                id="approve-committee"
                name="committee"
                label="Committee"
                hint="For example Full governing body"
                value={approve.committee}
                onChange={(committee) => setApprove({ ...approve, committee })}
                problem={problem}
              />
            </>
          )}
        </CommandForm>
      )}

      {acting && viewer.can('RatifyVersion') && (
        <CommandForm
          title="Ratify a version"
          submitLabel="Ratify this version"
          idPrefix="ratify-"
          labels={{ version: 'Version' }}
          send={(commandId) => {
            requireAnswers({ version: !ratify.version && 'Choose the version to ratify' });
            const [documentId, version] = fromVersionKey(ratify.version);
            return mutate(RatifyVersionDocument, { input: { tenantId, commandId, documentId, version } });
          }}
          onRecorded={() => {
            setRatify({ version: '' });
            void load();
          }}
        >
          {(problem) => (
            <>
              <Select
                id="ratify-version"
                name="version"
                label="Version"
                hint="Versions the governors have approved and no chair has yet ratified"
                value={ratify.version}
                onChange={(version) => setRatify({ version })}
                problem={problem}
                placeholder={toRatify.length ? 'Choose' : 'No version is waiting for ratification'}
                options={toRatify.map((v) => [v.key, v.label] as const)}
              />
              <HashToCheck id="ratify-hash" hash={toRatify.find((v) => v.key === ratify.version)?.hash} />
            </>
          )}
        </CommandForm>
      )}

      {acting && viewer.can('DraftDocument') && (
        <CommandForm
          title="Draft a new document"
          submitLabel="Draft document"
          idPrefix="draft-"
          labels={{ title: 'Title', documentKind: 'Kind' }}
          send={(commandId) => {
            requireAnswers({ title: !draft.title.trim() && 'Enter the title', documentKind: !draft.kind && 'Choose the kind of document' });
            return mutate(DraftDocumentDocument, {
              input: {
                tenantId,
                commandId,
                title: draft.title,
                documentKind: draft.kind as DocumentKind,
                statutory: draft.statutory,
                acknowledgedBy: draft.acknowledged ? [...ACKNOWLEDGING] : [],
              },
            });
          }}
          onRecorded={() => {
            setDraft({ title: '', kind: '', statutory: false, acknowledged: true });
            void load();
          }}
        >
          {(problem) => (
            <>
              <TextInput
                id="draft-title"
                name="title"
                label="Title"
                value={draft.title}
                onChange={(title) => setDraft({ ...draft, title })}
                problem={problem}
              />
              <Select
                id="draft-documentKind"
                name="documentKind"
                label="Kind"
                value={draft.kind}
                onChange={(kind) => setDraft({ ...draft, kind })}
                problem={problem}
                placeholder="Choose"
                options={Object.entries(KIND_NAMES)}
              />
              <Checkbox
                id="draft-statutory"
                label="Statutory document"
                checked={draft.statutory}
                onChange={(statutory) => setDraft({ ...draft, statutory })}
              />
              <Checkbox
                id="draft-acknowledged"
                label="Every member of staff must read and acknowledge each version"
                hint={ACKNOWLEDGING.map((r) => ROLE_NAMES[r] ?? r).join(', ')}
                checked={draft.acknowledged}
                onChange={(acknowledged) => setDraft({ ...draft, acknowledged })}
              />
            </>
          )}
        </CommandForm>
      )}

      {acting && viewer.can('PublishVersion') && (
        <CommandForm
          title="Publish a version"
          submitLabel="Publish version"
          idPrefix="publish-"
          labels={{ documentId: 'Document', version: 'Version', contentHash: 'SHA-256 of the text' }}
          send={async (commandId) => {
            requireAnswers({
              documentId: !publish.documentId && 'Choose the document',
              version: !publish.version.trim() && 'Enter the version, for example 2025.1',
              contentHash: !publish.text.trim() && !publish.hash.trim() && 'Paste the text, or enter the SHA-256 of the text',
            });
            const text = publish.text.trim() ? publish.text : undefined;
            const contentHash = text ? await sha256Hex(text) : publish.hash.trim().toLowerCase();
            return mutate(PublishVersionDocument, {
              input: {
                tenantId,
                commandId,
                documentId: publish.documentId,
                version: publish.version.trim(),
                contentHash,
                text: publish.keepText ? text : undefined,
              },
            });
          }}
          onRecorded={() => {
            setPublish({ documentId: '', version: '', text: '', hash: '', keepText: true });
            void load();
          }}
        >
          {(problem) => (
            <>
              <Select
                id="publish-documentId"
                name="documentId"
                label="Document"
                value={publish.documentId}
                onChange={(documentId) => setPublish({ ...publish, documentId })}
                problem={problem}
                placeholder="Choose"
                options={documents}
              />
              <TextInput
                id="publish-version"
                name="version"
                label="Version"
                hint="For example 2025.1"
                value={publish.version}
                onChange={(version) => setPublish({ ...publish, version })}
                problem={problem}
              />
              <TextArea
                id="publish-text"
                name="text"
                label="The text of this version"
                hint="Its SHA-256 is worked out in this browser. Leave empty to give only the hash below."
                value={publish.text}
                onChange={(text) => setPublish({ ...publish, text })}
                problem={problem}
              />
              <Checkbox
                id="publish-keepText"
                label="Keep the text in the ledger too (not only its hash)"
                checked={publish.keepText}
                onChange={(keepText) => setPublish({ ...publish, keepText })}
              />
              <TextInput
                id="publish-contentHash"
                name="contentHash"
                label="Or the SHA-256 of the text"
                hint="64 characters, 0 to 9 and a to f"
                value={publish.hash}
                onChange={(hash) => setPublish({ ...publish, hash })}
                problem={problem}
              />
            </>
          )}
        </CommandForm>
      )}

      {acting && viewer.can('ScheduleReview') && (
        <CommandForm
          title="Schedule a review"
          submitLabel="Schedule review"
          idPrefix="schedule-"
          labels={{ documentId: 'Document', dueOn: 'Due on', cadenceMonths: 'Every' }}
          send={(commandId) => {
            requireAnswers({
              documentId: !schedule.documentId && 'Choose the document',
              dueOn: !schedule.dueOn && 'Enter the date the review is due',
            });
            return mutate(ScheduleReviewDocument, {
              input: {
                tenantId,
                commandId,
                documentId: schedule.documentId,
                dueOn: schedule.dueOn,
                cadenceMonths: Number(schedule.cadence),
              },
            });
          }}
          onRecorded={() => {
            setSchedule({ documentId: '', dueOn: '', cadence: '12' });
            void load();
          }}
        >
          {(problem) => (
            <>
              <Select
                id="schedule-documentId"
                name="documentId"
                label="Document"
                value={schedule.documentId}
                onChange={(documentId) => setSchedule({ ...schedule, documentId })}
                problem={problem}
                placeholder="Choose"
                options={documents}
              />
              <TextInput
                id="schedule-dueOn"
                name="dueOn"
                type="date"
                label="Due on"
                value={schedule.dueOn}
                onChange={(dueOn) => setSchedule({ ...schedule, dueOn })}
                problem={problem}
              />
              <Select
                id="schedule-cadenceMonths"
                name="cadenceMonths"
                label="Every"
                value={schedule.cadence}
                onChange={(cadence) => setSchedule({ ...schedule, cadence })}
                problem={problem}
                options={[
                  ['12', '12 months'],
                  ['24', '24 months'],
                  ['36', '36 months'],
                ]}
              />
            </>
          )}
        </CommandForm>
      )}

      {acting && viewer.can('ReviewDocument') && (
        <CommandForm
          title="Record a review"
          submitLabel="Record review"
          idPrefix="review-"
          labels={{ documentId: 'Document', outcome: 'Outcome', nextDueOn: 'Next review due' }}
          send={(commandId) => {
            requireAnswers({
              documentId: !review.documentId && 'Choose the document',
              outcome: !review.outcome && 'Choose the outcome',
              nextDueOn: !review.nextDueOn && 'Enter when the next review is due',
            });
            return mutate(ReviewDocumentDocument, {
              input: {
                tenantId,
                commandId,
                documentId: review.documentId,
                outcome: review.outcome as ReviewOutcome,
                nextDueOn: review.nextDueOn,
              },
            });
          }}
          onRecorded={() => {
            setReview({ documentId: '', outcome: '', nextDueOn: '' });
            void load();
          }}
        >
          {(problem) => (
            <>
              <Select
                id="review-documentId"
                name="documentId"
                label="Document"
                value={review.documentId}
                onChange={(documentId) => setReview({ ...review, documentId })}
                problem={problem}
                placeholder="Choose"
                options={documents}
              />
              <Select
                id="review-outcome"
                name="outcome"
                label="Outcome"
                value={review.outcome}
                onChange={(outcome) => setReview({ ...review, outcome })}
                problem={problem}
                placeholder="Choose"
                options={Object.entries(OUTCOME_NAMES)}
              />
              <TextInput
                id="review-nextDueOn"
                name="nextDueOn"
                type="date"
                label="Next review due"
                value={review.nextDueOn}
                onChange={(nextDueOn) => setReview({ ...review, nextDueOn })}
                problem={problem}
              />
            </>
          )}
        </CommandForm>
      )}
    </Page>
  );
}
