import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CHECKPOINT_STREAM } from '../integrity/checkpoint.js';
import { collectCheckpoints, verifyStoredLog } from '../integrity/verify-log.js';
import { SQLITE_FILE_NAME } from '../sqlite/sqlite-database.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { MASTER_KEY_FILE } from '../vault/master-key.js';

/** The manifest's own file name inside a backup directory. */
export const BACKUP_MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 'safeguarding-ledger-backup/1';

/** One file of a backup, with what it must hash to. */
export interface BackupFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** What a backup holds and what its copy of the log must prove on restore. */
export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly createdAt: string;
  readonly store: 'sqlite';
  /** Global position of the last event in the copy ('0' for an empty ledger). */
  readonly head: string;
  readonly events: number;
  /** RFC 6962 Merkle root over every event hash in the copy (hex), as `ledger verify` prints it. */
  readonly root: string;
  /** Where the master key is: in the backup, or outside it (LEDGER_MASTER_KEY) and needed beside it. */
  readonly masterKey: 'included' | 'not included: LEDGER_MASTER_KEY';
  readonly files: readonly BackupFile[];
}

export type BackupRefusal =
  | 'BACKUP.OUT_NOT_EMPTY'
  | 'BACKUP.NO_LEDGER'
  | 'BACKUP.COPY_BROKEN'
  | 'BACKUP.MASTER_KEY_MISSING'
  | 'BACKUP.MANIFEST_MISSING'
  | 'BACKUP.MANIFEST_INVALID'
  | 'BACKUP.FILE_MISSING'
  | 'BACKUP.CHECKSUM_MISMATCH'
  | 'BACKUP.ROOT_MISMATCH'
  | 'BACKUP.TARGET_NOT_EMPTY';

/** A backup that could not be taken, or a backup that must not be restored. Nothing is written. */
export class BackupRefusedError extends Error {
  constructor(
    readonly code: BackupRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

export interface BackupOptions {
  /** The live data directory (the server may be running and writing). */
  readonly dataDir: string;
  /** A directory that does not exist yet or is empty. */
  readonly outDir: string;
  /** True when the master key comes from LEDGER_MASTER_KEY rather than a key file. */
  readonly masterKeyFromEnvironment: boolean;
  readonly now: () => Date;
}

const LIVE_DATABASE_FILES = new Set([
  SQLITE_FILE_NAME,
  `${SQLITE_FILE_NAME}-wal`,
  `${SQLITE_FILE_NAME}-shm`,
  `${SQLITE_FILE_NAME}-journal`,
]);

/**
 * Takes a consistent copy of the embedded ledger while it runs: SQLite's online backup API
 * (never a file copy of a live WAL database) copies every page in one step, so the copy is one
 * read snapshot and writers are not blocked. The copy is then rebuilt with VACUUM, so no freed
 * page — such as a destroyed subject key's old bytes — survives into the backup, and its log
 * is verified to record the head and Merkle root in the manifest. The key files of the data
 * directory travel with it.
 */
export async function backupSqliteLedger(options: BackupOptions): Promise<BackupManifest> {
  const source = join(options.dataDir, SQLITE_FILE_NAME);
  if (!existsSync(source)) throw new BackupRefusedError('BACKUP.NO_LEDGER', `There is no ledger at ${source}`);
  const outDir = resolve(options.outDir);
  if (existsSync(outDir) && readdirSync(outDir).length > 0)
    throw new BackupRefusedError('BACKUP.OUT_NOT_EMPTY', `${outDir} is not empty: a backup goes into a new or empty directory`);
  // Work in a sibling staging directory and rename at the end, so a half-written backup never looks complete.
  const staging = join(dirname(outDir), `.${basename(outDir)}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    const createdAt = options.now().toISOString();
    await copyDatabase(source, join(staging, SQLITE_FILE_NAME));
    const { head, events, root } = await proveCopy(staging);
    compact(join(staging, SQLITE_FILE_NAME));
    // The copy holds the wrapped subject keys: as private as the key files.
    chmodSync(join(staging, SQLITE_FILE_NAME), 0o600);
    for (const name of keyFiles(options.dataDir)) {
      copyFileSync(join(options.dataDir, name), join(staging, name));
      chmodSync(join(staging, name), 0o600);
    }
    const names = readdirSync(staging).sort();
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt,
      store: 'sqlite',
      head,
      events,
      root,
      masterKey: names.includes(MASTER_KEY_FILE) ? 'included' : 'not included: LEDGER_MASTER_KEY',
      files: names.map((name) => describeFile(staging, name)),
    };
    if (!options.masterKeyFromEnvironment && manifest.masterKey !== 'included')
      throw new BackupRefusedError(
        'BACKUP.MASTER_KEY_MISSING',
        `The data directory has no ${MASTER_KEY_FILE}: without it the backup could not be read`,
      );
    writeFileSync(join(staging, BACKUP_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    if (existsSync(outDir)) rmSync(outDir, { recursive: true });
    mkdirSync(dirname(outDir), { recursive: true });
    renameSync(staging, outDir);
    return manifest;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

export interface RestoreOptions {
  readonly backupDir: string;
  /** A data directory that does not exist yet or is empty. */
  readonly dataDir: string;
}

/**
 * Restores a backup into a new data directory. Refuses (writing nothing) a backup with a file
 * missing or altered, or whose log does not hash to the manifest's head and Merkle root.
 */
export async function restoreSqliteLedger(options: RestoreOptions): Promise<BackupManifest> {
  const backupDir = resolve(options.backupDir);
  const dataDir = resolve(options.dataDir);
  const manifest = readManifest(backupDir);
  for (const file of manifest.files) {
    const path = join(backupDir, file.name);
    if (!existsSync(path)) throw new BackupRefusedError('BACKUP.FILE_MISSING', `The backup is incomplete: ${file.name} is missing`);
    const actual = describeFile(backupDir, file.name);
    if (actual.bytes !== file.bytes || actual.sha256 !== file.sha256)
      throw new BackupRefusedError(
        'BACKUP.CHECKSUM_MISMATCH',
        `${file.name} does not match the manifest's checksum: the backup was altered or damaged`,
      );
  }
  if (!manifest.files.some((file) => file.name === SQLITE_FILE_NAME))
    throw new BackupRefusedError('BACKUP.FILE_MISSING', `The backup is incomplete: the manifest lists no ${SQLITE_FILE_NAME}`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new BackupRefusedError('BACKUP.TARGET_NOT_EMPTY', `${dataDir} is not empty: restore into a new or empty directory`);
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    for (const file of manifest.files) {
      copyFileSync(join(backupDir, file.name), join(staging, file.name));
      chmodSync(join(staging, file.name), 0o600);
    }
    const proven = await proveCopy(staging);
    if (proven.head !== manifest.head || proven.root !== manifest.root)
      throw new BackupRefusedError(
        'BACKUP.ROOT_MISMATCH',
        `The restored log ends at ${proven.head} with root ${proven.root}, not the manifest's ${manifest.head} with ${manifest.root}`,
      );
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true });
    renameSync(staging, dataDir);
    return manifest;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Reads and checks the shape of a backup's manifest. */
export function readManifest(backupDir: string): BackupManifest {
  const file = join(backupDir, BACKUP_MANIFEST_FILE);
  if (!existsSync(file))
    throw new BackupRefusedError('BACKUP.MANIFEST_MISSING', `${backupDir} has no ${BACKUP_MANIFEST_FILE}: it is not a ledger backup`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  } catch {
    throw new BackupRefusedError('BACKUP.MANIFEST_INVALID', `${file} is not valid JSON`);
  }
  const wellFormed =
    manifest.format === BACKUP_FORMAT &&
    typeof manifest.head === 'string' &&
    typeof manifest.root === 'string' &&
    Array.isArray(manifest.files) &&
    manifest.files.every((f) => typeof f.name === 'string' && basename(f.name) === f.name && typeof f.sha256 === 'string');
  if (!wellFormed) throw new BackupRefusedError('BACKUP.MANIFEST_INVALID', `${file} is not a ${BACKUP_FORMAT} manifest`);
  return manifest;
}

async function copyDatabase(source: string, target: string): Promise<void> {
  const connection = new Database(source, { fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    // After the first small step, copy every remaining page in one step: one consistent read
    // snapshot that a concurrent writer cannot invalidate half-way (WAL lets the writer carry on).
    await connection.backup(target, { progress: ({ totalPages }) => totalPages + 1 });
  } finally {
    connection.close();
  }
}

/** Opens the copy as a ledger and verifies every hash, chain and checkpoint, giving its head and root. */
async function proveCopy(dir: string): Promise<{ head: string; events: number; root: string }> {
  const store = await SqliteEventStore.open(dir);
  try {
    const head = await store.headPosition();
    const checkpoints = await collectCheckpoints(store.readStream(CHECKPOINT_STREAM));
    const report = await verifyStoredLog(store, undefined, checkpoints);
    if (report.problem)
      throw new BackupRefusedError(
        'BACKUP.COPY_BROKEN',
        `The copied log does not verify at event ${report.problem.id}: ${report.problem.what}`,
      );
    return { head, events: report.events, root: report.root };
  } finally {
    await store.close();
  }
}

/** Rebuilds the copy without free pages and as one self-contained file (no -wal beside it). */
function compact(file: string): void {
  const connection = new Database(file, { fileMustExist: true });
  try {
    connection.pragma('journal_mode = DELETE');
    connection.exec('VACUUM');
  } finally {
    connection.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/** Every regular file of the data directory but the live database: the master key, signing keys, retired keys. */
function keyFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((name) => !LIVE_DATABASE_FILES.has(name) && statSync(join(dataDir, name)).isFile())
    .sort();
}

function describeFile(dir: string, name: string): BackupFile {
  const content = readFileSync(join(dir, name));
  return { name, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}
