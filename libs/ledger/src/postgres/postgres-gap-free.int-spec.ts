import type { RecordedEvent } from '@ledger/kernel';
import { collect, createTestDatabase, chainProblems, meta, settleWithin, type TestDatabase } from '@ledger/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type LedgerRuntime } from '../open-ledger.js';

/**
 * Several store instances (each its own pool and commit queue, as separate processes
 * would be) append at once while a subscriber on another instance follows the log.
 * The advisory lock must make positions follow commit order: the subscriber may never
 * pass a position that a still-open transaction later fills.
 */
describe('PostgreSQL global order under concurrent writers in separate instances', () => {
  let database: TestDatabase;
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-gapfree-'));
  const runtimes: LedgerRuntime[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const masterKey = randomBytes(32).toString('base64');
    for (let i = 0; i < 5; i += 1) runtimes.push(await openLedger({ store: 'postgres', dataDir, databaseUrl: database.url, masterKey }));
  });

  afterAll(async () => {
    for (const runtime of runtimes) await runtime.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should let a live subscriber see every event once, in order, with no gap filled behind it', async () => {
    const [reader, ...writers] = runtimes;
    const perWriter = 100;
    const batch = 5;
    const total = writers.length * 2 * perWriter * batch;
    const controller = new AbortController();
    const seen: RecordedEvent[] = [];
    const subscriber = (async () => {
      for await (const event of reader!.store.subscribe({ after: '0', signal: controller.signal })) {
        seen.push(event);
        if (seen.length >= total) controller.abort();
      }
    })();
    await Promise.all(
      writers.flatMap((runtime, w) =>
        [0, 1].map(async (lane) => {
          const stream = `incident-gapfree.w${w}-${lane}`;
          let head: { revision: number; hash: string } | undefined;
          for (let i = 0; i < perWriter; i += 1) {
            const events = Array.from({ length: batch }, (_, j) => ({
              type: 'NoteRecorded',
              data: { n: `${w}-${lane}-${i}-${j}` },
              meta: meta('gapfree'),
            }));
            const result = await runtime.ledger.append(stream, head?.revision ?? 'no_stream', events, { expectedHash: head?.hash });
            head = { revision: result.nextExpectedRevision, hash: result.events.at(-1)!.hash };
          }
        }),
      ),
    );
    await settleWithin(subscriber, 20_000);
    controller.abort();
    await subscriber;
    const all = await collect(reader!.store.readAll());
    expect(all).toHaveLength(total);
    expect(seen.map((e) => e.position)).toEqual(all.map((e) => e.position));
    expect(chainProblems(all)).toEqual([]);
  }, 60_000);
});
