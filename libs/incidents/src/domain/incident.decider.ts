import {
  checkCurrentStaff,
  checkDueDate,
  checkOccurredAt,
  checkPayload,
  checkRole,
  DSL_ROLES,
  ensure,
  streamId,
  type Decider,
} from '@ledger/kernel';
import type { IncidentCommand } from './incident.commands.js';
import { IncidentErrors } from './incident.errors.js';
import { INCIDENT_ROLES } from './incident.roles.js';
import type { Agency, AllegationOutcome, IncidentEvent } from './incident.events.js';

interface IncidentFacts {
  readonly incidentId: string;
  readonly aboutStaff: boolean;
  /** The member of staff an allegation is about; null for other concerns. */
  readonly aboutStaffId: string | null;
  readonly allegationOutcome: AllegationOutcome | null;
  readonly triaged: boolean;
  readonly escalations: Readonly<Record<string, { readonly agency: Agency; readonly outcome: string | null }>>;
  readonly actions: Readonly<Record<string, { readonly assigneeId: string; readonly done: boolean }>>;
  readonly evidence: readonly string[];
}

export type IncidentState = { readonly status: 'unreported' } | ({ readonly status: 'open' | 'closed' } & IncidentFacts);

const NEED_REFERENCE: readonly Agency[] = ['police', 'lado'];

function decideOnOpen(command: IncidentCommand, state: IncidentFacts): IncidentEvent[] {
  const id = state.incidentId;
  switch (command.kind) {
    case 'ReportIncident':
      throw IncidentErrors.alreadyReported(id);
    case 'TriageIncident':
      checkRole(command, INCIDENT_ROLES[command.kind], 'triage an incident');
      checkCurrentStaff(command.context, command.actor.id, command.occurredAt, 'triager');
      ensure(command.rationale.trim(), () => IncidentErrors.emptyText('rationale'));
      return [
        {
          type: 'IncidentTriaged',
          data: { incidentId: id, decision: command.decision, rationale: command.rationale, triagedBy: command.actor.id },
        },
      ];
    case 'EscalateIncident': {
      checkRole(command, INCIDENT_ROLES[command.kind], 'escalate an incident');
      checkCurrentStaff(command.context, command.actor.id, command.occurredAt, 'escalating DSL');
      ensure(!state.escalations[command.escalationId], () => IncidentErrors.duplicateId('Escalation', command.escalationId));
      ensure(command.agency !== 'lado' || state.aboutStaff, () => IncidentErrors.ladoNeedsStaff(id));
      const reference = command.reference?.trim() || null;
      const pending = command.referencePending === true && reference === null;
      ensure(!NEED_REFERENCE.includes(command.agency) || reference !== null || pending, () =>
        IncidentErrors.referenceRequired(command.agency),
      );
      return [
        {
          type: 'IncidentEscalated',
          data: {
            incidentId: id,
            escalationId: command.escalationId,
            agency: command.agency,
            reference,
            referencePending: pending,
            escalatedBy: command.actor.id,
          },
        },
      ];
    }
    case 'RecordEscalationOutcome':
      checkRole(command, INCIDENT_ROLES[command.kind], 'record an escalation outcome');
      ensure(state.escalations[command.escalationId], () => IncidentErrors.unknownEscalation(id, command.escalationId));
      ensure(command.outcome.trim(), () => IncidentErrors.emptyText('outcome'));
      return [
        {
          type: 'EscalationOutcomeRecorded',
          data: {
            incidentId: id,
            escalationId: command.escalationId,
            outcome: command.outcome,
            reference: command.reference?.trim() || null,
          },
        },
      ];
    case 'PreserveEvidence': {
      checkRole(command, INCIDENT_ROLES[command.kind], 'preserve evidence');
      // Normalised here, so the API, the CLI and the demo record the same hash for the same file.
      const sha256 = command.sha256.toLowerCase();
      ensure(/^[0-9a-f]{64}$/.test(sha256), () => IncidentErrors.invalidHash(command.sha256));
      ensure(!state.evidence.includes(command.evidenceId), () => IncidentErrors.duplicateId('Evidence', command.evidenceId));
      return [
        {
          type: 'EvidencePreserved',
          data: {
            incidentId: id,
            evidenceId: command.evidenceId,
            sha256,
            heldAt: command.heldAt,
            description: command.description,
          },
        },
      ];
    }
    case 'InformParents':
      checkRole(command, INCIDENT_ROLES[command.kind], 'inform parents');
      return [{ type: 'ParentsInformed', data: { incidentId: id, informedBy: command.actor.id, method: command.method } }];
    case 'ApplySanction':
      checkRole(command, INCIDENT_ROLES[command.kind], 'apply a sanction');
      return [{ type: 'SanctionApplied', data: { incidentId: id, pupilId: command.pupilId, sanction: command.sanction } }];
    case 'AssignIncidentAction':
      checkRole(command, INCIDENT_ROLES[command.kind], 'assign an action');
      ensure(!state.actions[command.actionId], () => IncidentErrors.duplicateId('Action', command.actionId));
      checkCurrentStaff(command.context, command.assigneeId, command.occurredAt, 'assignee');
      checkDueDate('dueOn', command.dueOn, command.context.now);
      return [
        {
          type: 'IncidentActionAssigned',
          data: {
            incidentId: id,
            actionId: command.actionId,
            description: command.description,
            assigneeId: command.assigneeId,
            dueOn: command.dueOn,
          },
        },
      ];
    case 'CompleteIncidentAction': {
      checkRole(command, INCIDENT_ROLES[command.kind], 'complete an action');
      const action = state.actions[command.actionId];
      ensure(action, () => IncidentErrors.unknownAction(id, command.actionId));
      ensure(!action.done, () => IncidentErrors.actionDone(id, command.actionId));
      if (command.actor.id !== action.assigneeId) checkRole(command, DSL_ROLES, "complete someone else's action");
      return [{ type: 'IncidentActionCompleted', data: { incidentId: id, actionId: command.actionId, completedBy: command.actor.id } }];
    }
    case 'CloseIncident': {
      checkRole(command, INCIDENT_ROLES[command.kind], 'close an incident');
      ensure(state.triaged, () => IncidentErrors.notTriaged(id));
      const open = Object.entries(state.escalations).find(([, e]) => e.outcome === null);
      ensure(!open, () => IncidentErrors.escalationOpen(id, open![0]));
      ensure(command.outcome.trim(), () => IncidentErrors.emptyText('outcome'));
      return [{ type: 'IncidentClosed', data: { incidentId: id, outcome: command.outcome } }];
    }
    case 'ReopenIncident':
      throw IncidentErrors.notClosed(id);
    case 'RecordAllegationOutcome':
      return decideAllegationOutcome(command, state);
  }
}

/** KCSIE Part 4: one outcome per allegation, recorded while it is open or after it closed. */
function decideAllegationOutcome(
  command: Extract<IncidentCommand, { kind: 'RecordAllegationOutcome' }>,
  state: IncidentFacts,
): IncidentEvent[] {
  checkRole(command, INCIDENT_ROLES[command.kind], 'record the outcome of an allegation');
  ensure(state.aboutStaffId !== null, () => IncidentErrors.notAnAllegation(state.incidentId));
  ensure(state.allegationOutcome === null, () => IncidentErrors.outcomeRecorded(state.incidentId));
  return [
    {
      type: 'AllegationOutcomeRecorded',
      data: { incidentId: state.incidentId, aboutStaffId: state.aboutStaffId, outcome: command.outcome, recordedBy: command.actor.id },
    },
  ];
}

/** One incident and every action on it (stream `incident-<setting>.<incidentId>`). */
export const incidentDecider: Decider<IncidentCommand, IncidentEvent, IncidentState> = {
  initialState: () => ({ status: 'unreported' }),

  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command, { emptyText: IncidentErrors.emptyText });
    if (state.status === 'unreported') {
      if (command.kind !== 'ReportIncident') throw IncidentErrors.notFound(command.incidentId);
      checkRole(command, INCIDENT_ROLES[command.kind], 'report a concern');
      checkCurrentStaff(command.context, command.actor.id, command.occurredAt, 'reporter');
      ensure(command.narrative.trim(), () => IncidentErrors.emptyText('narrative'));
      const subjectId = command.aboutStaffId ?? command.involvedPupilIds[0] ?? command.incidentId;
      return [
        {
          type: 'IncidentReported',
          data: {
            incidentId: command.incidentId,
            category: command.category,
            reporterId: command.actor.id,
            involvedPupilIds: command.involvedPupilIds,
            aboutStaffId: command.aboutStaffId ?? null,
            subjectId,
            narrative: command.narrative,
            childsWords: command.childsWords ?? null,
          },
        },
      ];
    }
    if (state.status === 'closed') {
      if (command.kind === 'RecordAllegationOutcome') return decideAllegationOutcome(command, state);
      if (command.kind !== 'ReopenIncident') throw IncidentErrors.closed(state.incidentId);
      checkRole(command, INCIDENT_ROLES[command.kind], 'reopen an incident');
      ensure(command.reason.trim(), () => IncidentErrors.emptyText('reason'));
      return [{ type: 'IncidentReopened', data: { incidentId: state.incidentId, reason: command.reason } }];
    }
    return decideOnOpen(command, state);
  },

  evolve(state, event) {
    if (event.type === 'IncidentReported') {
      const d = event.data;
      return {
        status: 'open',
        incidentId: d.incidentId,
        aboutStaff: d.aboutStaffId !== null,
        aboutStaffId: d.aboutStaffId,
        allegationOutcome: null,
        triaged: false,
        escalations: {},
        actions: {},
        evidence: [],
      };
    }
    if (state.status === 'unreported') return state;
    switch (event.type) {
      case 'IncidentTriaged':
        return { ...state, triaged: true };
      case 'IncidentEscalated':
        return { ...state, escalations: { ...state.escalations, [event.data.escalationId]: { agency: event.data.agency, outcome: null } } };
      case 'EscalationOutcomeRecorded': {
        const escalation = state.escalations[event.data.escalationId]!;
        return {
          ...state,
          escalations: { ...state.escalations, [event.data.escalationId]: { ...escalation, outcome: event.data.outcome } },
        };
      }
      case 'EvidencePreserved':
        return { ...state, evidence: [...state.evidence, event.data.evidenceId] };
      case 'IncidentActionAssigned':
        return { ...state, actions: { ...state.actions, [event.data.actionId]: { assigneeId: event.data.assigneeId, done: false } } };
      case 'IncidentActionCompleted':
        return { ...state, actions: { ...state.actions, [event.data.actionId]: { ...state.actions[event.data.actionId]!, done: true } } };
      case 'IncidentClosed':
        return { ...state, status: 'closed' };
      case 'IncidentReopened':
        return { ...state, status: 'open' };
      case 'AllegationOutcomeRecorded':
        return { ...state, allegationOutcome: event.data.outcome };
      case 'ParentsInformed':
      case 'SanctionApplied':
        return state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

/** The stream of one incident. */
export function toIncidentStreamId(tenantId: string, incidentId: string): string {
  return streamId('incident', tenantId, incidentId);
}
