import type { LedgerConfig } from '@ledger/config';
import { systemClock, type Clock } from '@ledger/kernel';
import type { EventStore } from './event-store.js';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { EventStoreDbEventStore, type EventStoreDbLogger } from './eventstoredb/eventstoredb-event-store.js';
import { migrateEventStoreDbSqlSide } from './eventstoredb/position-migration.js';
import { Ledger, type AppendObserver } from './ledger.js';
import type { MerkleTreeStore } from './integrity/merkle-tree-store.js';
import { PostgresMerkleTreeStore } from './integrity/postgres-merkle-tree-store.js';
import { SqliteMerkleTreeStore } from './integrity/sqlite-merkle-tree-store.js';
import { migrateToLatest } from './migrate.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { openPostgresPool } from './postgres/postgres-pool.js';
import { postgresMigrations } from './postgres/postgres-migrations.js';
import { PostgresReadModelStore } from './projector/postgres-read-model-store.js';
import type { ReadModelStore } from './projector/projection.js';
import { SqliteReadModelStore } from './projector/sqlite-read-model-store.js';
import { openSqliteDatabase } from './sqlite/sqlite-database.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';
import { sqliteMigrations } from './sqlite/sqlite-migrations.js';
import { loadMasterKey, type MasterKey } from './vault/master-key.js';
import type { PersonalDataPolicy } from './vault/personal-data.js';
import { SubjectKeyStore, type SubjectKeyWriteBehind } from './vault/subject-key-store.js';
import { Vault } from './vault/vault.js';

/** Everything a process needs to use the ledger, opened from the configuration. */
export interface LedgerRuntime {
  readonly store: EventStore;
  readonly ledger: Ledger;
  readonly vault: Vault;
  readonly keys: SubjectKeyStore;
  readonly readModels: ReadModelStore;
  /** The notary's stored RFC 6962 tree (see MerkleLog, ProofService). */
  readonly merkleTree: MerkleTreeStore;
  readonly masterKey: MasterKey;
  close(): Promise<void>;
}

export interface OpenLedgerOptions {
  readonly personalData?: PersonalDataPolicy;
  readonly clock?: Clock;
  /** Where the EventStoreDB adapter reports dropped subscriptions and leader changes. */
  readonly eventStoreLogger?: EventStoreDbLogger;
  /** Told about every append (metrics). */
  readonly appendObserver?: AppendObserver;
  /**
   * For commands that only read (verify, export): the store is opened read-only, no
   * migration runs and no key file is created, so a read-only data directory works.
   */
  readonly readOnly?: boolean;
}

type StoreConfig = Pick<LedgerConfig, 'store' | 'dataDir' | 'databaseUrl' | 'masterKey'> &
  Partial<Pick<LedgerConfig, 'eventStoreConnectionString'>>;

/** The SQL side of the EventStoreDB deployment: subject keys and read models, in PostgreSQL or the SQLite file. */
async function openSqlSide(
  config: StoreConfig,
  readOnly: boolean,
): Promise<{ db: Kysely<any>; readModels: ReadModelStore; merkleTree: MerkleTreeStore; pool?: pg.Pool; cleanUp?: () => void }> {
  if (config.databaseUrl !== undefined) {
    const pool = openPostgresPool(config.databaseUrl, { max: 10, readOnly });
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    try {
      // The same schema as the PostgreSQL store; its events tables stay empty here.
      if (!readOnly) {
        await migrateToLatest(db, postgresMigrations);
        await migrateEventStoreDbSqlSide(db, 'postgres');
      }
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return { db, readModels: new PostgresReadModelStore(pool), merkleTree: new PostgresMerkleTreeStore(pool), pool };
  }
  const { db, raw, cleanUp } = openSqliteDatabase(config.dataDir, { readOnly });
  if (!readOnly) {
    await migrateToLatest(db, sqliteMigrations);
    await migrateEventStoreDbSqlSide(db, 'sqlite');
  }
  return { db, readModels: new SqliteReadModelStore(raw), merkleTree: new SqliteMerkleTreeStore(raw), cleanUp };
}

/** Opens the configured store (running its migrations), the vault and the read-model store. */
export async function openLedger(config: StoreConfig, options: OpenLedgerOptions = {}): Promise<LedgerRuntime> {
  const clock = options.clock ?? systemClock;
  const readOnly = options.readOnly ?? false;
  const masterKey = loadMasterKey(config.dataDir, config.masterKey, { create: !readOnly });
  let store: EventStore;
  let readModels: ReadModelStore;
  let db: Kysely<any>;
  let close: () => Promise<void>;
  let merkleTree: MerkleTreeStore;
  let writeBehind: SubjectKeyWriteBehind | undefined;
  switch (config.store) {
    case 'sqlite': {
      const sqlite = await SqliteEventStore.open(config.dataDir, { readOnly });
      store = sqlite;
      db = sqlite.db;
      readModels = new SqliteReadModelStore(sqlite.connection);
      close = () => sqlite.close();
      merkleTree = new SqliteMerkleTreeStore(sqlite.connection);
      // New subject keys ride the next group commit: one fsync for a key and its first event.
      if (!readOnly) writeBehind = sqlite;
      break;
    }
    case 'postgres': {
      const postgres = await PostgresEventStore.open(config.databaseUrl!, { readOnly });
      store = postgres;
      db = postgres.db;
      readModels = new PostgresReadModelStore(postgres.pool);
      close = () => postgres.close();
      merkleTree = new PostgresMerkleTreeStore(postgres.pool);
      break;
    }
    case 'eventstoredb': {
      if (config.eventStoreConnectionString === undefined)
        throw new Error('EVENTSTORE_CONNECTION_STRING is required when LEDGER_STORE=eventstoredb');
      const sqlSide = await openSqlSide(config, readOnly);
      let esdb: EventStoreDbEventStore;
      try {
        esdb = await EventStoreDbEventStore.connect(config.eventStoreConnectionString, { logger: options.eventStoreLogger });
      } catch (error) {
        await sqlSide.db.destroy();
        throw error;
      }
      store = esdb;
      db = sqlSide.db;
      readModels = sqlSide.readModels;
      merkleTree = sqlSide.merkleTree;
      close = async () => {
        await esdb.close();
        await sqlSide.db.destroy();
        sqlSide.cleanUp?.();
      };
      break;
    }
  }
  const keys = new SubjectKeyStore(db, writeBehind);
  const vault = new Vault(keys, masterKey.key, options.personalData ?? {}, clock);
  const ledger = new Ledger(store, vault, clock, options.appendObserver);
  return { store, ledger, vault, keys, readModels, merkleTree, masterKey, close };
}
