// One benchmark scenario in its own process, so that its peak resident memory is its own.
// Prints one JSON line: { name, adapter, events, seconds, latenciesMs, peakRssMb }.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { COMPLIANCE_PROJECTIONS, ComplianceViews } from '@ledger/compliance';
import { systemClock } from '@ledger/kernel';
import { generateEvents } from './generate-ledger.js';
import { generateSetting } from './generate.js';
import {
  CHECKPOINT_STREAM,
  collectCheckpoints,
  loadSigningKey,
  MerkleLog,
  Notary,
  openLedger,
  ProofService,
  Projector,
  verifyStoredLog,
  type RawLogReader,
  streamSummaryProjection,
  type LedgerRuntime,
  type PersonalDataPolicy,
  type Projection,
} from '@ledger/ledger';

interface Args {
  scenario: string;
  adapter: 'sqlite' | 'postgres';
  events: number;
  writers: number;
  batch: number;
  personal: boolean;
  databaseUrl?: string;
}

const args = JSON.parse(process.argv[2]!) as Args;
const POLICY: PersonalDataPolicy = { PupilNoted: [{ subject: (d) => d.pupilId as string, fields: ['name', 'words'] }] };

function eventData(i: number, personal: boolean): { type: string; data: Record<string, unknown> } {
  return personal
    ? {
        type: 'PupilNoted',
        data: { pupilId: `p${i % 500}`, name: `Pupil ${i % 500}`, words: 'they kept sending messages after I asked them to stop', n: i },
      }
    : {
        type: 'TrainingCompletionRecorded',
        data: { staffId: `s${i % 150}`, course: 'safeguarding-update', completedOn: '2025-09-03', provider: 'LA safeguarding team', n: i },
      };
}

const meta = {
  tenantId: 'bench',
  actor: { id: 'bench', role: 'dsl' },
  occurredAt: '2025-09-03T10:00:00.000Z',
  correlationId: 'bench',
  causationId: null,
};

async function open(dataDir: string): Promise<LedgerRuntime> {
  return openLedger(
    { store: args.adapter, dataDir, databaseUrl: args.databaseUrl, masterKey: randomBytes(32).toString('base64') },
    { personalData: POLICY },
  );
}

/** `writers` concurrent loops, each appending `batch`-event appends to its own streams. */
async function appendLoad(runtime: LedgerRuntime, total: number, writers: number, batch: number, personal: boolean): Promise<number[]> {
  const latencies: number[] = [];
  const perWriter = Math.ceil(total / writers / batch);
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      // Each writer knows its streams' heads from its own appends, as handleCommand does from its read.
      const heads = new Map<string, { revision: number; hash: string }>();
      for (let i = 0; i < perWriter; i += 1) {
        const stream = `training-bench.w${w}-${i % 50}`;
        const events = Array.from({ length: batch }, (_, j) => ({ ...eventData(w * 1_000_000 + i * batch + j, personal), meta }));
        const head = heads.get(stream);
        const started = performance.now();
        const result = await runtime.ledger.append(stream, head?.revision ?? 'no_stream', events, { expectedHash: head?.hash });
        latencies.push(performance.now() - started);
        heads.set(stream, { revision: result.nextExpectedRevision, hash: result.events.at(-1)!.hash });
      }
    }),
  );
  return latencies;
}

/** The ceiling: the same rows, written by plain INSERTs, one durable transaction per append. */
async function rawLoad(runtime: LedgerRuntime, dataDir: string, total: number, writers: number, batch: number): Promise<number[]> {
  const latencies: number[] = [];
  const perWriter = Math.ceil(total / writers / batch);
  const row = (w: number, i: number, j: number) => [
    randomUUID(),
    `raw-bench.w${w}-${i % 50}`,
    i * batch + j,
    'bench',
    'raw',
    'TrainingCompletionRecorded',
    1,
    JSON.stringify(eventData(i, false).data),
    JSON.stringify(meta),
    randomBytes(32).toString('hex'),
    randomBytes(32).toString('hex'),
  ];
  if (args.adapter === 'sqlite') {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dataDir, 'ledger.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const insert = db.prepare(
      'INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const write = db.transaction((rows: unknown[][]) => rows.forEach((r) => insert.run(...r)));
    // better-sqlite3 is synchronous: "concurrent" raw writers are necessarily serial.
    for (let w = 0; w < writers; w += 1)
      for (let i = 0; i < perWriter; i += 1) {
        const started = performance.now();
        write(Array.from({ length: batch }, (_, j) => row(w, i, j)));
        latencies.push(performance.now() - started);
      }
    db.close();
    return latencies;
  }
  const pool = new pg.Pool({ connectionString: args.databaseUrl, max: writers });
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i += 1) {
        const rows = Array.from({ length: batch }, (_, j) => row(w, i, j));
        const values: unknown[] = [];
        const tuples = rows.map((r, k) => {
          values.push(...r);
          return `(${r.map((_, c) => `$${k * 11 + c + 1}`).join(', ')})`;
        });
        const started = performance.now();
        await pool.query(
          `INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash) VALUES ${tuples.join(', ')}`,
          values,
        );
        latencies.push(performance.now() - started);
      }
    }),
  );
  await pool.end();
  return latencies;
}

async function emmettLoad(total: number, writers: number, batch: number): Promise<number[]> {
  const { getPostgreSQLEventStore } = await import('@event-driven-io/emmett-postgresql');
  const store = getPostgreSQLEventStore(args.databaseUrl!);
  const latencies: number[] = [];
  const perWriter = Math.ceil(total / writers / batch);
  // Warm up: Emmett creates its schema on first use.
  await store.appendToStream('warmup', [{ type: 'Warmup', data: {} }]);
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const versions = new Map<string, bigint>();
      for (let i = 0; i < perWriter; i += 1) {
        const stream = `training-bench.w${w}-${i % 50}`;
        const events = Array.from({ length: batch }, (_, j) => ({
          type: 'TrainingCompletionRecorded',
          data: eventData(i * batch + j, false).data,
          metadata: meta,
        }));
        const started = performance.now();
        const result = await store.appendToStream(stream, events, {
          expectedStreamVersion: versions.get(stream) ?? ('STREAM_DOES_NOT_EXIST' as never),
        });
        latencies.push(performance.now() - started);
        versions.set(stream, result.nextExpectedStreamVersion);
      }
    }),
  );
  await store.close();
  return latencies;
}

/**
 * A generated log (not timed), then: the notary folds it into the stored Merkle tree and signs
 * one checkpoint; verify recomputes every hash, chain, the root and the checkpoint from the
 * store's rows; and inclusion proofs of 1,000 random events are read from the stored tree.
 */
async function verifyScenario(runtime: LedgerRuntime, dataDir: string) {
  await generateEvents(runtime, args.events);
  let started = performance.now();
  const tree = new MerkleLog(runtime.store, runtime.merkleTree);
  const notary = new Notary(runtime.ledger, tree, () => loadSigningKey(dataDir), { every: 1, intervalMs: 0 }, systemClock);
  await notary.catchUpAndSign();
  const build = {
    name: `notary tree build ${args.events.toLocaleString('en-GB')} events`,
    events: tree.size,
    seconds: (performance.now() - started) / 1000,
    latenciesMs: [],
  };
  started = performance.now();
  const checkpoints = await collectCheckpoints(runtime.store.readStream(CHECKPOINT_STREAM));
  const report = await verifyStoredLog(runtime.store as unknown as RawLogReader, undefined, checkpoints);
  if (report.problem || report.checkpoints !== 1) throw new Error(`verify failed: ${JSON.stringify(report)}`);
  const verify = {
    name: `verify ${args.events.toLocaleString('en-GB')} events`,
    events: report.events,
    seconds: (performance.now() - started) / 1000,
    latenciesMs: [],
  };
  const proofs = ProofService.over(runtime);
  const ids: string[] = [];
  const raw = runtime.store as unknown as RawLogReader;
  for (let i = 0; i < 1000; i += 1) {
    const [row] = await raw.readRawRows(String(Math.floor(Math.random() * (report.events - 1))), 1);
    ids.push(row![1]);
  }
  const latenciesMs: number[] = [];
  started = performance.now();
  for (const id of ids) {
    const began = performance.now();
    await proofs.inclusionProof(id);
    latenciesMs.push(performance.now() - began);
  }
  const proof = {
    name: `inclusion proof, tree of ${report.events.toLocaleString('en-GB')}`,
    events: ids.length,
    seconds: (performance.now() - started) / 1000,
    latenciesMs,
  };
  return [verify, build, proof];
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  let latencies: number[] = [];
  let seconds: number;
  let events = args.events;
  let extra: Array<{ name: string; events: number; seconds: number; latenciesMs: number[] }> = [];
  try {
    if (args.scenario === 'emmett') {
      const started = performance.now();
      latencies = await emmettLoad(args.events, args.writers, args.batch);
      seconds = (performance.now() - started) / 1000;
    } else {
      const runtime = await open(dataDir);
      try {
        if (args.scenario === 'append') {
          const started = performance.now();
          latencies = await appendLoad(runtime, args.events, args.writers, args.batch, args.personal);
          seconds = (performance.now() - started) / 1000;
        } else if (args.scenario === 'views-rebuild') {
          // A trust of `writers` settings x `batch` staff x 5 years; rebuild every compliance view from zero.
          for (let t = 0; t < args.writers; t += 1) await generateSetting(runtime, `setting-${t}`, args.batch, 5);
          events = Number(await runtime.store.headPosition());
          const projector = new Projector(runtime.store, runtime.readModels, COMPLIANCE_PROJECTIONS);
          const started = performance.now();
          for (const projection of COMPLIANCE_PROJECTIONS) await projector.rebuild(projection.name);
          seconds = (performance.now() - started) / 1000;
        } else if (args.scenario === 'known-at') {
          // One setting of `batch` staff x 5 years; "as known at" training status, replayed in memory each time.
          await generateSetting(runtime, 'big-setting', args.batch, 5);
          events = args.events;
          const views = new ComplianceViews(runtime.store, runtime.readModels, systemClock);
          const knownAt = new Date(Date.now() + 60_000).toISOString();
          const started = performance.now();
          for (let q = 0; q < args.events; q += 1) {
            const began = performance.now();
            await views.trainingStatus('big-setting', { knownAt, asOf: '2025-06-30' });
            latencies.push(performance.now() - began);
          }
          seconds = (performance.now() - started) / 1000;
        } else if (args.scenario === 'verify') {
          extra = await verifyScenario(runtime, dataDir);
          ({ events, seconds } = extra.shift()!);
        } else if (args.scenario === 'raw') {
          const started = performance.now();
          latencies = await rawLoad(runtime, dataDir, args.events, args.writers, args.batch);
          seconds = (performance.now() - started) / 1000;
        } else {
          // replay: fill the log first (not timed), then rebuild the evidence index from zero.
          await appendLoad(runtime, args.events, 16, 100, false);
          events = Number(await runtime.store.headPosition());
          const projector = new Projector(runtime.store, runtime.readModels, [streamSummaryProjection as Projection]);
          const started = performance.now();
          await projector.rebuild('stream-summary');
          seconds = (performance.now() - started) / 1000;
        }
      } finally {
        await runtime.close();
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ events, seconds, latenciesMs: latencies, peakRssMb, extra })}\n`);
}

await main();
