import type { LedgerConfig } from '@ledger/config';
import { systemClock, type Clock } from '@ledger/kernel';
import type { EventStore } from './event-store.js';
import { Ledger } from './ledger.js';
import type { MerkleTreeStore } from './integrity/merkle-tree-store.js';
import { PostgresMerkleTreeStore } from './integrity/postgres-merkle-tree-store.js';
import { SqliteMerkleTreeStore } from './integrity/sqlite-merkle-tree-store.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { PostgresReadModelStore } from './projector/postgres-read-model-store.js';
import type { ReadModelStore } from './projector/projection.js';
import { SqliteReadModelStore } from './projector/sqlite-read-model-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';
import { loadMasterKey, type MasterKey } from './vault/master-key.js';
import type { PersonalDataPolicy } from './vault/personal-data.js';
import { SubjectKeyStore } from './vault/subject-key-store.js';
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
}

type StoreConfig = Pick<LedgerConfig, 'store' | 'dataDir' | 'databaseUrl' | 'masterKey'>;

/** Opens the configured store (running its migrations), the vault and the read-model store. */
export async function openLedger(config: StoreConfig, options: OpenLedgerOptions = {}): Promise<LedgerRuntime> {
  const clock = options.clock ?? systemClock;
  const masterKey = loadMasterKey(config.dataDir, config.masterKey);
  let store: SqliteEventStore | PostgresEventStore;
  let readModels: ReadModelStore;
  let merkleTree: MerkleTreeStore;
  switch (config.store) {
    case 'sqlite': {
      const sqlite = await SqliteEventStore.open(config.dataDir);
      store = sqlite;
      readModels = new SqliteReadModelStore(sqlite.connection);
      merkleTree = new SqliteMerkleTreeStore(sqlite.connection);
      break;
    }
    case 'postgres': {
      const postgres = await PostgresEventStore.open(config.databaseUrl!);
      store = postgres;
      readModels = new PostgresReadModelStore(postgres.pool);
      merkleTree = new PostgresMerkleTreeStore(postgres.pool);
      break;
    }
    case 'eventstoredb':
      throw new Error('LEDGER_STORE=eventstoredb is not available in this build yet; use sqlite or postgres');
  }
  const keys = new SubjectKeyStore(store.db);
  const vault = new Vault(keys, masterKey.key, options.personalData ?? {}, clock);
  const ledger = new Ledger(store, vault, clock);
  return { store, ledger, vault, keys, readModels, merkleTree, masterKey, close: () => store.close() };
}
