import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, meta, note } from '@ledger/testing';
import { openLedger, type LedgerRuntime } from '../open-ledger.js';
import { verifyStoredLog } from '../integrity/verify-log.js';
import type { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import {
  BACKUP_MANIFEST_FILE,
  BackupRefusedError,
  backupSqliteLedger,
  readManifest,
  restoreSqliteLedger,
  type BackupManifest,
} from './sqlite-backup.js';

const PERSONAL = {
  PupilNoted: [{ subject: (data: Readonly<Record<string, unknown>>) => data.pupilId as string, fields: ['name', 'words'] }],
};

async function open(dataDir: string): Promise<LedgerRuntime> {
  return openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: undefined }, { personalData: PERSONAL });
}

async function refusal(work: Promise<unknown>): Promise<string | undefined> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof BackupRefusedError ? error.code : `not refused: ${String(error)}`;
}

describe('backupSqliteLedger', () => {
  const root = mkdtempSync(join(tmpdir(), 'ledger-backup-'));
  const liveDir = join(root, 'live');
  let live: LedgerRuntime;
  let erasedWrappedKey: string;

  beforeAll(async () => {
    mkdirSync(liveDir);
    live = await open(liveDir);
    await live.ledger.append('pupil-school-a.p1', 'no_stream', [
      { type: 'PupilNoted', data: { pupilId: 'p1', name: 'Ada Example', words: 'it started on the group chat' }, meta: meta() },
    ]);
    await live.ledger.append('pupil-school-a.p2', 'no_stream', [
      { type: 'PupilNoted', data: { pupilId: 'p2', name: 'Bea Erased', words: 'nobody may read this again' }, meta: meta() },
    ]);
    erasedWrappedKey = (await live.keys.find('school-a', 'p2'))!.wrappedKey!;
    expect(await live.vault.erase('school-a', 'p2')).toBe(true);
    for (let i = 0; i < 200; i += 1) await live.ledger.append(`incident-school-a.${i}`, 'no_stream', [note(i), note(i + 1)]);
  });

  afterAll(async () => {
    await live.close();
    rmSync(root, { recursive: true, force: true });
  });

  describe('when a key is destroyed after a backup was taken (README: Backups and erasure)', () => {
    it('should still hold the key in the earlier backup, and not in a backup taken after the erasure', async () => {
      await live.ledger.append('pupil-school-a.p3', 'no_stream', [
        { type: 'PupilNoted', data: { pupilId: 'p3', name: 'Cal Later', words: 'erased after the backup' }, meta: meta() },
      ]);
      const wrapped = (await live.keys.find('school-a', 'p3'))!.wrappedKey!;
      const before = join(root, 'backup-before-erasure');
      const after = join(root, 'backup-after-erasure');
      await backupSqliteLedger({ dataDir: liveDir, outDir: before, masterKeyFromEnvironment: false, now: () => new Date() });
      expect(await live.vault.erase('school-a', 'p3')).toBe(true);
      await backupSqliteLedger({ dataDir: liveDir, outDir: after, masterKeyFromEnvironment: false, now: () => new Date() });
      expect(readFileSync(join(before, 'ledger.sqlite')).includes(Buffer.from(wrapped))).toBe(true);
      expect(readFileSync(join(after, 'ledger.sqlite')).includes(Buffer.from(wrapped))).toBe(false);
    });
  });

  describe('when taken while another connection keeps writing', () => {
    let manifest: BackupManifest;
    let headBefore: bigint;
    let headAfter: bigint;
    const backupDir = join(root, 'backup-under-load');

    beforeAll(async () => {
      let writing = true;
      let n = 0;
      const writer = (async () => {
        while (writing) {
          await live.ledger.append(`search-school-a.${n}`, 'no_stream', [note(n), note(n + 1), note(n + 2)]);
          n += 1;
        }
      })();
      // Let the load get going, then back up in the middle of it.
      while (n < 20) await new Promise((r) => setTimeout(r, 5));
      headBefore = BigInt(await live.store.headPosition());
      manifest = await backupSqliteLedger({ dataDir: liveDir, outDir: backupDir, masterKeyFromEnvironment: false, now: () => new Date() });
      const during = n;
      while (n < during + 20) await new Promise((r) => setTimeout(r, 5));
      writing = false;
      await writer;
      headAfter = BigInt(await live.store.headPosition());
    });

    it('should record a head inside the write load and the root of exactly that prefix of the log', async () => {
      expect(BigInt(manifest.head)).toBeGreaterThanOrEqual(headBefore);
      expect(BigInt(manifest.head)).toBeLessThan(headAfter);
      // The live log's first `head` events hash to the manifest's root.
      const prefix = await verifyStoredLog({
        readHashRows: async (after, limit) =>
          (await (live.store as SqliteEventStore).readHashRows(after, limit)).filter((row) => BigInt(row[0]) <= BigInt(manifest.head)),
        readRawRows: (after, limit) => (live.store as SqliteEventStore).readRawRows(after, limit),
      });
      expect(prefix.root).toBe(manifest.root);
      expect(manifest.events).toBe(prefix.events);
    });

    it('should hold the database, the master key and a checksum of every file', () => {
      expect(manifest.masterKey).toBe('included');
      expect(manifest.files.map((f) => f.name)).toEqual(expect.arrayContaining(['ledger.sqlite', 'master.key']));
      for (const file of manifest.files) {
        const content = readFileSync(join(backupDir, file.name));
        expect(createHash('sha256').update(content).digest('hex')).toBe(file.sha256);
      }
      expect(existsSync(join(backupDir, 'ledger.sqlite-wal'))).toBe(false);
      for (const file of manifest.files) expect(statSync(join(backupDir, file.name)).mode & 0o077).toBe(0);
    });

    it('should not carry the bytes of a destroyed subject key', () => {
      expect(readFileSync(join(backupDir, 'ledger.sqlite')).includes(Buffer.from(erasedWrappedKey))).toBe(false);
    });

    it('should restore into a ledger with the same head and root, whose personal data still reads', async () => {
      const restoredDir = join(root, 'restored');
      await restoreSqliteLedger({ backupDir, dataDir: restoredDir });
      const restored = await open(restoredDir);
      try {
        expect(await restored.store.headPosition()).toBe(manifest.head);
        const report = await verifyStoredLog(restored.store as SqliteEventStore);
        expect(report.problem).toBeUndefined();
        expect(report.root).toBe(manifest.root);
        const [pupil] = await collect(restored.ledger.readStream('pupil-school-a.p1'));
        expect(pupil!.data).toMatchObject({ name: 'Ada Example' });
        expect((await restored.keys.find('school-a', 'p2'))!.wrappedKey).toBeNull();
      } finally {
        await restored.close();
      }
    });

    describe('when the backup was altered', () => {
      const copy = (name: string) => {
        const dir = join(root, name);
        mkdirSync(dir);
        for (const file of [...manifest.files.map((f) => f.name), BACKUP_MANIFEST_FILE])
          writeFileSync(join(dir, file), readFileSync(join(backupDir, file)));
        return dir;
      };

      it('should refuse a changed file and write nothing', async () => {
        const dir = copy('tampered');
        const bytes = readFileSync(join(dir, 'ledger.sqlite'));
        bytes[bytes.length - 100] ^= 0xff;
        writeFileSync(join(dir, 'ledger.sqlite'), bytes);
        const target = join(root, 'from-tampered');
        expect(await refusal(restoreSqliteLedger({ backupDir: dir, dataDir: target }))).toBe('BACKUP.CHECKSUM_MISMATCH');
        expect(existsSync(target)).toBe(false);
      });

      it('should refuse a backup with a file missing', async () => {
        const dir = copy('incomplete');
        unlinkSync(join(dir, 'master.key'));
        expect(await refusal(restoreSqliteLedger({ backupDir: dir, dataDir: join(root, 'from-incomplete') }))).toBe('BACKUP.FILE_MISSING');
      });

      it('should refuse an event changed even when the manifest was rewritten to match', async () => {
        const dir = copy('forged');
        const db = new Database(join(dir, 'ledger.sqlite'));
        db.prepare("UPDATE events SET data = replace(data, '\"n\":5', '\"n\":6') WHERE stream = 'incident-school-a.5'").run();
        db.close();
        const forged = readManifest(dir);
        const content = readFileSync(join(dir, 'ledger.sqlite'));
        const files = forged.files.map((f) =>
          f.name === 'ledger.sqlite' ? { ...f, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') } : f,
        );
        writeFileSync(join(dir, BACKUP_MANIFEST_FILE), JSON.stringify({ ...forged, files }));
        const target = join(root, 'from-forged');
        expect(await refusal(restoreSqliteLedger({ backupDir: dir, dataDir: target }))).toBe('BACKUP.COPY_BROKEN');
        expect(existsSync(target)).toBe(false);
      });

      it('should refuse a directory without a manifest', async () => {
        const dir = copy('no-manifest');
        unlinkSync(join(dir, BACKUP_MANIFEST_FILE));
        expect(await refusal(restoreSqliteLedger({ backupDir: dir, dataDir: join(root, 'from-none') }))).toBe('BACKUP.MANIFEST_MISSING');
      });
    });

    it('should refuse to restore over a data directory that holds anything', async () => {
      const target = join(root, 'occupied');
      mkdirSync(target);
      writeFileSync(join(target, 'something'), 'x');
      expect(await refusal(restoreSqliteLedger({ backupDir, dataDir: target }))).toBe('BACKUP.TARGET_NOT_EMPTY');
    });

    it('should refuse to write into a directory that holds anything', async () => {
      expect(
        await refusal(backupSqliteLedger({ dataDir: liveDir, outDir: backupDir, masterKeyFromEnvironment: false, now: () => new Date() })),
      ).toBe('BACKUP.OUT_NOT_EMPTY');
    });
  });
});
