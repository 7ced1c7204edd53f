import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '@ledger/testing';
import type { Principal } from '../domain/principal.js';
import { openSessionDatabase, type SessionDatabase } from './session-database.js';
import { SessionStore, secretHash } from './sessions.js';

const MINUTE = 60_000;
const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
const DSL: Principal = { subject: 'dsl-1', actorId: 'staff-7', role: 'dsl', tenants: ['hollins-park'] };

const databases: Array<[string, () => Promise<{ database: SessionDatabase; cleanUp: () => Promise<void> }>]> = [
  [
    'the SQLite file',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ledger-sessions-'));
      const database = await openSessionDatabase({ store: 'sqlite', dataDir, databaseUrl: undefined });
      return { database, cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const test: TestDatabase = await createTestDatabase();
      const database = await openSessionDatabase({ store: 'postgres', dataDir: tmpdir(), databaseUrl: test.url });
      return { database, cleanUp: () => test.drop() };
    },
  ],
];

describe.each(databases)(`${SessionStore.name} in %s`, (_name, open) => {
  let database: SessionDatabase;
  let cleanUp: () => Promise<void>;
  let sut: SessionStore;

  beforeAll(async () => {
    ({ database, cleanUp } = await open());
    sut = new SessionStore(database.db, { idleMs: 30 * MINUTE, maxMs: 8 * 60 * MINUTE });
  });

  afterAll(async () => {
    await database.close();
    await cleanUp();
  });

  describe('when a sign-in link is used', () => {
    it('should sign in once, then answer used', async () => {
      const { token } = await sut.createLink(DSL, 15 * MINUTE, at(0));
      const first = await sut.consumeLink(token, at(1));
      expect(first).toEqual({ status: 'valid', linkRef: expect.any(String), principal: DSL });
      // The second use names the same link and person, so the refusal can be recorded against them.
      expect(await sut.consumeLink(token, at(2))).toEqual({
        status: 'used',
        linkRef: (first as { linkRef: string }).linkRef,
        principal: DSL,
      });
    });

    it('should let only one of many simultaneous uses through', async () => {
      const { token } = await sut.createLink(DSL, 15 * MINUTE, at(0));
      const results = await Promise.all(Array.from({ length: 8 }, () => sut.consumeLink(token, at(1))));
      expect(results.filter((r) => r.status === 'valid')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'used')).toHaveLength(7);
    });

    it('should answer expired after its time, and invalid for a token it never issued', async () => {
      const { token } = await sut.createLink(DSL, 15 * MINUTE, at(0));
      expect(await sut.consumeLink(token, at(15))).toMatchObject({ status: 'expired', principal: DSL });
      expect(await sut.consumeLink('never-issued', at(1))).toEqual({ status: 'invalid' });
    });

    it('should keep only the hash of the token', async () => {
      const { token } = await sut.createLink(DSL, 15 * MINUTE, at(0));
      const rows = await sql<{ token_hash: string }>`SELECT token_hash FROM sign_in_links`.execute(database.db);
      expect(rows.rows.map((r) => r.token_hash)).toContain(secretHash(token));
      expect(JSON.stringify(rows.rows)).not.toContain(token);
    });
  });

  describe('when a session is used', () => {
    it('should stay in force while used within the idle time, each use moving its expiry on', async () => {
      const { id, session } = await sut.start(DSL, 'link', at(0));
      expect(session.expiresAt).toBe(at(30).toISOString());
      const later = await sut.resume(id, at(29));
      expect(later).toMatchObject({ status: 'active', session: { principal: DSL, method: 'link', expiresAt: at(59).toISOString() } });
      expect((await sut.resume(id, at(58))).status).toBe('active');
    });

    it('should end after the idle time unused', async () => {
      const { id } = await sut.start(DSL, 'oidc', at(0));
      expect(await sut.resume(id, at(30))).toEqual({ status: 'expired' });
    });

    it('should end at the absolute limit however busy', async () => {
      const { id } = await sut.start(DSL, 'link', at(0));
      for (let minute = 20; minute < 480; minute += 20) expect((await sut.resume(id, at(minute))).status).toBe('active');
      expect(await sut.resume(id, at(480))).toEqual({ status: 'expired' });
    });

    it('should end on sign-out and say whose it was', async () => {
      const { id } = await sut.start(DSL, 'link', at(0));
      expect(await sut.end(id, at(5))).toMatchObject({ ref: expect.any(String), principal: DSL, method: 'link' });
      expect(await sut.resume(id, at(6))).toEqual({ status: 'ended' });
      expect(await sut.end(id, at(7))).toBeUndefined();
    });

    it('should not know a session id it never issued, and keep only hashes of those it did', async () => {
      const { id } = await sut.start(DSL, 'link', at(0));
      expect(await sut.resume('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', at(1))).toEqual({ status: 'unknown' });
      const rows = await sql`SELECT * FROM web_sessions`.execute(database.db);
      expect(JSON.stringify(rows.rows)).not.toContain(id);
    });
  });
});
