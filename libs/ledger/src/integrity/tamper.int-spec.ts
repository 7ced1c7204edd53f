import { meta, note, postgresSubject, sqliteSubject, type ContractSubject } from '@ledger/testing';
import type pg from 'pg';
import type Database from 'better-sqlite3';
import type { RawLogReader } from '../store-support.js';
import { verifyLog, verifyStoredLog, type VerifyReport } from './verify-log.js';

type Sql = (text: string, params?: unknown[]) => Promise<void>;

/** Raw SQL straight at the adapter's database, as an attacker with file or DBA access would. */
function rawSql(subject: ContractSubject): Sql {
  const store = subject.store as unknown as { connection?: Database.Database; pool?: pg.Pool };
  if (store.connection) return async (text, params = []) => void store.connection!.prepare(text.replace(/\$\d+/g, '?')).run(...params);
  return async (text, params = []) => void (await store.pool!.query(text, params));
}

describe.each([
  ['sqlite', 'parsed events', () => sqliteSubject()],
  ['sqlite', 'raw rows', () => sqliteSubject()],
  ['postgres', 'parsed events', () => postgresSubject()],
  ['postgres', 'raw rows', () => postgresSubject()],
] as const)('Tampering detected by verify on %s (%s)', (_adapter, reading, open) => {
  let sut: ContractSubject;
  let fullRowReads = 0;
  const verify = (): Promise<VerifyReport> => {
    const store = sut.store as unknown as RawLogReader;
    const counting: RawLogReader = {
      readHashRows: (after, limit) => store.readHashRows(after, limit),
      readRawRows: (after, limit) => {
        fullRowReads += 1;
        return store.readRawRows(after, limit);
      },
    };
    return reading === 'raw rows' ? verifyStoredLog(counting, undefined, undefined, 2) : verifyLog(sut.store.readAll());
  };
  let ids: string[];

  beforeEach(async () => {
    sut = await open();
    fullRowReads = 0;
    ids = [];
    for (let i = 0; i < 5; i += 1) {
      const result = await sut.ledger.append(`incident-school-a.${i % 2}`, i < 2 ? 'no_stream' : Math.floor(i / 2) - 1, [note(10 + i)]);
      ids.push(result.events[0]!.id);
    }
    await sut.ledger.append('search-school-a.9', 'no_stream', [{ type: 'SearchConducted', data: { n: 99 }, meta: meta() }]);
  });
  afterEach(() => sut.close());

  it('should pass an untouched log', async () => {
    const report = await verify();
    expect(report.problem).toBeUndefined();
    expect(report.events).toBe(6);
    expect(report.root).toMatch(/^[0-9a-f]{64}$/);
    // The hash input the database assembles is byte for byte the one the ledger hashed: no row needs parsing.
    expect(fullRowReads).toBe(0);
  });

  it('should name the event whose data changed by one byte', async () => {
    await rawSql(sut)('UPDATE events SET data = $1 WHERE id = $2', ['{"n":13}'.replace('13', '19'), ids[3]]);
    expect((await verify()).problem).toMatchObject({ id: ids[3], what: expect.stringMatching(/^hash is/) });
  });

  it('should accept a row whose JSON is spelled differently but means the same (as older versions stored it)', async () => {
    await rawSql(sut)('UPDATE events SET data = $1 WHERE id = $2', ['{ "n" : 13 }', ids[3]]);
    expect((await verify()).problem).toBeUndefined();
    expect(fullRowReads).toBe(reading === 'raw rows' ? 1 : 0);
  });

  it('should name the event whose meta changed', async () => {
    await rawSql(sut)("UPDATE events SET meta = replace(meta, '2025-09-01', '2025-09-02') WHERE id = $1", [ids[1]]);
    expect((await verify()).problem).toMatchObject({ id: ids[1] });
  });

  it('should notice a deleted event at the next event of its stream', async () => {
    await rawSql(sut)('DELETE FROM events WHERE id = $1', [ids[2]]);
    expect((await verify()).problem).toMatchObject({
      id: ids[4],
      what: expect.stringMatching(/revision is 2, expected 1/),
    });
  });

  it('should notice two events swapped within a stream', async () => {
    // Swap the payloads and hashes of revisions 0 and 1 of stream 0, as if reordered.
    const swap = rawSql(sut);
    await swap('UPDATE events SET revision = revision + 100 WHERE id IN ($1, $2)', [ids[0], ids[2]]);
    await swap('UPDATE events SET revision = 1 WHERE id = $1', [ids[0]]);
    await swap('UPDATE events SET revision = 0 WHERE id = $1', [ids[2]]);
    const problem = (await verify()).problem;
    expect([ids[0], ids[2]]).toContain(problem?.id);
  });
});
