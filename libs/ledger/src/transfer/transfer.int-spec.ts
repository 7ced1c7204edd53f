import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, meta, note, postgresSubject, sqliteSubject, type ContractSubject } from '@ledger/testing';
import { exportLog } from './export-log.js';
import { ImportRefusedError, importLog } from './import-log.js';

describe('export and import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-transfer-'));
  const masterKey = randomBytes(32).toString('base64');
  let source: ContractSubject;

  beforeAll(async () => {
    source = await sqliteSubject(masterKey);
    for (let i = 0; i < 30; i += 1) {
      const stream = `${['incident', 'search', 'document'][i % 3]}-school-a.${i % 5}`;
      const head = await source.store.streamHead(stream);
      await source.ledger.append(stream, head?.revision ?? 'no_stream', [note(i), note(i + 100)]);
    }
    await source.ledger.append('pupil-school-a.p1', 'no_stream', [
      { type: 'PupilNoted', data: { pupilId: 'p1', name: 'Ada Example', words: 'it started on the group chat' }, meta: meta() },
    ]);
  });

  afterAll(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('when a SQLite export is imported into PostgreSQL and exported again', () => {
    it('should give the same file except for positions, which keep their order', async () => {
      const first = join(dir, 'first.jsonl');
      const second = join(dir, 'second.jsonl');
      await exportLog(source.store, first, { keys: source.keys, keysFile: `${first}.keys.jsonl` });
      const target = await postgresSubject(masterKey);
      try {
        const imported = await importLog(target.store, first, { keys: target.keys, keysFile: `${first}.keys.jsonl` });
        expect(imported).toEqual({ events: 61, keys: 1 });
        await exportLog(target.store, second);
        const a = readFileSync(first, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        const b = readFileSync(second, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(b).toHaveLength(a.length);
        const withoutPosition = (e: Record<string, unknown>) => ({ ...e, position: undefined });
        expect(b.map(withoutPosition)).toEqual(a.map(withoutPosition));
        const increasing = (rows: Array<{ position: string }>) =>
          rows.every((r, i) => i === 0 || BigInt(r.position) > BigInt(rows[i - 1]!.position));
        expect(increasing(a) && increasing(b)).toBe(true);
        // The wrapped keys travelled too: personal fields still read under the same master key.
        const [pupil] = await collect(target.ledger.readStream('pupil-school-a.p1'));
        expect(pupil!.data).toMatchObject({ name: 'Ada Example' });
      } finally {
        await target.close();
      }
    });
  });

  describe('when the file was altered', () => {
    it('should refuse it naming the line, and write nothing', async () => {
      const file = join(dir, 'tampered.jsonl');
      await exportLog(source.store, file);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      const victim = JSON.parse(lines[6]!);
      victim.data.n = 999;
      lines[6] = JSON.stringify(victim);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const target = await sqliteSubject();
      try {
        const error = await importLog(target.store, file).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportRefusedError);
        expect((error as ImportRefusedError).line).toBe(7);
        expect((error as Error).message).toContain(victim.id);
        expect(await target.store.headPosition()).toBe('0');
      } finally {
        await target.close();
      }
    });

    it('should refuse a file with a line removed from a stream', async () => {
      const file = join(dir, 'gap.jsonl');
      await exportLog(source.store, file);
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      lines.splice(0, 1);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const target = await sqliteSubject();
      try {
        await expect(importLog(target.store, file)).rejects.toMatchObject({ code: 'LEDGER.IMPORT_REFUSED' });
        expect(await target.store.headPosition()).toBe('0');
      } finally {
        await target.close();
      }
    });
  });

  it('should refuse to import into a store that already has events', async () => {
    const file = join(dir, 'again.jsonl');
    await exportLog(source.store, file);
    await expect(importLog(source.store, file)).rejects.toThrow(/not empty/);
  });
});
