/** Access: who may do what (the permission table), sign-in tokens, inspection grants and the read log. */
export * from './domain/permissions.js';
export * from './domain/principal.js';
export * from './domain/inspection-access.commands.js';
export * from './domain/inspection-access.decider.js';
export * from './domain/inspection-access.errors.js';
export * from './domain/inspection-access.events.js';
export * from './auth/local-key.js';
export * from './auth/tokens.js';
export * from './domain/inspection-access.roles.js';
export { INSPECTION_ACCESS_CATALOGUE } from './inspection-access.catalogue.js';
export { InspectionGrants } from './application/inspection-grants.js';
export { ReadLog, type RecordedRead } from './application/read-log.js';
export { AccessModule } from './access.module.js';
