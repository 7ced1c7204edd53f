/** Training: courses, per-setting versioned cadence rules, requirements by role, completions, and its command catalogue. */
export * from './domain/training.commands.js';
export * from './domain/training.decider.js';
export * from './domain/training.errors.js';
export * from './domain/training.events.js';
export * from './domain/training.roles.js';
export { TRAINING_CATALOGUE } from './training.catalogue.js';
