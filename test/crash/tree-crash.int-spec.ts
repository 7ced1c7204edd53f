import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MerkleLog, openLedger, verifyLog, type LedgerRuntime } from '@ledger/ledger';
import { collect, createTestDatabase } from '@ledger/testing';

const WRITER = resolve('test/crash/tree-crash-writer.mjs');
const ROUNDS = 6;

/** Starts the tree writer, waits for a stored batch, lets it run a random while, then SIGKILLs it. */
async function runAndKill(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [WRITER, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const stored = new Promise<void>((r) => child.stdout.once('data', () => r()));
  await Promise.race([stored, exited]);
  if (child.exitCode !== null) throw new Error(`the tree writer stopped: ${stderr}`);
  await new Promise((r) => setTimeout(r, 20 + Math.random() * 300));
  child.kill('SIGKILL');
  await exited;
}

/** The stored tree after a kill: marker, leaves and nodes agree with the log, and it resumes to the right root. */
async function checkTree(runtime: LedgerRuntime): Promise<void> {
  const events = await collect(runtime.store.readAll());
  const state = await runtime.merkleTree.state();
  expect(state.size).toBeGreaterThan(0);
  expect(state.position).toBe(events[state.size - 1]!.position);
  const tree = new MerkleLog(runtime.store, runtime.merkleTree);
  await tree.load();
  const prefix = await verifyLog(
    (async function* () {
      yield* events.slice(0, state.size);
    })(),
  );
  expect(tree.root().toString('hex')).toBe(prefix.root);
  expect((await tree.rootAt(state.size)).toString('hex')).toBe(prefix.root);
  await tree.catchUp();
  const whole = await verifyLog(
    (async function* () {
      yield* events;
    })(),
  );
  expect(tree.size).toBe(events.length);
  expect(tree.root().toString('hex')).toBe(whole.root);
  const last = await runtime.merkleTree.leafOf(events.at(-1)!.id);
  expect(last).toMatchObject({ index: events.length - 1, position: events.at(-1)!.position });
}

describe('Crash safety of the stored Merkle tree (SIGKILL while folding)', () => {
  beforeAll(() => {
    if (!existsSync(resolve('dist/libs/ledger/src/index.js'))) throw new Error('dist is missing: run npm run build (npm test does)');
  });

  it(`should leave tree and marker consistent on SQLite across ${ROUNDS} kills`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-tree-crash-'));
    try {
      for (let round = 0; round < ROUNDS; round += 1) await runAndKill(['sqlite', dataDir], {});
      const runtime = await openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: undefined });
      try {
        await checkTree(runtime);
      } finally {
        await runtime.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it(`should leave tree and marker consistent on PostgreSQL across ${ROUNDS} kills`, async () => {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-tree-crash-pg-'));
    try {
      for (let round = 0; round < ROUNDS; round += 1) await runAndKill(['postgres', database.url], { CRASH_DATA_DIR: dataDir });
      const runtime = await openLedger({ store: 'postgres', dataDir, databaseUrl: database.url, masterKey: undefined });
      try {
        await checkTree(runtime);
      } finally {
        await runtime.close();
      }
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
