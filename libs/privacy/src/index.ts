/** The privacy context: erasure units, lawful erasure, retention as events, legal holds, subject access. */
export * from './domain/privacy.commands.js';
export * from './domain/privacy.decider.js';
export * from './domain/privacy.events.js';
export * from './domain/privacy.errors.js';
export * from './domain/privacy.roles.js';
export * from './domain/retention.js';
export { completeErasures, destroyErasedKeys } from './application/erasure-completion.js';
export { privacyRegister, settingRecords } from './application/record-facts.js';
export { PRIVACY_CATALOGUE } from './privacy.catalogue.js';
/** The record kind as a GraphQL enum, for the views that show it. */
export { RecordKindEnum } from './graphql/privacy.input.js';
export * from './domain/retention-review.js';
export { reviewRetention } from './application/retention-review.js';
export {
  subjectAccessExport,
  subjectAccessHtml,
  WITHHELD,
  type SubjectAccessEntry,
  type SubjectAccessExport,
} from './application/subject-access.js';
