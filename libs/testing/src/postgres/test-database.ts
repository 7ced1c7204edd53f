import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** Set by Jest's global setup (libs/testing/src/global-setup.ts) to the run's PostgreSQL server. */
export const ADMIN_URL_VARIABLE = 'LEDGER_TEST_PG_ADMIN_URL';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test run's PostgreSQL server; one per suite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ADMIN_URL_VARIABLE];
  if (!adminUrl)
    throw new Error(`${ADMIN_URL_VARIABLE} is not set: run the tests through npm test (Jest's global setup starts PostgreSQL)`);
  const name = `ledger_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
