/** Test harnesses: PostgreSQL, EventStoreDB and the app over HTTP. */
export { containerRuntimeProblem } from './container-runtime.js';
export { describeWithEventStore, startEventStore, KURRENTDB_IMAGE, type EventStoreHarness } from './eventstore/eventstore-harness.js';
export { ADMIN_URL_VARIABLE, createTestDatabase, type TestDatabase } from './postgres/test-database.js';
export { eventStoreDbSubject, postgresSubject, sqliteSubject } from './contract/contract-subjects.js';
export {
  chainProblems,
  collect,
  CONTRACT_PERSONAL_DATA,
  eventStoreContract,
  meta,
  note,
  type ContractSubject,
} from './contract/event-store.contract.js';
export { given } from './decider-spec.js';
export { command, context, NOW, REGISTERED_AT, SETTING, staff, TODAY } from './domain-fixtures.js';
export { startTestApp, type TestApp } from './e2e/test-app.js';
export { settleWithin } from './timing.js';
