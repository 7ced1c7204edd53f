import { EventStoreDBClient, NO_STREAM, jsonEvent } from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { describeWithEventStore, startEventStore } from './eventstore-harness.js';

const harness = await startEventStore();

describeWithEventStore(harness, 'EventStoreDB harness', (connectionString) => {
  it('should reach a node that appends and reads back an event', async () => {
    const client = EventStoreDBClient.connectionString(connectionString);
    try {
      const stream = `harness-${randomUUID()}`;
      await client.appendToStream(stream, jsonEvent({ type: 'HarnessChecked', data: { ok: true } }), { expectedRevision: NO_STREAM });
      const types: string[] = [];
      for await (const resolved of client.readStream(stream)) types.push(resolved.event!.type);
      expect(types).toEqual(['HarnessChecked']);
    } finally {
      await client.dispose();
    }
  });
});
