/** The searches context: events, commands, decider, errors, personal fields, and its command handler. */
export * from './domain/search.commands.js';
export * from './domain/search.decider.js';
export * from './domain/search.events.js';
export { ExecuteSearchCommand } from './application/searches.command-handler.js';
export { SearchModule } from './searches.module.js';
export * from './domain/search.errors.js';
export { searchPersonalData } from './domain/search.personal-data.js';
