import type { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { backupSqliteLedger, BackupRefusedError, restoreSqliteLedger, type BackupManifest } from '@ledger/ledger';

function summary(manifest: BackupManifest): string {
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  return `${manifest.events} events, head ${manifest.head}, Merkle root ${manifest.root}, ${manifest.files.length} files, ${bytes} bytes; master key ${manifest.masterKey}`;
}

/** Prints a refusal as one line with its code and sets exit code 1; anything else is thrown on. */
function refused(error: unknown): void {
  if (!(error instanceof BackupRefusedError)) throw error;
  process.stderr.write(`${error.code}: ${error.message}\n`);
  process.exitCode = 1;
}

/** `ledger backup` and `ledger restore`: a consistent copy of the embedded ledger, and a proven restore. */
export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('copy the SQLite ledger and its keys while the server runs, with a manifest (head, Merkle root, checksums)')
    .requiredOption('--out <dir>', 'a new or empty directory')
    .action(async (options: { out: string }) => {
      const config = loadConfig();
      if (config.store !== 'sqlite') {
        process.stderr.write(
          `BACKUP.UNSUPPORTED_STORE: ledger backup copies the embedded SQLite store; with LEDGER_STORE=${config.store} back up the database with its own tools and keep the keys beside it (see the README, "Backups")\n`,
        );
        process.exitCode = 1;
        return;
      }
      const started = Date.now();
      try {
        const manifest = await backupSqliteLedger({
          dataDir: config.dataDir,
          outDir: options.out,
          masterKeyFromEnvironment: config.masterKey !== undefined,
          now: () => new Date(),
        });
        process.stdout.write(`Backed up to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary(manifest)}\n`);
        if (manifest.masterKey !== 'included')
          process.stdout.write(
            'The master key is not in the backup (LEDGER_MASTER_KEY): keep it safe separately, or the backup cannot be read\n',
          );
      } catch (error) {
        refused(error);
      }
    });

  program
    .command('restore')
    .description('restore a backup into a new data directory; refuses a backup that is incomplete, altered, or does not match its root')
    .argument('<dir>', 'a directory written by ledger backup')
    .requiredOption('--data-dir <dir>', 'the new data directory (must not exist or be empty)')
    .action(async (dir: string, options: { dataDir: string }) => {
      const started = Date.now();
      try {
        const manifest = await restoreSqliteLedger({ backupDir: dir, dataDir: options.dataDir });
        process.stdout.write(
          `Restored ${dir} into ${options.dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary(manifest)}\nRun LEDGER_DATA_DIR=${options.dataDir} ledger verify: it prints the same Merkle root\n`,
        );
      } catch (error) {
        refused(error);
      }
    });
}
