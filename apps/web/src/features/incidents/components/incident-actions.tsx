import { useState } from 'react';
import { CommandForm } from '../../../components/command-form';
import { Checkbox, requireAnswers, TextArea, TextInput, Select } from '../../../components/form';
import { AGENCY_NAMES, CONTACT_NAMES, TRIAGE_NAMES, options } from '../../../components/labels';
import type { Agency, ParentContactMethod, TriageDecision } from '../../../gql/graphql';
import { mutate } from '../../../lib/graphql';
import { useViewer } from '../../../lib/viewer';
import {
  ApplySanctionDocument,
  AssignIncidentActionDocument,
  CloseIncidentDocument,
  CompleteIncidentActionDocument,
  EscalateIncidentDocument,
  InformParentsDocument,
  PreserveEvidenceDocument,
  RecordEscalationOutcomeDocument,
  ReopenIncidentDocument,
  TriageIncidentDocument,
} from '../api/incident.mutations';
import type { IncidentState } from './incident-state';

interface ActionProps {
  incidentId: string;
  state: IncidentState;
  onRecorded: () => void;
}

/** The SHA-256 of a file, in hex, computed here: the file itself never leaves the machine. */
async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function useFields<T extends Record<string, string | boolean>>(initial: T) {
  const [values, setValues] = useState(initial);
  const set =
    <K extends keyof T>(key: K) =>
    (value: T[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  return { values, set, reset: () => setValues(initial) };
}

function Triage({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ decision: '', rationale: '' });
  return (
    <CommandForm
      title="Triage"
      submitLabel="Record triage"
      idPrefix="triage-"
      send={(commandId) => {
        requireAnswers({ decision: !f.values.decision && 'Choose a decision', rationale: !f.values.rationale.trim() && 'Say why' });
        return mutate(TriageIncidentDocument, {
          input: { tenantId, incidentId, commandId, decision: f.values.decision as TriageDecision, rationale: f.values.rationale },
        });
      }}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <>
          <Select
            id="triage-decision"
            name="decision"
            label="Decision"
            value={f.values.decision}
            onChange={f.set('decision')}
            problem={problem}
            options={options(TRIAGE_NAMES)}
            placeholder="Choose a decision"
          />
          <TextArea
            id="triage-rationale"
            name="rationale"
            label="Why"
            hint="Your reasons, including for “no further action”: what you considered and who you spoke to."
            value={f.values.rationale}
            onChange={f.set('rationale')}
            problem={problem}
          />
        </>
      )}
    </CommandForm>
  );
}

function Escalate({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ agency: '', reference: '', pending: false as boolean });
  return (
    <CommandForm
      title="Escalate to an agency"
      submitLabel="Record escalation"
      idPrefix="escalate-"
      send={(commandId) => {
        requireAnswers({ agency: !f.values.agency && 'Choose the agency' });
        return mutate(EscalateIncidentDocument, {
          input: {
            tenantId,
            incidentId,
            commandId,
            agency: f.values.agency as Agency,
            reference: f.values.pending ? undefined : f.values.reference || undefined,
            referencePending: f.values.pending,
          },
        });
      }}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <>
          <Select
            id="escalate-agency"
            name="agency"
            label="Agency"
            value={f.values.agency}
            onChange={f.set('agency')}
            problem={problem}
            options={options(AGENCY_NAMES)}
            placeholder="Choose an agency"
          />
          <TextInput
            id="escalate-reference"
            name="reference"
            label="Agency’s reference"
            hint="For example a police crime reference number."
            value={f.values.reference}
            onChange={f.set('reference')}
            problem={problem}
          />
          <Checkbox id="escalate-pending" label="The reference is still pending" checked={f.values.pending} onChange={f.set('pending')} />
        </>
      )}
    </CommandForm>
  );
}

function Outcome({ incidentId, state, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const waiting = state.escalations.filter((e) => !e.outcomeRecorded);
  const f = useFields({ escalationId: '', outcome: '', reference: '' });
  const escalationId = f.values.escalationId || waiting[0]?.id || '';
  return (
    <CommandForm
      title="Record the agency’s outcome"
      submitLabel="Record outcome"
      idPrefix="outcome-"
      send={(commandId) =>
        mutate(RecordEscalationOutcomeDocument, {
          input: { tenantId, incidentId, commandId, escalationId, outcome: f.values.outcome, reference: f.values.reference || undefined },
        })
      }
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <>
          <Select
            id="outcome-escalationId"
            name="escalationId"
            label="Escalation"
            value={escalationId}
            onChange={f.set('escalationId')}
            problem={problem}
            options={waiting.map((e) => [e.id, AGENCY_NAMES[e.agency] ?? e.agency] as const)}
          />
          <TextArea
            id="outcome-outcome"
            name="outcome"
            label="What the agency decided"
            value={f.values.outcome}
            onChange={f.set('outcome')}
            problem={problem}
            rows={3}
          />
          <TextInput
            id="outcome-reference"
            name="reference"
            label="Reference given with the outcome (optional)"
            value={f.values.reference}
            onChange={f.set('reference')}
            problem={problem}
          />
        </>
      )}
    </CommandForm>
  );
}

function PreserveEvidence({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ description: '', heldAt: '', sha256: '' });
  const [hashing, setHashing] = useState(false);
  return (
    <CommandForm
      title="Preserve evidence"
      submitLabel="Record evidence"
      idPrefix="evidence-"
      send={(commandId) => {
        requireAnswers({ sha256: !f.values.sha256 && 'Choose the evidence file' });
        return mutate(PreserveEvidenceDocument, {
          input: { tenantId, incidentId, commandId, sha256: f.values.sha256, description: f.values.description, heldAt: f.values.heldAt },
        });
      }}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <>
          <div className={`govuk-form-group${problem?.fields.sha256 ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor="evidence-sha256">
              Evidence file
            </label>
            <div id="evidence-sha256-hint" className="govuk-hint">
              Its fingerprint (SHA-256) is worked out on this computer. The file itself is not sent anywhere.
            </div>
            {problem?.fields.sha256 && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {problem.fields.sha256}
              </p>
            )}
            <input
              className="govuk-file-upload"
              id="evidence-sha256"
              type="file"
              aria-describedby="evidence-sha256-hint evidence-fingerprint"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return f.set('sha256')('');
                setHashing(true);
                f.set('sha256')(await sha256Hex(file));
                setHashing(false);
              }}
            />
            <p className="govuk-body-s app-break-words" id="evidence-fingerprint" role="status">
              {hashing ? 'Working out the fingerprint…' : f.values.sha256 ? `Fingerprint: ${f.values.sha256}` : ''}
            </p>
          </div>
          <TextInput
            id="evidence-description"
            name="description"
            label="What the evidence is"
            hint="For example “Screenshots of the group chat”. Do not copy the content here."
            value={f.values.description}
            onChange={f.set('description')}
            problem={problem}
          />
          <TextInput
            id="evidence-heldAt"
            name="heldAt"
            label="Where it is held"
            hint="For example “DSL’s locked cabinet” or a secure drive folder."
            value={f.values.heldAt}
            onChange={f.set('heldAt')}
            problem={problem}
          />
        </>
      )}
    </CommandForm>
  );
}

function InformParents({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ method: '' });
  return (
    <CommandForm
      title="Parents or carers informed"
      submitLabel="Record that parents were informed"
      idPrefix="parents-"
      send={(commandId) => {
        requireAnswers({ method: !f.values.method && 'Choose how they were told' });
        return mutate(InformParentsDocument, {
          input: { tenantId, incidentId, commandId, method: f.values.method as ParentContactMethod },
        });
      }}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <Select
          id="parents-method"
          name="method"
          label="How they were told"
          value={f.values.method}
          onChange={f.set('method')}
          problem={problem}
          options={options(CONTACT_NAMES)}
          placeholder="Choose how"
        />
      )}
    </CommandForm>
  );
}

function Sanction({ incidentId, state, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ pupilId: '', sanction: '' });
  return (
    <CommandForm
      title="Apply a sanction"
      submitLabel="Record sanction"
      idPrefix="sanction-"
      send={(commandId) =>
        mutate(ApplySanctionDocument, {
          input: { tenantId, incidentId, commandId, pupilId: f.values.pupilId, sanction: f.values.sanction },
        })
      }
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <>
          <Select
            id="sanction-pupilId"
            name="pupilId"
            label="Pupil"
            value={f.values.pupilId}
            onChange={f.set('pupilId')}
            problem={problem}
            options={state.involvedPupilIds.map((id) => [id, id] as const)}
            placeholder="Choose a pupil"
          />
          <TextInput
            id="sanction-sanction"
            name="sanction"
            label="Sanction"
            value={f.values.sanction}
            onChange={f.set('sanction')}
            problem={problem}
          />
        </>
      )}
    </CommandForm>
  );
}

function AssignAction({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ description: '', assigneeId: '', dueOn: '' });
  return (
    <CommandForm
      title="Assign an action"
      submitLabel="Assign action"
      idPrefix="assign-"
      send={(commandId) =>
        mutate(AssignIncidentActionDocument, {
          input: {
            tenantId,
            incidentId,
            commandId,
            description: f.values.description,
            assigneeId: f.values.assigneeId,
            dueOn: f.values.dueOn,
          },
        })
      }
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <>
          <TextInput
            id="assign-description"
            name="description"
            label="Action"
            value={f.values.description}
            onChange={f.set('description')}
            problem={problem}
          />
          <TextInput
            id="assign-assigneeId"
            name="assigneeId"
            label="Staff id of the person doing it"
            value={f.values.assigneeId}
            onChange={f.set('assigneeId')}
            problem={problem}
          />
          <TextInput
            id="assign-dueOn"
            name="dueOn"
            type="date"
            label="Due on"
            value={f.values.dueOn}
            onChange={f.set('dueOn')}
            problem={problem}
          />
        </>
      )}
    </CommandForm>
  );
}

function CompleteAction({ incidentId, state, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const open = state.actions.filter((a) => !a.done);
  const f = useFields({ actionId: '' });
  const actionId = f.values.actionId || open[0]?.id || '';
  return (
    <CommandForm
      title="Complete an action"
      submitLabel="Mark action done"
      idPrefix="complete-"
      send={(commandId) => mutate(CompleteIncidentActionDocument, { input: { tenantId, incidentId, commandId, actionId } })}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <Select
          id="complete-actionId"
          name="actionId"
          label="Action done"
          value={actionId}
          onChange={f.set('actionId')}
          problem={problem}
          options={open.map((a) => [a.id, a.description] as const)}
        />
      )}
    </CommandForm>
  );
}

function Close({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ outcome: '' });
  return (
    <CommandForm
      title="Close the incident"
      submitLabel="Close incident"
      idPrefix="close-"
      send={(commandId) => mutate(CloseIncidentDocument, { input: { tenantId, incidentId, commandId, outcome: f.values.outcome } })}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <TextArea
          id="close-outcome"
          name="outcome"
          label="Outcome of the incident"
          value={f.values.outcome}
          onChange={f.set('outcome')}
          problem={problem}
          rows={3}
        />
      )}
    </CommandForm>
  );
}

function Reopen({ incidentId, onRecorded }: ActionProps) {
  const { tenantId } = useViewer();
  const f = useFields({ reason: '' });
  return (
    <CommandForm
      title="Reopen the incident"
      submitLabel="Reopen incident"
      idPrefix="reopen-"
      send={(commandId) => mutate(ReopenIncidentDocument, { input: { tenantId, incidentId, commandId, reason: f.values.reason } })}
      onRecorded={() => (f.reset(), onRecorded())}
    >
      {(problem) => (
        <TextArea
          id="reopen-reason"
          name="reason"
          label="Why it is reopened"
          value={f.values.reason}
          onChange={f.set('reason')}
          problem={problem}
          rows={3}
        />
      )}
    </CommandForm>
  );
}

/** Every action the person's role may take on the incident as it stands now. */
export function IncidentActions(props: ActionProps) {
  const { can } = useViewer();
  const { state } = props;
  const open = !state.closed;
  return (
    <>
      {open && !state.triaged && can('TriageIncident') && <Triage {...props} />}
      {open && state.triaged && can('EscalateIncident') && <Escalate {...props} />}
      {open && state.escalations.some((e) => !e.outcomeRecorded) && can('RecordEscalationOutcome') && <Outcome {...props} />}
      {open && can('PreserveEvidence') && <PreserveEvidence {...props} />}
      {open && can('InformParents') && <InformParents {...props} />}
      {open && state.involvedPupilIds.length > 0 && can('ApplySanction') && <Sanction {...props} />}
      {open && can('AssignIncidentAction') && <AssignAction {...props} />}
      {open && state.actions.some((a) => !a.done) && can('CompleteIncidentAction') && <CompleteAction {...props} />}
      {open && state.triaged && can('CloseIncident') && <Close {...props} />}
      {state.closed && can('ReopenIncident') && <Reopen {...props} />}
    </>
  );
}
