import {
  addMonths,
  checkCurrentStaff,
  checkOccurredAt,
  checkPastInstant,
  checkPayload,
  checkRole,
  ensure,
  streamId,
  type Decider,
  type Role,
} from '@ledger/kernel';
import type { CatalogueCommand, CompletionCommand, RuleInForce } from './training.commands.js';
import { TrainingErrors } from './training.errors.js';
import { TRAINING_ROLES } from './training.roles.js';
import type { CatalogueEvent, CompletionEvent } from './training.events.js';

export type CatalogueState = {
  readonly status: 'catalogue';
  readonly courses: Readonly<Record<string, { readonly rule: RuleInForce | null; readonly roles: readonly Role[] }>>;
};

/**
 * The setting's training catalogue: courses, per-setting versioned cadence rules (local
 * authorities differ) and which roles need which course (stream `training-<setting>.catalogue`).
 */
export const catalogueDecider: Decider<CatalogueCommand, CatalogueEvent, CatalogueState> = {
  initialState: () => ({ status: 'catalogue', courses: {} }),
  decide(command, state) {
    checkOccurredAt(command);
    checkRole(command, TRAINING_ROLES[command.kind], 'change the training catalogue');
    checkPayload(command, { mayBeEmpty: ['note'] });
    const course = state.courses[command.courseId];
    switch (command.kind) {
      case 'DefineCourse':
        ensure(!course, () => TrainingErrors.courseExists(command.courseId));
        return [{ type: 'CourseDefined', data: { courseId: command.courseId, title: command.title } }];
      case 'SetCadenceRule':
        ensure(course, () => TrainingErrors.unknownCourse(command.courseId));
        ensure(Number.isInteger(command.intervalMonths) && command.intervalMonths >= 1 && command.intervalMonths <= 60, () =>
          TrainingErrors.invalidInterval(command.intervalMonths),
        );
        return [
          {
            type: 'CadenceRuleSet',
            data: {
              courseId: command.courseId,
              ruleVersion: (course.rule?.ruleVersion ?? 0) + 1,
              intervalMonths: command.intervalMonths,
              note: command.note,
            },
          },
        ];
      case 'SetTrainingRequirement':
        ensure(course, () => TrainingErrors.unknownCourse(command.courseId));
        return [{ type: 'TrainingRequirementSet', data: { courseId: command.courseId, roles: command.roles } }];
    }
  },
  evolve(state, event) {
    const course = state.courses[event.data.courseId] ?? { rule: null, roles: [] };
    switch (event.type) {
      case 'CourseDefined':
        return { ...state, courses: { ...state.courses, [event.data.courseId]: course } };
      case 'CadenceRuleSet':
        return {
          ...state,
          courses: {
            ...state.courses,
            [event.data.courseId]: { ...course, rule: { ruleVersion: event.data.ruleVersion, intervalMonths: event.data.intervalMonths } },
          },
        };
      case 'TrainingRequirementSet':
        return { ...state, courses: { ...state.courses, [event.data.courseId]: { ...course, roles: event.data.roles } } };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export type CompletionsState = { readonly status: 'record'; readonly live: readonly string[]; readonly all: readonly string[] };

function completedOnValid(completedOn: string, now: string): void {
  ensure(/^\d{4}-\d{2}-\d{2}$/.test(completedOn), () => TrainingErrors.invalidDate(completedOn));
  ensure(completedOn <= now.slice(0, 10), () => TrainingErrors.futureCompletion(completedOn));
  checkPastInstant('completedOn', completedOn, now);
}

/** One person's training record (stream `training-<setting>.<staffId>`). Corrections supersede, never edit. */
export const completionsDecider: Decider<CompletionCommand, CompletionEvent, CompletionsState> = {
  initialState: () => ({ status: 'record', live: [], all: [] }),
  decide(command, state) {
    checkOccurredAt(command);
    checkRole(command, TRAINING_ROLES[command.kind], 'record training');
    checkPayload(command);
    ensure(!state.all.includes(command.completionId) || command.kind === 'RetractCompletion', () =>
      TrainingErrors.duplicateCompletion(command.completionId),
    );
    switch (command.kind) {
      case 'RecordCompletion': {
        checkCurrentStaff(command.context, command.staffId, `${command.completedOn}T12:00:00.000Z`, 'trainee');
        completedOnValid(command.completedOn, command.context.now);
        const rule = command.rule;
        ensure(rule, () => TrainingErrors.noRule(command.courseId));
        return [
          {
            type: 'TrainingCompletionRecorded',
            data: {
              completionId: command.completionId,
              staffId: command.staffId,
              courseId: command.courseId,
              completedOn: command.completedOn,
              provider: command.provider,
              // Normalised here, so the API, the CLI and the demo record the same hash for the same certificate.
              certificateHash: command.certificateHash?.toLowerCase() ?? null,
              expiresOn: addMonths(command.completedOn, rule.intervalMonths),
              ruleVersion: rule.ruleVersion,
            },
          },
        ];
      }
      case 'CorrectCompletion': {
        ensure(state.live.includes(command.correctsCompletionId), () => TrainingErrors.unknownCompletion(command.correctsCompletionId));
        completedOnValid(command.completedOn, command.context.now);
        const rule = command.rule;
        ensure(rule, () => TrainingErrors.noRule(command.correctsCompletionId));
        return [
          {
            type: 'TrainingCompletionCorrected',
            data: {
              completionId: command.completionId,
              correctsCompletionId: command.correctsCompletionId,
              completedOn: command.completedOn,
              provider: command.provider,
              expiresOn: addMonths(command.completedOn, rule.intervalMonths),
              ruleVersion: rule.ruleVersion,
              reason: command.reason,
            },
          },
        ];
      }
      case 'RetractCompletion':
        ensure(state.live.includes(command.completionId), () =>
          state.all.includes(command.completionId)
            ? TrainingErrors.alreadyRetracted(command.completionId)
            : TrainingErrors.unknownCompletion(command.completionId),
        );
        return [{ type: 'TrainingCompletionRetracted', data: { completionId: command.completionId, reason: command.reason } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'TrainingCompletionRecorded':
        return { ...state, live: [...state.live, event.data.completionId], all: [...state.all, event.data.completionId] };
      case 'TrainingCompletionCorrected':
        return {
          ...state,
          live: [...state.live.filter((id) => id !== event.data.correctsCompletionId), event.data.completionId],
          all: [...state.all, event.data.completionId],
        };
      case 'TrainingCompletionRetracted':
        return { ...state, live: state.live.filter((id) => id !== event.data.completionId) };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export const toCatalogueStreamId = (tenantId: string): string => streamId('training', tenantId, 'catalogue');
export const toTrainingRecordStreamId = (tenantId: string, staffId: string): string => streamId('training', tenantId, staffId);
