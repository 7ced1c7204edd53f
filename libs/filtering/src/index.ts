/** The filtering context: events, commands, decider, errors, personal fields, and its command handler. */
export * from './domain/filtering.commands.js';
export * from './domain/filtering.decider.js';
export * from './domain/filtering.events.js';
export { ExecuteFilteringCommand } from './application/filtering.command-handler.js';
export { FilteringModule } from './filtering.module.js';
