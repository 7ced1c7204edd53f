import { LEADERSHIP_ROLES, STAFF_ROLES, type Role } from '@ledger/kernel';
import type { CatalogueCommand, CompletionCommand } from './training.commands.js';

/** Who may issue each training command: the one table the deciders check, the API's permission table lists and the README prints. */
export const TRAINING_ROLES = {
  DefineCourse: LEADERSHIP_ROLES,
  SetCadenceRule: LEADERSHIP_ROLES,
  SetTrainingRequirement: LEADERSHIP_ROLES,
  RecordCompletion: STAFF_ROLES,
  CorrectCompletion: STAFF_ROLES,
  RetractCompletion: STAFF_ROLES,
} as const satisfies Record<(CatalogueCommand | CompletionCommand)['kind'], readonly Role[]>;
