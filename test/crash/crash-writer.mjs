// A child process for the crash test: appends in a loop from four concurrent writers and
// prints each attempt before it starts and each acknowledgement after the store confirms
// it. Pipes are synchronous on Linux, so a printed line was written before the next step.
import { openLedger } from '../../dist/libs/ledger/src/index.js';

const [, , store, target] = process.argv;
const config = store === 'sqlite' ? { store, dataDir: target } : { store, dataDir: process.env.CRASH_DATA_DIR, databaseUrl: target };
const runtime = await openLedger(config);
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);
say({ ready: true });

let sequence = 0;
async function writer(w) {
  for (;;) {
    const stream = `incident-crash.s${(w + sequence) % 3}`;
    const size = 1 + (sequence % 5);
    const attempt = `${process.pid}-${w}-${sequence++}`;
    const ns = Array.from({ length: size }, (_, i) => `${attempt}-${i}`);
    const head = await runtime.store.streamHead(stream);
    say({ attempt, stream, ns });
    try {
      const result = await runtime.ledger.append(
        stream,
        head?.revision ?? 'no_stream',
        ns.map((n) => ({
          type: 'NoteRecorded',
          data: { n },
          meta: {
            tenantId: 'crash',
            actor: { id: 'w', role: 'dsl' },
            occurredAt: '2025-01-01T00:00:00.000Z',
            correlationId: attempt,
            causationId: null,
          },
        })),
      );
      say({ ack: attempt, positions: result.events.map((e) => e.position) });
    } catch (error) {
      if (error.code !== 'LEDGER.CONCURRENCY') throw error;
      say({ conflict: attempt });
    }
  }
}
await Promise.all([0, 1, 2, 3].map(writer));
