import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** File name of the embedded ledger inside the data directory. */
export const SQLITE_FILE_NAME = 'ledger.sqlite';

export interface SqliteDatabase {
  readonly db: Kysely<any>;
  readonly raw: Database.Database;
  readonly file: string;
  /** Removes what opening left behind (a read-only snapshot's copy); call after closing. */
  readonly cleanUp: () => void;
}

/** SQLite cannot share the WAL index of a WAL-mode file in a directory it may not write. */
const CANNOT_SHARE_WAL = new Set(['SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY_RECOVERY']);

/**
 * Opens the embedded ledger file with the durability settings the ledger relies on:
 * WAL so readers never block the writer, synchronous=FULL so an acknowledged commit
 * survives power loss.
 *
 * Read-only (commands that only read: verify, export): the file is opened with SQLite's
 * read-only flag, no pragma is set and no migration runs. A reader of a WAL-mode file must
 * use the shared-memory index beside it (`-shm`), creating it when absent, and this build of
 * SQLite has no `immutable` URIs. So: while a writer has the file open (the `-shm` exists),
 * the command reads alongside it, as SQLite's WAL protocol allows; when none has (the usual
 * case for verify and export, and the only one on a read-only directory), it reads a private
 * copy taken in a temporary directory and removed on close, and not one byte of the data
 * directory changes.
 */
export function openSqliteDatabase(dataDir: string, options: { readOnly?: boolean } = {}): SqliteDatabase {
  const file = join(dataDir, SQLITE_FILE_NAME);
  if (options.readOnly) return openReadOnly(file);
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, raw, file, cleanUp: () => undefined };
}

function openReadOnly(file: string): SqliteDatabase {
  if (!existsSync(file)) throw new Error(`There is no ledger at ${file}: check LEDGER_DATA_DIR`);
  const open = (path: string) => {
    const raw = new Database(path, { readonly: true, fileMustExist: true });
    try {
      // The schema is read here, which is where a WAL index that cannot be created fails.
      raw.prepare('SELECT 1 FROM sqlite_master LIMIT 1').get();
    } catch (error) {
      raw.close();
      throw error;
    }
    raw.pragma('busy_timeout = 5000');
    return raw;
  };
  if (existsSync(`${file}-shm`)) {
    try {
      const raw = open(file);
      return { db: new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) }), raw, file, cleanUp: () => undefined };
    } catch (error) {
      // The index of a writer that stopped without closing, in a directory this user may not write: read a copy.
      if (!CANNOT_SHARE_WAL.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
  const copyDir = mkdtempSync(join(tmpdir(), 'ledger-read-only-'));
  const copy = join(copyDir, SQLITE_FILE_NAME);
  copyFileSync(file, copy);
  // A WAL left by a writer that did not close holds committed transactions: read it too.
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  const raw = open(copy);
  return {
    db: new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) }),
    raw,
    file,
    cleanUp: () => rmSync(copyDir, { recursive: true, force: true }),
  };
}
