import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { GENESIS_HASH } from '@ledger/kernel';
import { createTestDatabase, type TestDatabase } from '@ledger/testing';
import type { CommandKey } from '../event-store.js';
import { migrateToLatest } from '../migrate.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { postgresMigrations } from './postgres-migrations.js';

const key = (commandId: string, tenantId: string, principal: string): CommandKey => ({
  commandId,
  tenantId,
  principal,
  fingerprint: 'any-request',
});

describe('PostgresEventStore command keys', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  describe('when a ledger recorded its command ids before they were scoped', () => {
    it('should still replay them for their own setting and actor, and never for another', async () => {
      const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) });
      const before = Object.fromEntries(Object.entries(postgresMigrations).filter(([name]) => name < '0004'));
      await migrateToLatest(db, before);
      const meta = JSON.stringify({ tenantId: 'school-a', actor: { id: 'dsl-1', role: 'dsl' }, occurredAt: '2025-09-01T09:00:00.000Z' });
      await sql`INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash)
        VALUES ('0190a000-0000-7000-8000-000000000001', 'note-school-a.1', 0, 'school-a', 'note', 'NoteRecorded', 1, '{}', ${meta}, ${'a'.repeat(64)}, ${GENESIS_HASH})`.execute(
        db,
      );
      await sql`INSERT INTO streams (stream, revision, hash) VALUES ('note-school-a.1', 0, ${'a'.repeat(64)})`.execute(db);
      await sql`INSERT INTO commands (command_id, stream, first_position, last_position) VALUES ('demo-1-7', 'note-school-a.1', 1, 1)`.execute(
        db,
      );
      await db.destroy();

      const sut = await PostgresEventStore.open(database.url);
      try {
        expect(await sut.appendedByCommand(key('demo-1-7', 'school-a', 'dsl-1'))).toMatchObject({
          stream: 'note-school-a.1',
          replayed: true,
        });
        expect(await sut.appendedByCommand(key('demo-1-7', 'school-b', 'dsl-1'))).toBeUndefined();
        expect(await sut.appendedByCommand(key('demo-1-7', 'school-a', 'staff-2'))).toBeUndefined();
      } finally {
        await sut.close();
      }
    });
  });
});
