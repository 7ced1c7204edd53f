/** The policies context: events, commands, decider, errors, personal fields, and its command handler. */
export * from './domain/document.commands.js';
export * from './domain/document.decider.js';
export * from './domain/document.events.js';
export { ExecuteDocumentCommand } from './application/policies.command-handler.js';
export { DocumentModule } from './policies.module.js';
export * from './domain/document.errors.js';
export { documentPersonalData } from './domain/document.personal-data.js';
