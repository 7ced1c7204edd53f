import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './test-database.js';

describe(createTestDatabase.name, () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
  });

  afterAll(async () => {
    await first?.drop();
    await second?.drop();
  });

  it('should give each suite its own empty database on a real PostgreSQL server', async () => {
    const a = new pg.Client({ connectionString: first.url });
    const b = new pg.Client({ connectionString: second.url });
    await a.connect();
    await b.connect();
    try {
      const version = await a.query<{ server_version_num: string }>('SHOW server_version_num');
      expect(Number(version.rows[0]!.server_version_num)).toBeGreaterThanOrEqual(150000);
      await a.query('CREATE TABLE marker (id int)');
      const tables = await b.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'marker'");
      expect(tables.rows[0].n).toBe(0);
    } finally {
      await a.end();
      await b.end();
    }
  });
});
