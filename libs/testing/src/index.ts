/** Test harnesses: PostgreSQL, EventStoreDB and the app over HTTP. */
export { containerRuntimeProblem } from './container-runtime.js';
export { describeWithEventStore, startEventStore, KURRENTDB_IMAGE, type EventStoreHarness } from './eventstore/eventstore-harness.js';
export { ADMIN_URL_VARIABLE, createTestDatabase, type TestDatabase } from './postgres/test-database.js';
export { startTestApp, type TestApp } from './e2e/test-app.js';
