import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EventStoreDBClient } from '@eventstore/db-client';
import { openLedger } from '@ledger/ledger';
import { createTestDatabase } from '../postgres/test-database.js';
import { CONTRACT_PERSONAL_DATA, type ContractSubject } from './event-store.contract.js';

/** A ledger on a fresh SQLite file in a temporary directory. */
export async function sqliteSubject(masterKey = randomBytes(32).toString('base64')): Promise<ContractSubject & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-contract-'));
  const runtime = await openLedger(
    { store: 'sqlite', dataDir, databaseUrl: undefined, masterKey },
    { personalData: CONTRACT_PERSONAL_DATA },
  );
  return {
    ...runtime,
    dataDir,
    rawBytes: async () =>
      Buffer.concat(
        ['ledger.sqlite', 'ledger.sqlite-wal']
          .map((f) => join(dataDir, f))
          .filter(existsSync)
          .map((f) => readFileSync(f)),
      ),
    close: async () => {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A ledger on a fresh database of the test run's PostgreSQL server. */
export async function postgresSubject(masterKey = randomBytes(32).toString('base64')): Promise<ContractSubject & { databaseUrl: string }> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-contract-pg-'));
  const runtime = await openLedger(
    { store: 'postgres', dataDir, databaseUrl: database.url, masterKey },
    { personalData: CONTRACT_PERSONAL_DATA },
  );
  const pool = (runtime.store as unknown as { pool: import('pg').Pool }).pool;
  return {
    ...runtime,
    databaseUrl: database.url,
    // Everything the adapter keeps about events, as the server returns it.
    rawBytes: async () => {
      const result = await pool.query<{ dump: string }>("SELECT string_agg(data || meta, '') AS dump FROM events");
      return Buffer.from(result.rows[0]?.dump ?? '');
    },
    close: async () => {
      await runtime.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A ledger on an EventStoreDB/KurrentDB node (from the harness), with read models and
 * subject keys in a fresh database of the test run's PostgreSQL server.
 */
export async function eventStoreDbSubject(
  connectionString: string,
  masterKey = randomBytes(32).toString('base64'),
): Promise<ContractSubject & { databaseUrl: string }> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-contract-esdb-'));
  const runtime = await openLedger(
    { store: 'eventstoredb', dataDir, databaseUrl: database.url, eventStoreConnectionString: connectionString, masterKey },
    { personalData: CONTRACT_PERSONAL_DATA },
  );
  return {
    ...runtime,
    databaseUrl: database.url,
    // Everything the server returns for $all: data and metadata of every event.
    rawBytes: async () => {
      const client = EventStoreDBClient.connectionString(connectionString);
      try {
        const parts: Buffer[] = [];
        for await (const resolved of client.readAll()) {
          const event = resolved.event;
          if (event) parts.push(Buffer.from(JSON.stringify(event.data) + JSON.stringify(event.metadata ?? null)));
        }
        return Buffer.concat(parts);
      } finally {
        await client.dispose();
      }
    },
    close: async () => {
      await runtime.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
