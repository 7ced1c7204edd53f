/** The DSL's statutory work: child-protection file transfer, alternative-provision placements, the single central record. */
export * from './domain/ap-placement.commands.js';
export * from './domain/ap-placement.decider.js';
export * from './domain/ap-placement.events.js';
export * from './domain/ap-placement.roles.js';
export * from './domain/central-record.commands.js';
export * from './domain/central-record.decider.js';
export * from './domain/central-record.events.js';
export * from './domain/central-record.roles.js';
export * from './domain/cp-transfer.commands.js';
export * from './domain/cp-transfer.decider.js';
export * from './domain/cp-transfer.events.js';
export * from './domain/cp-transfer.roles.js';
export * from './domain/statutory.projections.js';
export * from './domain/statutory.roles.js';
export { STATUTORY_CATALOGUE } from './statutory.catalogue.js';
export * from './application/transfer-package.js';
