import type { LedgerConfig } from '@ledger/config';
import type { EventStore } from './event-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';

/** Opens the event store the configuration names and brings its schema up to date. */
export async function openEventStore(config: Pick<LedgerConfig, 'store' | 'dataDir' | 'databaseUrl'>): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite':
      return SqliteEventStore.open(config.dataDir);
    case 'postgres':
    case 'eventstoredb':
      throw new Error(`LEDGER_STORE=${config.store} is not available in this build yet; use sqlite`);
  }
}
