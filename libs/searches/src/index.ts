/** The searches context: events, commands, decider, roles, errors, personal fields, and its command catalogue. */
export * from './domain/search.commands.js';
export * from './domain/search.decider.js';
export * from './domain/search.events.js';
export * from './domain/search.roles.js';
export * from './domain/search.errors.js';
export { searchPersonalData } from './domain/search.personal-data.js';
export { SEARCHES_CATALOGUE } from './searches.catalogue.js';
