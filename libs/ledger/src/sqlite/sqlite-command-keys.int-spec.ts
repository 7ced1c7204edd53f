import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { GENESIS_HASH } from '@ledger/kernel';
import type { CommandKey } from '../event-store.js';
import { migrateToLatest } from '../migrate.js';
import { openSqliteDatabase } from './sqlite-database.js';
import { SqliteEventStore } from './sqlite-event-store.js';
import { sqliteMigrations } from './sqlite-migrations.js';

const key = (commandId: string, tenantId: string, principal: string): CommandKey => ({
  commandId,
  tenantId,
  principal,
  fingerprint: 'any-request',
});

describe('SqliteEventStore command keys', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-command-keys-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  describe('when a ledger recorded its command ids before they were scoped', () => {
    it('should still replay them for their own setting and actor, and never for another', async () => {
      const { db } = openSqliteDatabase(dataDir);
      const before = Object.fromEntries(Object.entries(sqliteMigrations).filter(([name]) => name < '0004'));
      await migrateToLatest(db, before);
      const meta = JSON.stringify({ tenantId: 'school-a', actor: { id: 'dsl-1', role: 'dsl' }, occurredAt: '2025-09-01T09:00:00.000Z' });
      await sql`INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash)
        VALUES ('0190a000-0000-7000-8000-000000000001', 'note-school-a.1', 0, 'school-a', 'note', 'NoteRecorded', 1, '{}', ${meta}, ${'a'.repeat(64)}, ${GENESIS_HASH})`.execute(
        db,
      );
      await sql`INSERT INTO commands (command_id, stream, first_position, last_position) VALUES ('demo-1-7', 'note-school-a.1', 1, 1)`.execute(
        db,
      );
      await db.destroy();

      const sut = await SqliteEventStore.open(dataDir);
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
