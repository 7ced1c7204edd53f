import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerConfig } from '@ledger/config';
import { BACKUP_MANIFEST_FILE, backupSqliteLedger, type BackupManifest } from '@ledger/ledger';

export interface BackupLogger {
  log(message: unknown, ...rest: unknown[]): void;
  warn(message: unknown, ...rest: unknown[]): void;
  error(message: unknown, ...rest: unknown[]): void;
}

export interface ScheduledBackups {
  /** Takes one backup now (as the timer does), and prunes to the newest BACKUP_KEEP. */
  runOnce(): Promise<BackupManifest>;
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
}

/** Folder names sort by time: `ledger-2026-12-03T14-05-00-000Z`. */
const PREFIX = 'ledger-';

/**
 * BACKUP_DIR set: every BACKUP_EVERY a backup (the same as `ledger backup`) goes into a new
 * folder there, and only the newest BACKUP_KEEP are kept. Only the SQLite store is backed up
 * this way; PostgreSQL has its own tools (see the README).
 */
export function startScheduledBackups(
  config: LedgerConfig,
  logger: BackupLogger,
  now: () => Date = () => new Date(),
): ScheduledBackups | undefined {
  const dir = config.backup.dir;
  if (dir === undefined) return undefined;
  if (config.store !== 'sqlite') {
    logger.warn(
      { store: config.store },
      'BACKUP_DIR is set but scheduled backups cover only the SQLite store; back up PostgreSQL with its own tools',
      'Backup',
    );
    return undefined;
  }
  let running: Promise<BackupManifest> | undefined;
  const runOnce = () =>
    (running ??= (async () => {
      const started = Date.now();
      const outDir = join(dir, `${PREFIX}${now().toISOString().replace(/[:.]/g, '-')}`);
      try {
        const manifest = await backupSqliteLedger({
          dataDir: config.dataDir,
          outDir,
          masterKeyFromEnvironment: config.masterKey !== undefined,
          now,
        });
        const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
        logger.log({ dir: outDir, head: manifest.head, root: manifest.root, bytes, ms: Date.now() - started }, 'Backup written', 'Backup');
        prune(dir, config.backup.keep);
        return manifest;
      } finally {
        running = undefined;
      }
    })());
  const timer = setInterval(() => {
    runOnce().catch((error: unknown) => logger.error({ err: error, dir }, 'Scheduled backup failed', 'Backup'));
  }, config.backup.everySeconds * 1000);
  timer.unref();
  logger.log({ dir, everySeconds: config.backup.everySeconds, keep: config.backup.keep }, 'Scheduled backups on', 'Backup');
  return {
    runOnce,
    stop: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}

/** Deletes all but the newest `keep` complete backups; never touches other folders. */
function prune(dir: string, keep: number): void {
  const backups = readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && existsSync(join(dir, name, BACKUP_MANIFEST_FILE)))
    .sort();
  for (const name of backups.slice(0, Math.max(0, backups.length - keep))) rmSync(join(dir, name), { recursive: true, force: true });
}
