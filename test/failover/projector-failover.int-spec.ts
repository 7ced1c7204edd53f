import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openLedger, type LedgerRuntime } from '@ledger/ledger';
import { createTestDatabase, meta, type TestDatabase } from '@ledger/testing';

const CLI = resolve('dist/apps/cli/src/main.js');
const TAKEOVER_BOUND_MS = 10_000;

interface ProjectorProcess {
  readonly child: ChildProcess;
  elected?: number;
  readonly exited: Promise<void>;
  output: string;
}

/** Starts `ledger project` from the build, watching its JSON log for the line saying it was elected. */
function startProjector(env: Record<string, string>): ProjectorProcess {
  const child = spawn(process.execPath, [CLI, 'project'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const processInfo: ProjectorProcess = { child, output: '', exited: new Promise<void>((r) => child.on('exit', () => r())) };
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      processInfo.output += `${line}\n`;
      if (line.includes('Elected: this process now runs the projections')) processInfo.elected ??= Date.now();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (processInfo.output += chunk.toString()));
  return processInfo;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('projector failover between two `ledger project` processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let runtime: LedgerRuntime;
  let pool: pg.Pool;
  let dataDir: string;
  const processes: ProjectorProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-failover-'));
    runtime = await openLedger({ store: 'postgres', dataDir, databaseUrl: database.url, masterKey: randomBytes(32).toString('base64') });
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
  });

  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    await pool?.end();
    await runtime?.close();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should let the waiting process take over within a bounded time after SIGKILL, applying every event exactly once', async () => {
    const env = {
      LEDGER_STORE: 'postgres',
      DATABASE_URL: database.url,
      LEDGER_DATA_DIR: dataDir,
      LEDGER_MASTER_KEY: runtime.masterKey.key.toString('base64'),
      LEDGER_CHECKPOINT_EVERY: '1000000',
      LEDGER_CHECKPOINT_SECONDS: '86400',
      LOG_LEVEL: 'info',
    };
    const first = startProjector(env);
    processes.push(first);
    await until(() => first.elected !== undefined, 30_000, `the first projector to be elected:\n${first.output}`);
    const second = startProjector(env);
    processes.push(second);
    // The second one is running and campaigning, but must not be elected while the first lives.
    await until(() => second.output.includes('Projector process started'), 30_000, `the second projector to start:\n${second.output}`);

    let writing = true;
    let appended = 0;
    const writer = (async () => {
      const heads = new Map<string, number>();
      for (let i = 0; writing; i += 1) {
        const stream = `incident-failover.s${i % 25}`;
        const head = heads.get(stream);
        const result = await runtime.ledger.append(
          stream,
          head ?? 'no_stream',
          Array.from({ length: 1 + (i % 4) }, (_, k) => ({ type: 'NoteRecorded', data: { n: `${i}-${k}` }, meta: meta('failover') })),
        );
        heads.set(stream, result.nextExpectedRevision);
        appended += result.events.length;
      }
    })();

    const checkpoint = async () =>
      (await pool.query<{ position: string }>("SELECT position FROM projection_checkpoints WHERE projection = 'stream-summary'")).rows[0]
        ?.position ?? '0';
    // Let the leader project part of the stream, then kill it mid-work.
    await until(async () => Number(await checkpoint()) > 300, 30_000, 'the leader to project some events');
    expect(second.elected).toBeUndefined();
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await checkpoint();
    await until(() => second.elected !== undefined, TAKEOVER_BOUND_MS + 5_000, `the second projector to take over:\n${second.output}`);
    const takeoverMs = second.elected! - killedAt;
    process.stdout.write(`Projector takeover after SIGKILL of the leader: ${takeoverMs} ms (checkpoint at kill: ${atKill})\n`);
    expect(takeoverMs).toBeLessThan(TAKEOVER_BOUND_MS);

    await new Promise((r) => setTimeout(r, 1_000));
    writing = false;
    await writer;
    const head = await runtime.store.headPosition();
    await until(async () => (await checkpoint()) === head, 60_000, 'the new leader to catch up');
    expect(BigInt(atKill)).toBeLessThan(BigInt(head));

    // Every stream's summary counts each of its events exactly once and ends at its last event.
    const log = await pool.query<{ stream: string; events: string; last_hash: string }>(
      `SELECT stream, COUNT(*) AS events, (ARRAY_AGG(hash ORDER BY revision DESC))[1] AS last_hash FROM events GROUP BY stream`,
    );
    const docs = await pool.query<{ key: string; doc: string }>(
      "SELECT key, doc FROM projection_documents WHERE projection = 'stream-summary'",
    );
    const summaries = new Map(docs.rows.map((row) => [row.key, JSON.parse(row.doc) as { events: number; lastHash: string }]));
    const mismatches = log.rows.filter((row) => {
      const summary = summaries.get(row.stream);
      return summary?.events !== Number(row.events) || summary.lastHash !== row.last_hash;
    });
    expect(mismatches).toEqual([]);
    expect(summaries.size).toBe(log.rows.length);
    const total = log.rows.reduce((sum, row) => sum + Number(row.events), 0);
    expect(total).toBeGreaterThanOrEqual(appended);
    process.stdout.write(`Failover run: ${appended} events appended, ${total} in the log, every one projected once\n`);

    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.child.exitCode).toBe(0);
  }, 120_000);
});
