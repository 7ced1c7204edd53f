import { text, type ChronologyEntry } from '../../../components/chronology';
import { AGENCY_NAMES, CATEGORY_NAMES, CONTACT_NAMES, TRIAGE_NAMES } from '../../../components/labels';
import type { IncidentTrailQuery } from '../../../gql/graphql';

export type TrailEvent = IncidentTrailQuery['evidenceTrail']['edges'][number]['node'];

/** Where an incident stands, folded from its own events (the same events the chronology shows). */
export interface IncidentState {
  readonly category: string;
  readonly involvedPupilIds: readonly string[];
  readonly triaged: boolean;
  readonly closed: boolean;
  readonly escalations: ReadonlyArray<{ id: string; agency: string; outcomeRecorded: boolean }>;
  readonly actions: ReadonlyArray<{ id: string; description: string; done: boolean }>;
}

export function incidentState(events: readonly TrailEvent[]): IncidentState {
  let state: IncidentState = { category: '', involvedPupilIds: [], triaged: false, closed: false, escalations: [], actions: [] };
  for (const { type, data } of events) {
    switch (type) {
      case 'IncidentReported':
        state = { ...state, category: text(data, 'category'), involvedPupilIds: (data.involvedPupilIds as string[] | undefined) ?? [] };
        break;
      case 'IncidentTriaged':
        state = { ...state, triaged: true };
        break;
      case 'IncidentEscalated':
        state = {
          ...state,
          escalations: [...state.escalations, { id: text(data, 'escalationId'), agency: text(data, 'agency'), outcomeRecorded: false }],
        };
        break;
      case 'EscalationOutcomeRecorded':
        state = {
          ...state,
          escalations: state.escalations.map((e) => (e.id === text(data, 'escalationId') ? { ...e, outcomeRecorded: true } : e)),
        };
        break;
      case 'IncidentActionAssigned':
        state = {
          ...state,
          actions: [...state.actions, { id: text(data, 'actionId'), description: text(data, 'description'), done: false }],
        };
        break;
      case 'IncidentActionCompleted':
        state = { ...state, actions: state.actions.map((a) => (a.id === text(data, 'actionId') ? { ...a, done: true } : a)) };
        break;
      case 'IncidentClosed':
        state = { ...state, closed: true };
        break;
      case 'IncidentReopened':
        state = { ...state, closed: false };
        break;
    }
  }
  return state;
}

/** One event as a line of the chronology, in plain English. */
export function describeIncidentEvent(event: TrailEvent): ChronologyEntry {
  const d = event.data;
  const base = { position: event.position, actor: event.actor, occurredAt: event.occurredAt, recordedAt: event.recordedAt };
  switch (event.type) {
    case 'IncidentReported': {
      const words = text(d, 'childsWords');
      return {
        ...base,
        what: `Concern reported: ${CATEGORY_NAMES[text(d, 'category')] ?? text(d, 'category')}`,
        detail: `${text(d, 'narrative')}${words ? ` — The child said: “${words}”` : ''}${text(d, 'involvedPupilIds') ? ` — Pupils: ${text(d, 'involvedPupilIds')}` : ''}`,
      };
    }
    case 'IncidentTriaged':
      return { ...base, what: `Triaged: ${TRIAGE_NAMES[text(d, 'decision')] ?? text(d, 'decision')}`, detail: text(d, 'rationale') };
    case 'IncidentEscalated':
      return {
        ...base,
        what: `Escalated to ${AGENCY_NAMES[text(d, 'agency')] ?? text(d, 'agency')}`,
        detail: d.referencePending ? 'Reference pending' : `Reference ${text(d, 'reference')}`,
      };
    case 'EscalationOutcomeRecorded':
      return {
        ...base,
        what: 'Agency’s outcome recorded',
        detail: `${text(d, 'outcome')}${d.reference ? ` (reference ${text(d, 'reference')})` : ''}`,
      };
    case 'EvidencePreserved':
      return {
        ...base,
        what: 'Evidence preserved',
        detail: `${text(d, 'description')}, held at ${text(d, 'heldAt')}. SHA-256 ${text(d, 'sha256')}`,
      };
    case 'ParentsInformed':
      return { ...base, what: 'Parents or carers informed', detail: `By ${CONTACT_NAMES[text(d, 'method')] ?? text(d, 'method')}` };
    case 'SanctionApplied':
      return { ...base, what: 'Sanction applied', detail: `${text(d, 'sanction')} (pupil ${text(d, 'pupilId')})` };
    case 'IncidentActionAssigned':
      return {
        ...base,
        what: 'Action assigned',
        detail: `${text(d, 'description')} — to ${text(d, 'assigneeId')}, due ${text(d, 'dueOn')}`,
      };
    case 'IncidentActionCompleted':
      return { ...base, what: 'Action completed', detail: text(d, 'actionId') };
    case 'IncidentClosed':
      return { ...base, what: 'Closed', detail: text(d, 'outcome') };
    case 'IncidentReopened':
      return { ...base, what: 'Reopened', detail: text(d, 'reason') };
    default:
      return { ...base, what: event.type };
  }
}
