import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect, type Migration } from 'kysely';
import { join } from 'node:path';
import pg from 'pg';
import type { LedgerConfig } from '@ledger/config';

/** The SQL database sessions and sign-in links live in: the read-model database, shared by every API replica. */
export interface SessionDatabase {
  readonly db: Kysely<any>;
  close(): Promise<void>;
}

/** The embedded ledger's file in the data directory (the same file the SQLite store and read models use). */
const SQLITE_FILE_NAME = 'ledger.sqlite';

/**
 * Own migration table, so the sign-in schema evolves independently of the ledger's. Times are
 * ISO-8601 UTC strings (fixed width, so they compare as text); ids and tokens only as SHA-256.
 */
const sessionMigrations: Record<string, Migration> = {
  '0001_sessions_and_links': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE web_sessions (
        id_hash TEXT PRIMARY KEY,
        ref TEXT NOT NULL,
        principal TEXT NOT NULL,
        method TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        ended_at TEXT
      )`.execute(db);
      await sql`CREATE TABLE sign_in_links (
        token_hash TEXT PRIMARY KEY,
        ref TEXT NOT NULL,
        principal TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      )`.execute(db);
      await sql`CREATE TABLE oidc_logins (
        state_hash TEXT PRIMARY KEY,
        code_verifier TEXT NOT NULL,
        nonce TEXT NOT NULL,
        redirect_uri TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`.execute(db);
    },
  },
};

/**
 * Opens the read-model database the way the ledger does: PostgreSQL when the store is
 * PostgreSQL (or EventStoreDB with DATABASE_URL), else the SQLite file in the data directory.
 * The CLI and the API open the same one, so a link minted by `ledger sign-in-link` is seen by the server.
 */
export async function openSessionDatabase(config: Pick<LedgerConfig, 'store' | 'dataDir' | 'databaseUrl'>): Promise<SessionDatabase> {
  const postgres = config.store === 'postgres' || (config.store === 'eventstoredb' && config.databaseUrl !== undefined);
  let db: Kysely<any>;
  if (postgres) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
    db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  } else {
    const raw = new Database(join(config.dataDir, SQLITE_FILE_NAME));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('busy_timeout = 5000');
    db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
  }
  try {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => sessionMigrations },
      migrationTableName: 'web_session_migration',
      migrationLockTableName: 'web_session_migration_lock',
    });
    const { error } = await migrator.migrateToLatest();
    if (error) throw new Error(`Migrating the sessions schema failed: ${(error as Error).message}`, { cause: error });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, close: () => db.destroy() };
}
