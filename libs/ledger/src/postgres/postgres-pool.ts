import pg from 'pg';

export interface PostgresPoolOptions {
  readonly max?: number;
  /** How long to wait for a connection before failing (the database down must fail fast, not hang). */
  readonly connectionTimeoutMs?: number;
  /** Told about connection errors that no query was waiting for (the database stopped or restarted). */
  readonly onConnectionError?: (error: Error) => void;
  /** Every transaction read-only (default_transaction_read_only), for commands that only read. */
  readonly readOnly?: boolean;
}

/**
 * A pg pool that survives the database going away. pg emits `'error'` on a client whose
 * connection ends unexpectedly — an idle one through the pool, a checked-out one (a
 * transaction, a Kysely query) on the client itself — and an `'error'` event with no
 * listener ends the process. Every client gets a listener the moment it connects, so a
 * PostgreSQL restart only fails the queries in flight (they reject, and the pool discards
 * the broken client); the next query connects again. Every pool the ledger opens comes
 * from here.
 */
export function openPostgresPool(connectionString: string, options: PostgresPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    keepAlive: true,
    ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  const report = (error: Error) => options.onConnectionError?.(error);
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  return pool;
}
