/** Training: courses, per-setting versioned cadence rules, requirements by role, completions. */
export * from './domain/training.commands.js';
export * from './domain/training.decider.js';
export * from './domain/training.errors.js';
export * from './domain/training.events.js';
export { ExecuteCatalogueCommand, ExecuteCompletionCommand, type CompletionRequest } from './application/training.command-handlers.js';
export { TrainingModule } from './training.module.js';
