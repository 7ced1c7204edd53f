import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@ledger/config';
import { openLedger } from '@ledger/ledger';
import { startScheduledBackups } from './scheduled-backups.js';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

describe(startScheduledBackups.name, () => {
  const root = mkdtempSync(join(tmpdir(), 'ledger-scheduled-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  describe('when BACKUP_DIR is set', () => {
    it('should write a backup each time and keep only the newest BACKUP_KEEP', async () => {
      const dataDir = join(root, 'data');
      const backupDir = join(root, 'backups');
      mkdirSync(dataDir);
      await (await openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: undefined })).close();
      const config = loadConfig({ LEDGER_DATA_DIR: dataDir, BACKUP_DIR: backupDir, BACKUP_KEEP: '2', BACKUP_EVERY: '1d' });
      let tick = Date.parse('2026-12-03T10:00:00Z');
      const sut = startScheduledBackups(config, quiet, () => new Date((tick += 60_000)))!;
      try {
        for (let i = 0; i < 3; i += 1) await sut.runOnce();
      } finally {
        await sut.stop();
      }
      expect(readdirSync(backupDir).sort()).toEqual(['ledger-2026-12-03T10-03-00-000Z', 'ledger-2026-12-03T10-05-00-000Z']);
    });
  });

  describe('when BACKUP_DIR is not set', () => {
    it('should not start', () => {
      expect(startScheduledBackups(loadConfig({ LEDGER_DATA_DIR: join(root, 'other') }), quiet)).toBeUndefined();
    });
  });
});
