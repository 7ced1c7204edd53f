/** The policies context: events, commands, decider, roles, errors, personal fields, and its command catalogue. */
export * from './domain/document.commands.js';
export * from './domain/document.decider.js';
export * from './domain/document.events.js';
export * from './domain/document.roles.js';
export * from './domain/document.errors.js';
export { documentPersonalData } from './domain/document.personal-data.js';
export { POLICIES_CATALOGUE } from './policies.catalogue.js';
