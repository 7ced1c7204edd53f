/** Statutory and local clocks: per-setting versioned rules, the setting's calendar, and the pure clock reader. */
export * from './domain/clock.commands.js';
export * from './domain/clock.decider.js';
export * from './domain/clock.errors.js';
export * from './domain/clock.events.js';
export * from './domain/clock.roles.js';
export * from './domain/clock.rules.js';
export { CLOCKS_CATALOGUE } from './clocks.catalogue.js';
export * from './application/statutory-clocks.js';
