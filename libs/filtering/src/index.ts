/** The filtering context: events, commands, decider, roles, errors, and its command catalogue. */
export * from './domain/filtering.commands.js';
export * from './domain/filtering.decider.js';
export * from './domain/filtering.events.js';
export * from './domain/filtering.roles.js';
export { FILTERING_CATALOGUE } from './filtering.catalogue.js';
