import {
  checkOccurredAt,
  checkPastInstant,
  checkPayload,
  checkRole,
  ensure,
  normalInstant,
  RuleViolation,
  streamId,
  type Decider,
} from '@ledger/kernel';
import type { FilteringCommand } from './filtering.commands.js';
import type { FilteringEvent } from './filtering.events.js';
import { FILTERING_ROLES } from './filtering.roles.js';

export const FilteringErrors = {
  duplicateId: (id: string) => new RuleViolation('FILTERING.DUPLICATE_ID', `${id} is already recorded`, { id }),
  missingRationale: () =>
    new RuleViolation(
      'FILTERING.RATIONALE_REQUIRED',
      'A block or allow decision needs its rationale (the change-control log governors read)',
    ),
  informedBeforeReceived: () =>
    new RuleViolation('FILTERING.DSL_INFORMED_BEFORE_ALERT', 'The DSL cannot have been informed before the alert was received'),
  noAttendees: () => new RuleViolation('FILTERING.REVIEW_NEEDS_ATTENDEES', 'A filtering and monitoring review needs its attendees'),
};

export type FilteringState = { readonly status: 'filtering'; readonly ids: readonly string[] };

/** Filtering and monitoring (DfE standards 2023) for one setting (stream `filtering-<setting>.<setting>`). */
export const filteringDecider: Decider<FilteringCommand, FilteringEvent, FilteringState> = {
  initialState: () => ({ status: 'filtering', ids: [] }),
  decide(command, state) {
    checkOccurredAt(command);
    // The rationale has its own rule below (FILTERING.RATIONALE_REQUIRED).
    checkPayload(command, { mayBeEmpty: ['rationale'], nonEmptyLists: ['attendees'], emptyList: () => FilteringErrors.noAttendees() });
    const day = command.occurredAt.slice(0, 10);
    switch (command.kind) {
      case 'AssignFilteringRoles':
        checkRole(command, FILTERING_ROLES[command.kind], 'assign filtering and monitoring roles');
        return [{ type: 'FilteringRolesAssigned', data: { sltLeadId: command.sltLeadId, governorId: command.governorId } }];
      case 'HoldFilteringReview':
        checkRole(command, FILTERING_ROLES[command.kind], 'record a filtering and monitoring review');
        ensure(!state.ids.includes(command.reviewId), () => FilteringErrors.duplicateId(command.reviewId));
        ensure(command.attendees.length > 0, () => FilteringErrors.noAttendees());
        return [
          {
            type: 'FilteringReviewHeld',
            data: {
              reviewId: command.reviewId,
              heldOn: day,
              attendees: command.attendees,
              findings: command.findings,
              actions: command.actions,
            },
          },
        ];
      case 'TestFilter':
        checkRole(command, FILTERING_ROLES[command.kind], 'record a filter test');
        ensure(!state.ids.includes(command.testId), () => FilteringErrors.duplicateId(command.testId));
        return [{ type: 'FilterTested', data: { testId: command.testId, testedOn: day, result: command.result, detail: command.detail } }];
      case 'RecordFilterDecision':
        checkRole(command, FILTERING_ROLES[command.kind], 'decide what is blocked or allowed');
        ensure(!state.ids.includes(command.decisionId), () => FilteringErrors.duplicateId(command.decisionId));
        ensure(command.rationale.trim(), () => FilteringErrors.missingRationale());
        return [
          {
            type: 'FilterDecisionRecorded',
            data: {
              decisionId: command.decisionId,
              decision: command.decision,
              target: command.target,
              rationale: command.rationale,
              decidedBy: command.actor.id,
            },
          },
        ];
      case 'HandleMonitoringAlert': {
        checkRole(command, FILTERING_ROLES[command.kind], 'handle a monitoring alert');
        ensure(!state.ids.includes(command.alertId), () => FilteringErrors.duplicateId(command.alertId));
        checkPastInstant('receivedAt', command.receivedAt, command.context.now);
        checkPastInstant('dslInformedAt', command.dslInformedAt, command.context.now);
        // Stored in one form (UTC, milliseconds) so that time-to-DSL compares like with like, whoever sends it.
        const receivedAt = normalInstant('receivedAt', command.receivedAt);
        const dslInformedAt = normalInstant('dslInformedAt', command.dslInformedAt);
        ensure(dslInformedAt >= receivedAt, () => FilteringErrors.informedBeforeReceived());
        return [
          {
            type: 'MonitoringAlertHandled',
            data: {
              alertId: command.alertId,
              receivedAt,
              dslInformedAt,
              summary: command.summary,
            },
          },
        ];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'FilteringRolesAssigned':
        return state;
      case 'FilteringReviewHeld':
        return { ...state, ids: [...state.ids, event.data.reviewId] };
      case 'FilterTested':
        return { ...state, ids: [...state.ids, event.data.testId] };
      case 'FilterDecisionRecorded':
        return { ...state, ids: [...state.ids, event.data.decisionId] };
      case 'MonitoringAlertHandled':
        return { ...state, ids: [...state.ids, event.data.alertId] };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export const toFilteringStreamId = (tenantId: string): string => streamId('filtering', tenantId, tenantId);
