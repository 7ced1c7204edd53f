import { Kysely, PostgresDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@ledger/testing';
import { MERKLE_TREE_MARKER } from '../integrity/merkle-tree-store.js';
import { migrateToLatest } from '../migrate.js';
import { postgresMigrations } from '../postgres/postgres-migrations.js';
import { openSqliteDatabase } from '../sqlite/sqlite-database.js';
import { sqliteMigrations } from '../sqlite/sqlite-migrations.js';
import { migrateEventStoreDbSqlSide } from './position-migration.js';

/** What an earlier version stored for an event at this commit position. */
const legacy = (commit: bigint) => (commit << 32n) + (1n << 31n);
const NOW = '2025-09-01T09:00:00.000Z';

/** The SQL side as an earlier version left it: two Merkle leaves, the tree's marker, one projection. */
async function seedLegacy(db: Kysely<any>, leafPosition: (commit: bigint) => unknown) {
  await db
    .insertInto('merkle_leaves')
    .values([
      { leaf_index: 0, position: leafPosition(1_000n), event_id: 'e1', event_hash: 'h1' },
      { leaf_index: 1, position: leafPosition(3_000_000_000n), event_id: 'e2', event_hash: 'h2' },
    ])
    .execute();
  await db
    .insertInto('projection_checkpoints')
    .values([
      { projection: MERKLE_TREE_MARKER, position: String(legacy(3_000_000_000n)), status: 'running', error: null, updated_at: NOW },
      { projection: 'incident-list', position: String(legacy(3_000_000_000n)), status: 'running', error: null, updated_at: NOW },
    ])
    .execute();
  await db
    .insertInto('projection_documents')
    .values({ projection: 'incident-list', tenant_id: 'school-a', key: 'k', doc: '{}', position: String(legacy(1_000n)) })
    .execute();
}

async function expectMigrated(db: Kysely<any>) {
  const leaves = await db.selectFrom('merkle_leaves').select(['event_id', 'position']).orderBy('leaf_index').execute();
  expect(leaves.map((l) => [l.event_id, String(l.position)])).toEqual([
    ['e1', '1000'],
    ['e2', '3000000000'],
  ]);
  const checkpoints = await db.selectFrom('projection_checkpoints').select(['projection', 'position']).execute();
  // The tree keeps its place; projections rebuild from the log with the new positions.
  expect(checkpoints).toEqual([{ projection: MERKLE_TREE_MARKER, position: '3000000000' }]);
  expect(await db.selectFrom('projection_documents').selectAll().execute()).toEqual([]);
}

describe(migrateEventStoreDbSqlSide.name, () => {
  describe('when the SQL side is the SQLite file', () => {
    it('should convert stored positions to commit positions once, including values rounded through a double', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-esdb-positions-'));
      const { db } = openSqliteDatabase(dir);
      try {
        await migrateToLatest(db, sqliteMigrations);
        // The SQLite Merkle store wrote Number(position): past 2^53 the value was rounded.
        await seedLegacy(db, (commit) => Number(legacy(commit)));
        await migrateEventStoreDbSqlSide(db, 'sqlite');
        await expectMigrated(db);
        // A second start changes nothing (a new leaf at a commit position stays as it is).
        await db.insertInto('merkle_leaves').values({ leaf_index: 2, position: 3_000_000_500, event_id: 'e3', event_hash: 'h3' }).execute();
        await migrateEventStoreDbSqlSide(db, 'sqlite');
        const last = await db.selectFrom('merkle_leaves').select('position').where('event_id', '=', 'e3').executeTakeFirstOrThrow();
        expect(Number(last.position)).toBe(3_000_000_500);
      } finally {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('when the SQL side is PostgreSQL', () => {
    let database: TestDatabase;
    let db: Kysely<any>;

    beforeAll(async () => {
      database = await createTestDatabase();
      db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }) });
      await migrateToLatest(db, postgresMigrations);
    });

    afterAll(async () => {
      await db?.destroy();
      await database?.drop();
    });

    it('should convert stored positions to commit positions once', async () => {
      // BIGINT held the legacy value only while the log was below 2 GiB: seed what fits.
      await db
        .insertInto('merkle_leaves')
        .values({ leaf_index: 0, position: String(legacy(1_000n)), event_id: 'e1', event_hash: 'h1' })
        .execute();
      await db
        .insertInto('projection_checkpoints')
        .values([
          { projection: MERKLE_TREE_MARKER, position: String(legacy(1_000n)), status: 'running', error: null, updated_at: NOW },
          { projection: 'incident-list', position: String(legacy(1_000n)), status: 'running', error: null, updated_at: NOW },
        ])
        .execute();
      await migrateEventStoreDbSqlSide(db, 'postgres');
      const leaves = await db.selectFrom('merkle_leaves').select('position').execute();
      expect(leaves.map((l) => String(l.position))).toEqual(['1000']);
      expect(await db.selectFrom('projection_checkpoints').select(['projection', 'position']).execute()).toEqual([
        { projection: MERKLE_TREE_MARKER, position: '1000' },
      ]);
      await migrateEventStoreDbSqlSide(db, 'postgres');
      expect((await db.selectFrom('merkle_leaves').select('position').execute()).map((l) => String(l.position))).toEqual(['1000']);
    });
  });
});
