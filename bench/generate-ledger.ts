// node dist/bench/generate-ledger.js <dataDir> <events>: a SQLite ledger of generated events,
// written straight into the events table (one transaction per 20,000) with real UUIDv7 ids,
// chains and hashes, for `LEDGER_DATA_DIR=<dataDir> ledger verify` and the verify benchmark.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { GENESIS_HASH, newId } from '@ledger/kernel';
import { hashEvent, openLedger, storedJson, streamCategory, type LedgerRuntime } from '@ledger/ledger';

const STREAMS = 20_000;
const COURSES = ['safeguarding-update', 'kcsie-part1', 'online-safety', 'prevent'];

/** Appends `events` generated training completions across `streams` (default 20,000) streams of 5 settings. */
export async function generateEvents(
  runtime: LedgerRuntime,
  events: number,
  onProgress?: (n: number) => void,
  /** Training records (one per member of staff) across the 5 settings. */
  streams = STREAMS,
): Promise<void> {
  const raw = (runtime.store as unknown as { connection: Database.Database }).connection;
  const insert = raw.prepare(
    'INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const heads = new Map<string, { revision: number; hash: string }>();
  const write = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const tenantId = `setting-${i % 5}`;
      const staffId = `s${Math.floor(i / 5) % Math.max(1, Math.floor(streams / 5))}`;
      const stream = `training-${tenantId}.${staffId}`;
      const head = heads.get(stream);
      const completedOn = `20${20 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
      const event = {
        id: newId(),
        stream,
        revision: head === undefined ? 0 : head.revision + 1,
        type: 'TrainingCompletionRecorded',
        schema: 1,
        data: { completionId: `c${i}`, staffId, courseId: COURSES[i % COURSES.length], completedOn, provider: 'LA safeguarding team' },
        meta: {
          tenantId,
          actor: { id: `head-${i % 5}`, role: 'head' },
          occurredAt: `${completedOn}T10:00:00.000Z`,
          correlationId: `gen-${i}`,
          causationId: null,
          recordedAt: `${completedOn}T10:00:01.000Z`,
        },
        prevHash: head?.hash ?? GENESIS_HASH,
      };
      const hash = hashEvent(event);
      insert.run(
        event.id,
        stream,
        event.revision,
        tenantId,
        streamCategory(stream),
        event.type,
        event.schema,
        storedJson(event.data),
        storedJson(event.meta),
        hash,
        event.prevHash,
      );
      heads.set(stream, { revision: event.revision, hash });
    }
  });
  for (let from = 0; from < events; from += 20_000) {
    write(from, Math.min(events, from + 20_000));
    onProgress?.(Math.min(events, from + 20_000));
  }
}

export async function openGenerated(dataDir: string): Promise<LedgerRuntime> {
  return openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: randomBytes(32).toString('base64') });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dataDir, count] = process.argv.slice(2);
  if (!dataDir || !count) throw new Error('usage: node dist/bench/generate-ledger.js <dataDir> <events>');
  const runtime = await openGenerated(dataDir);
  const started = Date.now();
  await generateEvents(runtime, Number(count), (n) => process.stderr.write(`\r${n} events`));
  await runtime.close();
  process.stderr.write(`\nGenerated ${count} events in ${dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
