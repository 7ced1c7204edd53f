import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import { withRuleInForce } from './application/rule-in-force.js';
import type { CatalogueCommand, CompletionRequest } from './domain/training.commands.js';
import { catalogueDecider, completionsDecider, toCatalogueStreamId, toTrainingRecordStreamId } from './domain/training.decider.js';
import { TRAINING_ROLES } from './domain/training.roles.js';
import {
  CorrectCompletionInput,
  DefineCourseInput,
  RecordCompletionInput,
  RetractCompletionInput,
  SetCadenceRuleInput,
  SetTrainingRequirementInput,
} from './graphql/training.input.js';

const courses = aggregateCatalogue({
  decider: catalogueDecider,
  toStreamId: (c: WithoutContext<CatalogueCommand>) => toCatalogueStreamId(c.tenantId),
  aggregateId: (c) => c.courseId,
  roles: TRAINING_ROLES,
})({
  DefineCourse: command(DefineCourseInput, {
    description: 'Add a course to the training catalogue; returns the course id',
    toCommand: (input, newId) => ({ kind: 'DefineCourse', courseId: input.courseId ?? newId(), title: input.title }),
  }),
  SetCadenceRule: command(SetCadenceRuleInput, {
    description: 'Set how often a course must be refreshed (a new version of its cadence rule); returns the course id',
    toCommand: (input) => ({ kind: 'SetCadenceRule', courseId: input.courseId, intervalMonths: input.intervalMonths, note: input.note }),
  }),
  SetTrainingRequirement: command(SetTrainingRequirementInput, {
    description: 'Set which roles must complete a course; returns the course id',
    toCommand: (input) => ({ kind: 'SetTrainingRequirement', courseId: input.courseId, roles: input.roles }),
  }),
});

const completions = aggregateCatalogue({
  decider: completionsDecider,
  toStreamId: (c: CompletionRequest) => toTrainingRecordStreamId(c.tenantId, c.staffId),
  aggregateId: (c) => c.completionId,
  roles: TRAINING_ROLES,
  lookUp: withRuleInForce,
})({
  RecordCompletion: command(RecordCompletionInput, {
    description: 'Record that a member of staff completed a course; returns the completion id',
    toCommand: (input, newId) => ({
      kind: 'RecordCompletion',
      completionId: input.completionId ?? newId(),
      staffId: input.staffId,
      courseId: input.courseId,
      completedOn: input.completedOn,
      provider: input.provider,
      certificateHash: input.certificateHash,
    }),
    staffIds: (c) => [c.staffId],
  }),
  CorrectCompletion: command(CorrectCompletionInput, {
    description: 'Correct a recorded completion with a superseding one; returns the new completion id',
    toCommand: (input, newId) => ({
      kind: 'CorrectCompletion',
      completionId: input.completionId ?? newId(),
      staffId: input.staffId,
      correctsCompletionId: input.correctsCompletionId,
      completedOn: input.completedOn,
      provider: input.provider,
      reason: input.reason,
    }),
    staffIds: (c) => [c.staffId],
  }),
  RetractCompletion: command(RetractCompletionInput, {
    description: 'Retract a recorded completion that should never have counted; returns its id',
    toCommand: (input) => ({ kind: 'RetractCompletion', completionId: input.completionId, staffId: input.staffId, reason: input.reason }),
    staffIds: (c) => [c.staffId],
  }),
});

/** Every training command: the catalogue of courses, cadence rules and requirements, and staff completions. */
export const TRAINING_CATALOGUE = new CommandCatalogue<WithoutContext<CatalogueCommand> | CompletionRequest>([...courses, ...completions]);
