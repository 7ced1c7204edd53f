import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { join } from 'node:path';

/** File name of the embedded ledger inside the data directory. */
export const SQLITE_FILE_NAME = 'ledger.sqlite';

/**
 * Opens the embedded ledger file with the durability settings the ledger relies on:
 * WAL so readers never block the writer, synchronous=FULL so an acknowledged commit
 * survives power loss.
 */
export function openSqliteDatabase(dataDir: string): { db: Kysely<any>; raw: Database.Database; file: string } {
  const file = join(dataDir, SQLITE_FILE_NAME);
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, raw, file };
}
