import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLedger, type LedgerRuntime } from '@ledger/ledger';
import { chainProblems, collect, createTestDatabase, type TestDatabase } from '@ledger/testing';

const WRITER = resolve('test/crash/crash-writer.mjs');
const ROUNDS = 20;

interface Attempt {
  attempt: string;
  stream: string;
  ns: string[];
}

/** Runs the writer until it has acknowledged at least one append, lets it run a random while, then SIGKILLs it. */
async function runAndKill(args: string[], env: Record<string, string>): Promise<{ attempts: Attempt[]; acked: Set<string> }> {
  const child = spawn(process.execPath, [WRITER, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  let stderr = '';
  const attempts: Attempt[] = [];
  const acked = new Set<string>();
  let firstAck: () => void = () => undefined;
  const acknowledged = new Promise<void>((r) => (firstAck = r));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const message = JSON.parse(line);
      if (message.attempt) attempts.push(message);
      if (message.ack) {
        acked.add(message.ack);
        firstAck();
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  await Promise.race([acknowledged, exited]);
  if (acked.size === 0) throw new Error(`the writer acknowledged nothing: ${stderr}`);
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 400));
  child.kill('SIGKILL');
  await exited;
  return { attempts, acked };
}

async function checkSurvivors(runtime: LedgerRuntime, attempts: Attempt[], acked: Set<string>): Promise<void> {
  const events = await collect(runtime.store.readAll({ tenantId: 'crash' }));
  const byN = new Map<string, number>();
  for (const event of events) byN.set(String(event.data.n), (byN.get(String(event.data.n)) ?? 0) + 1);
  expect([...byN.values()].every((count) => count === 1)).toBe(true);
  expect(new Set(events.map((e) => e.position)).size).toBe(events.length);
  expect(chainProblems(events)).toEqual([]);
  const lost = [...acked].filter((attempt) => {
    const record = attempts.find((a) => a.attempt === attempt)!;
    return record.ns.some((n) => !byN.has(n));
  });
  expect(lost).toEqual([]);
  const partial = attempts.filter((a) => {
    const present = a.ns.filter((n) => byN.has(n)).length;
    return present !== 0 && present !== a.ns.length;
  });
  expect(partial).toEqual([]);
}

describe('Crash safety (SIGKILL while appending)', () => {
  beforeAll(() => {
    if (!existsSync(resolve('dist/libs/ledger/src/index.js'))) throw new Error('dist is missing: run npm run build (npm test does)');
  });

  it(`should keep every acknowledged append whole on SQLite across ${ROUNDS} kills`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
    try {
      const attempts: Attempt[] = [];
      const acked = new Set<string>();
      for (let round = 0; round < ROUNDS; round += 1) {
        const result = await runAndKill(['sqlite', dataDir], {});
        attempts.push(...result.attempts);
        result.acked.forEach((a) => acked.add(a));
      }
      const runtime = await openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: undefined });
      try {
        await checkSurvivors(runtime, attempts, acked);
        expect(acked.size).toBeGreaterThan(ROUNDS);
      } finally {
        await runtime.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it(`should keep every acknowledged append whole on PostgreSQL across ${ROUNDS} kills`, async () => {
    const database: TestDatabase = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-crash-pg-'));
    try {
      const attempts: Attempt[] = [];
      const acked = new Set<string>();
      for (let round = 0; round < ROUNDS; round += 1) {
        const result = await runAndKill(['postgres', database.url], { CRASH_DATA_DIR: dataDir });
        attempts.push(...result.attempts);
        result.acked.forEach((a) => acked.add(a));
      }
      const runtime = await openLedger({ store: 'postgres', dataDir, databaseUrl: database.url, masterKey: undefined });
      try {
        await checkSurvivors(runtime, attempts, acked);
        expect(acked.size).toBeGreaterThan(ROUNDS);
      } finally {
        await runtime.close();
      }
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
