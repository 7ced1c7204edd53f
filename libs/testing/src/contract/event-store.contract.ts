import { ConcurrencyError, GENESIS_HASH, type EventMeta, type RecordedEvent } from '@ledger/kernel';
import { settleWithin } from '../timing.js';
import {
  chainProblem,
  ChainError,
  isErased,
  type CommandKey,
  type EventStore,
  type EventToAppend,
  type Ledger,
  type PersonalDataPolicy,
  type ReadModelStore,
  type SubjectKeyStore,
  type Vault,
} from '@ledger/ledger';

/** What the contract suite needs from an adapter under test. */
export interface ContractSubject {
  readonly store: EventStore;
  readonly ledger: Ledger;
  readonly vault: Vault;
  readonly keys: SubjectKeyStore;
  readonly readModels: ReadModelStore;
  /** Every byte the adapter stored, to look for plaintext at rest. */
  rawBytes(): Promise<Buffer>;
  close(): Promise<void>;
}

/** The personal-data policy the contract suite uses. */
export const CONTRACT_PERSONAL_DATA: PersonalDataPolicy = {
  PupilNoted: [{ subject: (data) => data.pupilId as string, fields: ['name', 'words'] }],
};

export function meta(tenantId = 'school-a', overrides: Partial<EventMeta> = {}): Omit<EventMeta, 'recordedAt'> {
  return {
    tenantId,
    actor: { id: 'staff-1', role: 'dsl' },
    occurredAt: '2025-09-01T09:00:00.000Z',
    correlationId: 'corr-1',
    causationId: null,
    ...overrides,
  };
}

/** An idempotency key for the contract's appends. */
export function key(commandId: string, tenantId = 'school-a', principal = 'staff-1', fingerprint = 'same-request'): CommandKey {
  return { commandId, tenantId, principal, fingerprint };
}

export function note(n: number, tenantId = 'school-a'): EventToAppend {
  return { type: 'NoteRecorded', data: { n }, meta: meta(tenantId) };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Checks every stream's chain in a list of events given in global order. */
export function chainProblems(events: readonly RecordedEvent[]): string[] {
  const heads = new Map<string, RecordedEvent>();
  const problems: string[] = [];
  for (const event of events) {
    const problem = chainProblem(heads.get(event.stream), event);
    if (problem) problems.push(`${event.stream}@${event.revision}: ${problem}`);
    heads.set(event.stream, event);
  }
  return problems;
}

/** The one contract every EventStore adapter passes. */
export function eventStoreContract(adapter: string, open: () => Promise<ContractSubject>): void {
  describe(`EventStore contract: ${adapter}`, () => {
    let sut: ContractSubject;
    let stream: string;
    let counter = 0;

    beforeAll(async () => {
      sut = await open();
    });

    afterAll(async () => {
      await sut?.close();
    });

    beforeEach(() => {
      counter += 1;
      stream = `incident-school-a.${adapter}-${counter}-${Date.now()}`;
    });

    describe('when appending to a new stream', () => {
      it('should record every field, chain the hashes from genesis and number revisions from 0', async () => {
        const result = await sut.ledger.append(stream, 'no_stream', [note(1), note(2)]);
        expect(result.replayed).toBe(false);
        expect(result.nextExpectedRevision).toBe(1);
        const events = await collect(sut.store.readStream(stream));
        expect(events.map((e) => e.revision)).toEqual([0, 1]);
        expect(events[0]!.prevHash).toBe(GENESIS_HASH);
        expect(events[1]!.prevHash).toBe(events[0]!.hash);
        expect(chainProblems(events)).toEqual([]);
        expect(events[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
        expect(BigInt(events[1]!.position)).toBeGreaterThan(BigInt(events[0]!.position));
        expect(events[0]!.meta).toMatchObject({
          tenantId: 'school-a',
          actor: { id: 'staff-1', role: 'dsl' },
          occurredAt: '2025-09-01T09:00:00.000Z',
        });
        expect(events[0]!.meta.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(result.events.map((e) => e.position)).toEqual(events.map((e) => e.position));
        expect(await sut.store.headPosition()).toBe(result.lastPosition);
      });
    });

    describe('when the expected revision is wrong', () => {
      it('should raise ConcurrencyError with expected and actual, and write nothing', async () => {
        await sut.ledger.append(stream, 'no_stream', [note(1)]);
        const head = await sut.store.headPosition();
        const error = await sut.ledger.append(stream, 5, [note(2)]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ code: 'LEDGER.CONCURRENCY', expected: 5, actual: 0 });
        const again = await sut.ledger.append(stream, 'no_stream', [note(2)]).catch((e: unknown) => e);
        expect(again).toMatchObject({ expected: 'no_stream', actual: 0 });
        const missing = await sut.ledger.append(`${stream}-missing`, 0, [note(2)]).catch((e: unknown) => e);
        expect(missing).toMatchObject({ expected: 0, actual: 'no_stream' });
        expect(await sut.store.headPosition()).toBe(head);
        expect(await collect(sut.store.readStream(stream))).toHaveLength(1);
      });
    });

    describe('when the revision is right but the previous hash is not the head', () => {
      it('should raise ChainError (LEDGER.CHAIN_BROKEN) and write nothing', async () => {
        await sut.ledger.append(stream, 'no_stream', [note(1)]);
        const head = await sut.store.headPosition();
        const error = await sut.ledger.append(stream, 0, [note(2)], { expectedHash: 'f'.repeat(64) }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ChainError);
        expect(error).toMatchObject({ code: 'LEDGER.CHAIN_BROKEN' });
        expect(await sut.store.headPosition()).toBe(head);
        expect(await collect(sut.store.readStream(stream))).toHaveLength(1);
      });
    });

    describe('when the same command is appended twice', () => {
      it('should append nothing new and return the original result', async () => {
        const first = await sut.ledger.append(stream, 'no_stream', [note(1), note(2)], { command: key(`cmd-${stream}`) });
        const second = await sut.ledger.append(stream, 'no_stream', [note(1), note(2)], { command: key(`cmd-${stream}`) });
        expect(second.replayed).toBe(true);
        expect(second.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
        expect(second.lastPosition).toBe(first.lastPosition);
        expect(await collect(sut.store.readStream(stream))).toHaveLength(2);
        expect(await sut.store.appendedByCommand(key(`cmd-${stream}`))).toMatchObject({ lastPosition: first.lastPosition, replayed: true });
      });

      it('should append nothing new when the retries race each other', async () => {
        const results = await Promise.allSettled(
          Array.from({ length: 4 }, () => sut.ledger.append(stream, 'no_stream', [note(1)], { command: key(`race-${stream}`) })),
        );
        expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
        expect(await collect(sut.store.readStream(stream))).toHaveLength(1);
      });
    });

    describe('when a command id is used again', () => {
      it('should refuse it with COMMAND.ID_REUSED for another command, recording nothing', async () => {
        const id = `reuse-${stream}`;
        await sut.ledger.append(stream, 'no_stream', [note(1)], { command: key(id, 'school-a', 'staff-1', 'first') });
        const head = await sut.store.headPosition();
        const error = await sut.ledger
          .append(`${stream}-other`, 'no_stream', [note(2)], { command: key(id, 'school-a', 'staff-1', 'second') })
          .catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'COMMAND.ID_REUSED' });
        const lookup = await sut.store.appendedByCommand(key(id, 'school-a', 'staff-1', 'second')).catch((e: unknown) => e);
        expect(lookup).toMatchObject({ code: 'COMMAND.ID_REUSED' });
        expect(await sut.store.headPosition()).toBe(head);
        expect(await collect(sut.store.readStream(`${stream}-other`))).toHaveLength(0);
      });

      it("should never reach another setting's or another principal's command", async () => {
        const id = `shared-${stream}`;
        const a = await sut.ledger.append(stream, 'no_stream', [note(1, 'school-a')], { command: key(id, 'school-a') });
        expect(await sut.store.appendedByCommand(key(id, 'school-b'))).toBeUndefined();
        expect(await sut.store.appendedByCommand(key(id, 'school-a', 'staff-2'))).toBeUndefined();
        const b = await sut.ledger.append(`${stream}-b`, 'no_stream', [note(1, 'school-b')], { command: key(id, 'school-b') });
        expect(b.replayed).toBe(false);
        expect(b.stream).toBe(`${stream}-b`);
        expect(b.events[0]!.id).not.toBe(a.events[0]!.id);
        expect(await sut.store.appendedByCommand(key(id, 'school-b'))).toMatchObject({ stream: `${stream}-b`, replayed: true });
        expect(await sut.store.appendedByCommand(key(id, 'school-a'))).toMatchObject({ stream, replayed: true });
      });
    });

    describe('when concurrent appends expect the same revision', () => {
      it('should accept exactly one', async () => {
        await sut.ledger.append(stream, 'no_stream', [note(0)]);
        const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => sut.ledger.append(stream, 0, [note(i + 1)])));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(
          results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof ConcurrencyError),
        ).toBe(true);
        const events = await collect(sut.store.readStream(stream));
        expect(events).toHaveLength(2);
        expect(chainProblems(events)).toEqual([]);
      });
    });

    describe('when reading the global log', () => {
      it('should filter by tenant, category and type, from a position, as async iteration', async () => {
        const start = await sut.store.headPosition();
        const tag = `${adapter}${counter}`;
        await sut.ledger.append(`incident-t1${tag}.a`, 'no_stream', [note(1, `t1${tag}`)]);
        await sut.ledger.append(`search-t1${tag}.b`, 'no_stream', [{ type: 'SearchConducted', data: { n: 2 }, meta: meta(`t1${tag}`) }]);
        await sut.ledger.append(`incident-t2${tag}.c`, 'no_stream', [note(3, `t2${tag}`)]);
        const all = sut.store.readAll({ after: start, batchSize: 2 });
        expect(typeof (all as AsyncIterable<RecordedEvent>)[Symbol.asyncIterator]).toBe('function');
        expect((await collect(all)).map((e) => e.data.n)).toEqual([1, 2, 3]);
        expect((await collect(sut.store.readAll({ after: start, tenantId: `t1${tag}` }))).map((e) => e.data.n)).toEqual([1, 2]);
        expect((await collect(sut.store.readAll({ after: start, categories: ['search'] }))).map((e) => e.data.n)).toEqual([2]);
        expect((await collect(sut.store.readAll({ after: start, types: ['NoteRecorded'] }))).map((e) => e.data.n)).toEqual([1, 3]);
        expect((await collect(sut.store.readAll({ after: start, limit: 2 }))).map((e) => e.data.n)).toEqual([1, 2]);
      });
    });

    describe('when subscribing', () => {
      it('should catch up, then follow live appends, and resume from a checkpoint', async () => {
        const start = await sut.store.headPosition();
        await sut.ledger.append(stream, 'no_stream', [note(1), note(2)]);
        const controller = new AbortController();
        const seen: RecordedEvent[] = [];
        const done = (async () => {
          for await (const event of sut.store.subscribe({ after: start, signal: controller.signal, categories: ['incident'] })) {
            seen.push(event);
            if (seen.length === 4) controller.abort();
          }
        })();
        await new Promise((r) => setTimeout(r, 50));
        await sut.ledger.append(stream, 1, [note(3), note(4)]);
        await done;
        expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);

        const resumed: RecordedEvent[] = [];
        const again = new AbortController();
        for await (const event of sut.store.subscribe({ after: seen[1]!.position, signal: again.signal })) {
          resumed.push(event);
          if (resumed.length === 2) again.abort();
        }
        expect(resumed.map((e) => e.data.n)).toEqual([3, 4]);
      });
    });

    describe('when a subscriber stops reading', () => {
      it('should not hold back writers', async () => {
        const start = await sut.store.headPosition();
        await sut.ledger.append(stream, 'no_stream', [note(0)]);
        const controller = new AbortController();
        const iterator = sut.store.subscribe({ after: start, signal: controller.signal })[Symbol.asyncIterator]();
        await iterator.next();
        // The subscriber now takes nothing more; 200 appends must still complete promptly.
        const started = Date.now();
        let head = await sut.store.streamHead(stream);
        for (let i = 1; i <= 200; i += 1) {
          const result = await sut.ledger.append(stream, head!.revision, [note(i)], { expectedHash: head!.hash });
          head = { revision: result.nextExpectedRevision, hash: result.events[0]!.hash };
        }
        expect(Date.now() - started).toBeLessThan(20_000);
        controller.abort();
        await iterator.return?.();
        expect(head!.revision).toBe(200);
      });
    });

    describe('when an event carries personal fields', () => {
      it('should keep them as ciphertext at rest and decrypt them on read', async () => {
        const name = `Ruby Quartermain-${counter}`;
        const words = `he said he would share the photo-${counter}`;
        await sut.ledger.append(stream, 'no_stream', [
          { type: 'PupilNoted', data: { pupilId: `p-${counter}`, name, words, year: 9 }, meta: meta() },
        ]);
        const [stored] = await collect(sut.store.readStream(stream));
        expect(JSON.stringify(stored!.data)).not.toContain(name);
        expect(stored!.data.year).toBe(9);
        expect(stored!.data.name).toMatchObject({ $personal: 1, subject: `p-${counter}` });
        const bytes = await sut.rawBytes();
        expect(bytes.includes(Buffer.from(name))).toBe(false);
        expect(bytes.includes(Buffer.from(words))).toBe(false);
        const [read] = await collect(sut.ledger.readStream(stream));
        expect(read!.data).toEqual({ pupilId: `p-${counter}`, name, words, year: 9 });
      });

      it('should read an erased subject as erased, never crash, and keep the chain valid', async () => {
        await sut.ledger.append(stream, 'no_stream', [
          { type: 'PupilNoted', data: { pupilId: `gone-${counter}`, name: 'Erased Person', year: 7 }, meta: meta() },
        ]);
        expect(await sut.vault.erase('school-a', `gone-${counter}`)).toBe(true);
        const [read] = await collect(sut.ledger.readStream(stream));
        expect(isErased(read!.data.name)).toBe(true);
        expect(read!.data.year).toBe(7);
        expect(chainProblems(await collect(sut.store.readStream(stream)))).toEqual([]);
      });
    });

    describe('when 8 writers append 10,000 events with a live subscriber', () => {
      it('should deliver every event exactly once, in order, none skipped', async () => {
        const start = await sut.store.headPosition();
        const prefix = `load${adapter}${counter}`;
        const target = 10_000;
        const seen: RecordedEvent[] = [];
        const controller = new AbortController();
        const subscriber = (async () => {
          for await (const event of sut.store.subscribe({ after: start, signal: controller.signal, tenantId: prefix })) {
            seen.push(event);
            if (seen.length >= target) controller.abort();
          }
        })();
        const appendedIds: string[] = [];
        const writer = async (w: number) => {
          const shared = w >= 4;
          const own = `incident-${prefix}.writer-${w}`;
          const sharedStream = `incident-${prefix}.shared`;
          let ownRevision: number | 'no_stream' = 'no_stream';
          for (let batch = 0; batch < 125; batch += 1) {
            const events = Array.from({ length: 10 }, (_, i) => note(w * 10_000 + batch * 10 + i, prefix));
            if (!shared) {
              const result = await sut.ledger.append(own, ownRevision, events);
              ownRevision = result.nextExpectedRevision;
              appendedIds.push(...result.events.map((e) => e.id));
              continue;
            }
            for (let attempt = 0; ; attempt += 1) {
              const head = await sut.store.streamHead(sharedStream);
              try {
                const result = await sut.ledger.append(sharedStream, head?.revision ?? 'no_stream', events);
                appendedIds.push(...result.events.map((e) => e.id));
                break;
              } catch (error) {
                if (!(error instanceof ConcurrencyError) || attempt > 1000) throw error;
                // A little jitter so that the same writer does not lose every race.
                await new Promise((r) => setTimeout(r, Math.random() * 3));
              }
            }
          }
        };
        await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
        await settleWithin(subscriber, 30_000);
        controller.abort();
        await subscriber;
        expect(appendedIds).toHaveLength(target);
        expect(seen).toHaveLength(target);
        expect(new Set(seen.map((e) => e.id)).size).toBe(target);
        expect(new Set(seen.map((e) => e.id))).toEqual(new Set(appendedIds));
        const outOfOrder = seen.findIndex((e, i) => i > 0 && BigInt(e.position) <= BigInt(seen[i - 1]!.position));
        expect(outOfOrder).toBe(-1);
        expect(chainProblems(seen)).toEqual([]);
      }, 120_000);
    });
  });
}
