import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@ledger/kernel';
import { collect, meta, sqliteSubject, type ContractSubject } from '@ledger/testing';
import { CHECKPOINT_STREAM, loadSigningKey } from '../integrity/checkpoint.js';
import { MerkleLog } from '../integrity/merkle-log.js';
import { Notary } from '../integrity/notary.js';
import type { LedgerRuntime } from '../open-ledger.js';
import type { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import type { Projection } from './projection.js';
import { Projector } from './projector.js';
import type { WorkerStatus } from './worker-status.js';

type Subject = ContractSubject & Pick<LedgerRuntime, 'merkleTree'>;

/** Each event becomes a document of a few kilobytes: the read model must grow the file. */
const bulky: Projection<{ n: number; padding: string }> = {
  name: 'bulky',
  canHandle: ['NoteRecorded'],
  keyOf: (event) => event.id,
  evolve: (_doc, event) => ({ n: Number(event.data.n), padding: 'x'.repeat(4000) }),
};

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A full disk, made real: the SQLite file may not grow past `PRAGMA max_page_count`, so
 * every write that needs a new page fails with SQLITE_FULL, as on a full disk; raising it
 * again is freeing space.
 */
describe('Background workers after a transient failure (a real SQLite file that fills up)', () => {
  let sut: Subject;
  let keyDir: string;
  const connection = () => (sut.store as SqliteEventStore).connection;
  const fillDisk = () => connection().pragma(`max_page_count = ${connection().pragma('page_count', { simple: true }) as number}`);
  const freeDisk = () => connection().pragma('max_page_count = 1073741823');

  beforeEach(async () => {
    sut = (await sqliteSubject()) as unknown as Subject;
    keyDir = mkdtempSync(join(tmpdir(), 'ledger-transient-'));
    const notes = Array.from({ length: 2000 }, (_, n) => ({ type: 'NoteRecorded', data: { n }, meta: meta() }));
    await sut.ledger.append('incident-school-a.full', 'no_stream', notes);
  });

  afterEach(async () => {
    freeDisk();
    await sut.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  describe('when a projection cannot write its documents', () => {
    it('should retry with backoff, report it, and resume from its checkpoint once space is freed', async () => {
      fillDisk();
      const projector = new Projector(sut.store, sut.readModels, [bulky], undefined, { baseMs: 10, capMs: 100 });
      projector.start();
      const status = () => projector.workerStatuses()[0]!;
      await until(() => status().retries >= 3, 'three retries');
      expect(status()).toMatchObject({ kind: 'projection', status: 'retrying', lastError: { code: 'LEDGER.DISK_FULL', transient: true } });

      freeDisk();
      const head = await sut.store.headPosition();
      expect(await projector.waitFor(head, 10_000)).toBe(true);
      expect(status()).toMatchObject({ status: 'running', retries: 0, position: head });
      await projector.stop();
      // Every event applied exactly once: one document per event.
      expect(await sut.readModels.list('bulky', 'school-a')).toHaveLength(2000);
      expect((await sut.readModels.checkpoint('bulky'))?.status).not.toBe('failed');
    });
  });

  describe('when the notary cannot store its tree', () => {
    it('should retry with backoff, report it, and sign checkpoints again once space is freed', async () => {
      fillDisk();
      const notary = new Notary(
        sut.ledger,
        new MerkleLog(sut.store, sut.merkleTree),
        () => loadSigningKey(keyDir),
        { every: 100, intervalMs: 3_600_000, retryBaseMs: 10, retryCapMs: 100 },
        systemClock,
        { error: () => undefined },
      );
      notary.start();
      const status = (): WorkerStatus => notary.workerStatuses()[0]!;
      try {
        await until(() => status().retries >= 3, 'three retries');
        expect(status()).toMatchObject({ kind: 'notary', status: 'retrying', lastError: { code: 'LEDGER.DISK_FULL', transient: true } });

        freeDisk();
        await until(async () => notary.treeSize >= 2000, 'the tree to fold the whole log');
        await until(
          async () => (await collect(sut.store.readStream(CHECKPOINT_STREAM))).some((e) => e.type === 'CheckpointSigned'),
          'a signed checkpoint',
        );
        await until(() => status().status === 'running' && status().retries === 0, 'the notary to report it recovered');
      } finally {
        await notary.stop();
      }
    });
  });
});
