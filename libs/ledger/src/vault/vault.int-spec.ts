import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@ledger/kernel';
import { openLedger, type LedgerRuntime } from '../open-ledger.js';
import { SubjectKeyStore, type SubjectKeyRow } from './subject-key-store.js';
import { Vault } from './vault.js';
import type { SqliteEventStore } from '../sqlite/sqlite-event-store.js';

/** The real SQLite key store, counting the statements the vault sends it. */
class CountingKeyStore extends SubjectKeyStore {
  finds = 0;
  inserts = 0;
  override async find(tenantId: string, subjectId: string): Promise<SubjectKeyRow | undefined> {
    this.finds += 1;
    return super.find(tenantId, subjectId);
  }
  override async insertIfAbsent(row: SubjectKeyRow): Promise<void> {
    this.inserts += 1;
    return super.insertIfAbsent(row);
  }
}

describe(Vault.name, () => {
  let dir: string;
  let runtime: LedgerRuntime;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-vault-'));
    runtime = await openLedger({ store: 'sqlite', dataDir: dir, databaseUrl: undefined, masterKey: randomBytes(32).toString('base64') });
  });
  afterEach(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when many appends for a new data subject are encrypted at once', () => {
    it('should read and create the subject key once, and every field should open with it', async () => {
      const keys = new CountingKeyStore((runtime.store as SqliteEventStore).db);
      const vault = new Vault(
        keys,
        randomBytes(32),
        { PupilNoted: [{ subject: (d) => d.pupilId as string, fields: ['name'] }] },
        systemClock,
      );
      const sealed = await Promise.all(
        Array.from({ length: 16 }, (_, i) => vault.encrypt('school', 'PupilNoted', { pupilId: 'p1', name: `Pupil ${i}` })),
      );
      expect(keys.inserts).toBe(1);
      expect(keys.finds).toBe(2);
      const opened = await Promise.all(sealed.map((data) => vault.decrypt('school', data)));
      expect(opened.map((data) => data.name)).toEqual(Array.from({ length: 16 }, (_, i) => `Pupil ${i}`));
    });
  });

  describe('when a subject is erased while its key is being read', () => {
    it('should stay erased', async () => {
      const policy = { PupilNoted: [{ subject: (d: Readonly<Record<string, unknown>>) => d.pupilId as string, fields: ['name'] }] };
      const masterKey = randomBytes(32);
      const writer = new Vault(new SubjectKeyStore((runtime.store as SqliteEventStore).db), masterKey, policy, systemClock);
      const sealed = await writer.encrypt('school', 'PupilNoted', { pupilId: 'p2', name: 'Pupil' });
      const reader = new Vault(new SubjectKeyStore((runtime.store as SqliteEventStore).db), masterKey, policy, systemClock);
      const reading = reader.decrypt('school', sealed);
      await reader.erase('school', 'p2');
      await reading;
      expect((await reader.decrypt('school', sealed)).name).toEqual({ $erased: true, subject: 'p2', person: 'p2' });
    });
  });
});

describe('subject keys on the embedded store', () => {
  const policy = { PupilNoted: [{ subject: (d: Readonly<Record<string, unknown>>) => d.pupilId as string, fields: ['name'] }] };
  const meta = {
    tenantId: 'school',
    actor: { id: 'dsl', role: 'dsl' },
    occurredAt: '2025-09-03T10:00:00.000Z',
    correlationId: 'c',
    causationId: null,
  };
  let dir: string;
  const open: LedgerRuntime[] = [];
  const masterKey = randomBytes(32).toString('base64');
  const runtime = async () => {
    const opened = await openLedger({ store: 'sqlite', dataDir: dir, databaseUrl: undefined, masterKey }, { personalData: policy });
    open.push(opened);
    return opened;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-vault-'));
  });
  afterEach(async () => {
    for (const opened of open.splice(0)) await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when two processes record the first personal data of one person at the same moment', () => {
    it('should refuse the loser with LEDGER.SUBJECT_KEY_RACE, record nothing of it, and let its retry use the stored key', async () => {
      const [a, b] = [await runtime(), await runtime()];
      const note = (runtimeOf: LedgerRuntime, stream: string, name: string) =>
        runtimeOf.ledger.append(stream, 'no_stream', [{ type: 'PupilNoted', data: { pupilId: 'p1', name }, meta }]);
      const [first, second] = await Promise.allSettled([note(a, 'pupil-school.a', 'From A'), note(b, 'pupil-school.b', 'From B')]);
      expect(first.status).toBe('fulfilled');
      expect(second).toMatchObject({ status: 'rejected', reason: { code: 'LEDGER.SUBJECT_KEY_RACE' } });
      expect(await b.store.streamHead('pupil-school.b')).toBeUndefined();
      await note(b, 'pupil-school.b', 'From B');
      const reader = await runtime();
      const names = [];
      for await (const event of reader.ledger.readAll()) names.push(event.data.name);
      expect(names).toEqual(['From A', 'From B']);
    });
  });

  describe('when a person is erased while their new key still waits for its commit', () => {
    it('should store the key and then destroy it', async () => {
      const ledger = await runtime();
      await ledger.vault.encrypt('school', 'PupilNoted', { pupilId: 'p3', name: 'Pupil' });
      expect(await ledger.vault.erase('school', 'p3')).toBe(true);
      const other = await runtime();
      await expect(other.vault.encrypt('school', 'PupilNoted', { pupilId: 'p3', name: 'Pupil' })).rejects.toMatchObject({
        code: 'LEDGER.SUBJECT_ERASED',
      });
    });
  });
});
