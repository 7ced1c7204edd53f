import { startEventStore, describeWithEventStore } from '../eventstore/eventstore-harness.js';
import { eventStoreDbSubject } from './contract-subjects.js';
import { eventStoreContract } from './event-store.contract.js';

// TEST_EVENTSTORE_URL, else a KurrentDB container; where neither exists, one line says so and the suite is skipped.
const harness = await startEventStore();

describeWithEventStore(harness, 'EventStoreDB adapter', (connectionString) => {
  eventStoreContract('eventstoredb', () => eventStoreDbSubject(connectionString));
});
