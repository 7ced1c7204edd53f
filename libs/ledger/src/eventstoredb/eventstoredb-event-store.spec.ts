import {
  AccessDeniedError,
  MaxAppendSizeExceededError,
  EventStoreDBClient,
  DeadlineExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  type EventData,
  type Filter,
} from '@eventstore/db-client';
import { EventEmitter, once } from 'node:events';
import { ConcurrencyError, GENESIS_HASH, newId, type RecordedEvent } from '@ledger/kernel';
import type { AppendRequest, CommandKey, UnpositionedEvent } from '../event-store.js';
import { hashEvent } from '../integrity/event-hash.js';
import type {
  EsdbExpectedRevision,
  EsdbPosition,
  EsdbRead,
  EsdbReadPosition,
  EsdbReadRevision,
  EsdbRecordedEvent,
  EsdbResolvedEvent,
  EsdbSubscription,
  EventStoreClientLike,
} from './client-like.js';
import {
  EventStoreAccessDeniedError,
  EventStoreAppendTooLargeError,
  EventStoreError,
  EventStoreNotLeaderError,
  EventStorePositionError,
  EventStoreTimeoutError,
  EventStoreUnavailableError,
  mapEventStoreError,
} from './eventstore-errors.js';
import { COMMAND_STREAM_PREFIX, commandMarkerStream } from './command-intent.js';
import { toClientConnectionString } from './connection-string.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { commitOfLegacyPosition, decodePosition, encodePosition } from './position.js';

// ---------------------------------------------------------------------------------------
// A hand-written fake of the narrow client interface: streams, an ordered $all with
// system events, exact expected revisions, id idempotency, filtered subscriptions that
// can be made to fail, and calls that never answer.
// ---------------------------------------------------------------------------------------

type Stored = EsdbRecordedEvent & { position: EsdbPosition };
const NEVER = new Promise<never>(() => undefined);
const comparePositions = (a: EsdbPosition, b: EsdbPosition) =>
  a.commit === b.commit ? Number(a.prepare - b.prepare) : Number(a.commit - b.commit);

/** About what a record takes in the transaction file: a header plus its stream, type, data and metadata. */
const recordSize = (e: Pick<Stored, 'streamId' | 'type' | 'data' | 'metadata'>) =>
  100 + e.streamId.length + e.type.length + JSON.stringify(e.data ?? null).length + JSON.stringify(e.metadata ?? null).length;

class FakeRead implements EsdbRead {
  cancelled = false;
  constructor(
    private readonly items: () => EsdbResolvedEvent[],
    private readonly hang: boolean,
    private readonly error?: unknown,
    private readonly latencyMs = 0,
  ) {}
  async cancel(): Promise<void> {
    this.cancelled = true;
  }
  async *[Symbol.asyncIterator](): AsyncIterator<EsdbResolvedEvent> {
    if (this.hang) await NEVER;
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.error) throw this.error;
    for (const item of this.items()) {
      if (this.cancelled) return;
      yield item;
    }
  }
}

class FakeSubscription implements EsdbSubscription {
  ended = false;
  private readonly wake = new EventEmitter();
  delivered = 0;
  /** Events the server looked at, matching or not. */
  considered = 0;
  constructor(
    private readonly fake: FakeClient,
    private readonly from: EsdbReadPosition,
    private readonly filter: Filter | undefined,
  ) {}
  readonly readableLength = 0;
  private readonly signals = new EventEmitter();
  async unsubscribe(): Promise<void> {
    this.ended = true;
    this.wake.emit('wake');
  }
  on(event: 'caughtUp', listener: () => void): this {
    this.signals.on(event, listener);
    return this;
  }
  private accepts(event: Stored): boolean {
    if (!this.filter) return true;
    const value = this.filter.filterOn === 'streamName' ? event.streamId : event.type;
    if ('regex' in this.filter) return new RegExp(this.filter.regex).test(value);
    return this.filter.prefixes.some((p) => value.startsWith(p));
  }
  private failure: unknown;
  private caughtUp = false;
  /** Makes the subscription fail as a dropped connection does. */
  fail(error: unknown): void {
    this.failure = error;
    this.wake.emit('wake');
  }
  async *[Symbol.asyncIterator](): AsyncIterator<EsdbResolvedEvent> {
    // As the server: strictly after the position given.
    let index = this.from === 'start' ? 0 : this.fake.all.findIndex((e) => comparePositions(e.position, this.from as EsdbPosition) > 0);
    if (index < 0) index = this.fake.all.length;
    const onAppend = () => this.wake.emit('wake');
    this.fake.live.on('append', onAppend);
    try {
      if (!this.fake.userIsAdmin) throw new AccessDeniedError();
      for (;;) {
        if (this.ended) return;
        if (this.failure) throw this.failure;
        if (index < this.fake.all.length) {
          const event = this.fake.all[index++]!;
          this.considered += 1;
          if (!this.accepts(event)) continue;
          const fault = this.fake.subscriptionFault?.(this.delivered);
          if (fault === 'end') return;
          if (fault) throw fault;
          this.delivered += 1;
          yield { event };
          continue;
        }
        if (!this.caughtUp) {
          // As the server at the end of catch-up: a checkpoint where the search reached, then caughtUp.
          this.caughtUp = true;
          const searched = this.fake.all.at(-1)?.position;
          if (searched && this.filter?.checkpointReached) await this.filter.checkpointReached(this as never, searched);
          this.signals.emit('caughtUp');
        }
        if (this.fake.silentSubscriptions) await NEVER;
        await once(this.wake, 'wake');
      }
    } finally {
      this.fake.live.off('append', onAppend);
    }
  }
}

class FakeClient implements EventStoreClientLike {
  readonly streams = new Map<string, Stored[]>();
  readonly all: Stored[] = [];
  readonly live = new EventEmitter();
  readonly appendCalls: { stream: string; expectedRevision: EsdbExpectedRevision; requiresLeader?: boolean }[] = [];
  readonly readStreamCalls: { stream: string; requiresLeader?: boolean }[] = [];
  /** What a follower that stopped replicating holds: reads without requiresLeader are served from it. */
  private followerCopy?: Map<string, Stored[]>;
  readonly subscribeCalls: { fromPosition: EsdbReadPosition; filter: Filter | undefined }[] = [];
  readonly reads: FakeRead[] = [];
  readonly readAllCalls: { fromPosition?: EsdbReadPosition; direction?: string }[] = [];
  private nextLog = 1_000n;
  /** Every call that reaches the fake never answers. */
  hang = false;
  /** Only reads of $all never answer (for the idle probe). */
  hangReadAll = false;
  silentSubscriptions = false;
  /** Network round trip added to every append and read, to measure what round trips cost. */
  latencyMs = 0;
  /** As the server's MaxAppendSize (1 MiB by default). */
  maxAppendSize = 1024 * 1024;
  /** As a connection string with throwOnAppendFailure=false: a wrong revision resolves with success: false. */
  throwOnAppendFailure = true;
  /** As the server's default ACL: $all only for $admins; set when the user is not one. */
  userIsAdmin = true;
  /** Errors thrown by the next appendToStream calls, in order. */
  appendFaults: unknown[] = [];
  readFault: unknown;
  /** Called before an append is applied, e.g. to let a rival writer in first. */
  beforeAppend?: (stream: string) => void;
  /** Called after an append is applied; throwing loses the answer (the events stay). */
  afterAppend?: (stream: string) => void;
  /** Per delivered count: an error to throw, 'end' to end the subscription, or undefined. */
  subscriptionFault?: (delivered: number) => unknown;
  subscriptions: FakeSubscription[] = [];
  disposed = false;
  serverVersion = '25.0.0.1';
  get capabilities(): Promise<{ serverVersion: string }> {
    return Promise.resolve({ serverVersion: this.serverVersion });
  }

  /** The node the client is on becomes a follower that lags: it forwards writes but serves reads from its copy. */
  demoteToLaggingFollower(): void {
    this.followerCopy = new Map([...this.streams].map(([name, events]) => [name, [...events]]));
  }

  /** Writes directly, as another process or the server itself would. */
  write(stream: string, events: { id?: string; type: string; data: unknown; metadata?: unknown }[]): Stored[] {
    const existing = this.streams.get(stream) ?? [];
    // Over gRPC every event is a self-committing prepare: commit = prepare, one position per
    // event, advancing by the record's size in the transaction file.
    const stored = events.map((e, i) => {
      const position = { commit: this.nextLog, prepare: this.nextLog };
      const event: Stored = {
        streamId: stream,
        id: e.id ?? newId(),
        revision: BigInt(existing.length + i),
        type: e.type,
        data: JSON.parse(JSON.stringify(e.data)),
        metadata: e.metadata === undefined ? undefined : JSON.parse(JSON.stringify(e.metadata)),
        position,
      };
      this.nextLog += BigInt(recordSize(event));
      return event;
    });
    this.streams.set(stream, [...existing, ...stored]);
    this.all.push(...stored);
    this.live.emit('append');
    return stored;
  }

  async appendToStream(
    stream: string,
    events: EventData[],
    options: { expectedRevision: EsdbExpectedRevision; deadline?: number; requiresLeader?: boolean },
  ): Promise<{ success?: boolean; nextExpectedRevision: bigint; position?: EsdbPosition }> {
    this.appendCalls.push({ stream, expectedRevision: options.expectedRevision, requiresLeader: options.requiresLeader });
    if (this.hang) return NEVER;
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    const fault = this.appendFaults.shift();
    if (fault) throw fault;
    this.beforeAppend?.(stream);
    const size = events.reduce((sum, e) => sum + JSON.stringify(e.data ?? null).length + JSON.stringify(e.metadata ?? null).length, 0);
    if (size > this.maxAppendSize) throw MaxAppendSizeExceededError.fromMaxAppendSize(this.maxAppendSize);
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? 'no_stream' : BigInt(existing.length - 1);
    // Idempotent: the same ids at the same expected revision are already there.
    const start = options.expectedRevision === 'no_stream' ? 0 : Number(options.expectedRevision) + 1;
    if (events.every((e, i) => existing[start + i]?.id === e.id)) {
      return { nextExpectedRevision: BigInt(start + events.length - 1), position: existing[start + events.length - 1]!.position };
    }
    if (options.expectedRevision !== current) {
      if (!this.throwOnAppendFailure) return { success: false, nextExpectedRevision: current === 'no_stream' ? -1n : current };
      throw new WrongExpectedVersionError(undefined, { streamName: stream, expected: options.expectedRevision, current });
    }
    const stored = this.write(
      stream,
      events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
    );
    this.afterAppend?.(stream);
    return { success: true, nextExpectedRevision: stored.at(-1)!.revision, position: stored.at(-1)!.position };
  }

  readStream(
    stream: string,
    options: {
      fromRevision?: EsdbReadRevision;
      direction?: 'forwards' | 'backwards';
      maxCount?: number | bigint;
      requiresLeader?: boolean;
    },
  ): EsdbRead {
    this.readStreamCalls.push({ stream, requiresLeader: options.requiresLeader });
    const served = options.requiresLeader || !this.followerCopy ? this.streams : this.followerCopy;
    const read = new FakeRead(
      () => {
        const events = served.get(stream);
        if (!events) throw new StreamNotFoundError(undefined, stream);
        const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
        if (options.direction === 'backwards') {
          const from =
            options.fromRevision === undefined || options.fromRevision === 'end' ? events.length - 1 : Number(options.fromRevision);
          return events
            .slice(0, from + 1)
            .reverse()
            .slice(0, max)
            .map((event) => ({ event }));
        }
        const from = options.fromRevision === undefined || options.fromRevision === 'start' ? 0 : Number(options.fromRevision);
        return events.slice(from, from + max).map((event) => ({ event }));
      },
      this.hang,
      this.readFault,
    );
    this.reads.push(read);
    return read;
  }

  /** As 6.2.1's: no filter; every event from the position crosses the network. */
  readAll(options: { fromPosition?: EsdbReadPosition; direction?: 'forwards' | 'backwards'; maxCount?: number | bigint }): EsdbRead {
    this.readAllCalls.push({ fromPosition: options.fromPosition, direction: options.direction });
    if (!this.userIsAdmin) return new FakeRead(() => [], false, new AccessDeniedError());
    const read = new FakeRead(
      () => {
        const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
        const from = options.fromPosition ?? (options.direction === 'backwards' ? 'end' : 'start');
        if (options.direction === 'backwards') {
          const upTo = from === 'end' ? this.all : this.all.filter((e) => comparePositions(e.position, from as EsdbPosition) <= 0);
          return [...upTo]
            .reverse()
            .slice(0, max)
            .map((event) => ({ event }));
        }
        const after = from === 'start' ? this.all : this.all.filter((e) => comparePositions(e.position, from as EsdbPosition) >= 0);
        return after.slice(0, max).map((event) => ({ event }));
      },
      this.hang || this.hangReadAll,
      this.readFault,
    );
    this.reads.push(read);
    return read;
  }

  subscribeToAll(options: { fromPosition?: EsdbReadPosition; filter?: Filter }): EsdbSubscription {
    this.subscribeCalls.push({ fromPosition: options.fromPosition ?? 'start', filter: options.filter });
    const subscription = new FakeSubscription(this, options.fromPosition ?? 'start', options.filter);
    this.subscriptions.push(subscription);
    return subscription;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}

// ---------------------------------------------------------------------------------------

const META = {
  tenantId: 'school-a',
  actor: { id: 'staff-1', role: 'dsl' },
  occurredAt: '2025-09-01T09:00:00.000Z',
  recordedAt: '2025-09-01T09:00:01.000Z',
  correlationId: 'corr-1',
  causationId: null,
};

/** Records continuing a stream from `head`, hashed as the ledger builds them. */
function records(
  stream: string,
  head: { revision: number; hash: string } | undefined,
  ns: number[],
  tenantId = 'school-a',
): UnpositionedEvent[] {
  let revision = head === undefined ? 0 : head.revision + 1;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return ns.map((n) => {
    const unhashed = { id: newId(), stream, revision, type: 'NoteRecorded', schema: 1, data: { n }, meta: { ...META, tenantId }, prevHash };
    const hash = hashEvent(unhashed);
    revision += 1;
    prevHash = hash;
    return { ...unhashed, hash };
  });
}

function request(
  stream: string,
  expectedRevision: AppendRequest['expectedRevision'],
  events: UnpositionedEvent[],
  commandId?: string,
): AppendRequest {
  return { stream, expectedRevision, events, ...(commandId === undefined ? {} : { command: key(commandId) }) };
}

function key(commandId: string, tenantId = 'school-a'): CommandKey {
  return { commandId, tenantId, principal: META.actor.id, fingerprint: 'same-request' };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Waits until the condition holds; fails after two seconds. */
async function until(condition: () => boolean): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 2_000) throw new Error('condition not met within 2 s');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A raw gRPC ServiceError, as @grpc/grpc-js rejects with before the client converts it. */
function serviceError(code: number, details: string, metadata: Record<string, string> = {}) {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: { getMap: () => metadata } });
}

function setup(options: ConstructorParameters<typeof EventStoreDbEventStore>[1] = {}) {
  const fake = new FakeClient();
  const warnings: string[] = [];
  const store = new EventStoreDbEventStore(fake, {
    deadlineMs: 200,
    idleProbeMs: 100,
    resubscribeDelayMs: 10,
    logger: { warn: (details, message) => warnings.push(`${message} ${JSON.stringify(details)}`) },
    ...options,
  });
  return { fake, store, warnings };
}

describe(EventStoreDbEventStore.name, () => {
  describe('when appending', () => {
    it('should store every record field, map revisions both ways and never ask for "any"', async () => {
      const { fake, store } = setup();
      const first = records('incident-school-a.1', undefined, [1, 2]);
      const result = await store.append(request('incident-school-a.1', 'no_stream', first));
      const second = records('incident-school-a.1', { revision: 1, hash: first[1]!.hash }, [3]);
      await store.append(request('incident-school-a.1', 1, second));
      expect(fake.appendCalls.map((c) => c.expectedRevision)).toEqual(['no_stream', 1n]);
      expect(fake.appendCalls.every((c) => c.expectedRevision === 'no_stream' || typeof c.expectedRevision === 'bigint')).toBe(true);
      expect(fake.streams.get('incident-school-a.1')!.map((e) => e.revision)).toEqual([0n, 1n, 2n]);

      const read = await collect(store.readStream('incident-school-a.1'));
      expect(read).toHaveLength(3);
      const { position, ...rest } = read[0]!;
      expect(rest).toEqual(first[0]);
      expect(position).toBe(result.events[0]!.position);
      // Each event of one append has its own position, in order.
      expect(BigInt(read[1]!.position)).toBeGreaterThan(BigInt(read[0]!.position));
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(await store.streamHead('incident-school-a.1')).toEqual({ revision: 2, hash: second[0]!.hash });
    });

    it('should give the head position of the last ledger event, skipping system events after it', async () => {
      const { fake, store } = setup();
      const result = await store.append(request('incident-school-a.2', 'no_stream', records('incident-school-a.2', undefined, [1])));
      fake.write(
        '$stats-127.0.0.1:2113',
        Array.from({ length: 150 }, () => ({ type: '$statsCollected', data: {} })),
      );
      expect(await store.headPosition()).toBe(result.lastPosition);
      expect(await new EventStoreDbEventStore(new FakeClient()).headPosition()).toBe('0');
    });

    it('should turn a wrong revision into ConcurrencyError without writing', async () => {
      const { fake, store } = setup();
      await store.append(request('incident-school-a.3', 'no_stream', records('incident-school-a.3', undefined, [1])));
      const error = await store
        .append(request('incident-school-a.3', 5, records('incident-school-a.3', { revision: 5, hash: 'x' }, [2])))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ code: 'LEDGER.CONCURRENCY', expected: 5, actual: 0 });
      const missing = await store
        .append(request('incident-school-a.none', 0, records('incident-school-a.none', { revision: 0, hash: 'x' }, [2])))
        .catch((e: unknown) => e);
      expect(missing).toMatchObject({ expected: 0, actual: 'no_stream' });
      expect(fake.streams.get('incident-school-a.3')).toHaveLength(1);
    });

    it("should turn the server's WrongExpectedVersion (a rival got in between) into ConcurrencyError", async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.4';
      const first = records(stream, undefined, [1]);
      await store.append(request(stream, 'no_stream', first));
      fake.beforeAppend = (s) => {
        fake.beforeAppend = undefined;
        fake.write(s, [{ type: 'NoteRecorded', data: { n: 'rival' }, metadata: { ledger: 1 } }]);
      };
      const error = await store
        .append(request(stream, 0, records(stream, { revision: 0, hash: first[0]!.hash }, [2])))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ expected: 0, actual: 1 });
    });

    it('should apply appends fired without waiting in call order, as ledger import does', async () => {
      const { store } = setup();
      const a = records('incident-school-a.q', undefined, [1, 2]);
      const b = records('search-school-a.q', undefined, [3]);
      const results = await Promise.all([
        store.append(request('incident-school-a.q', 'no_stream', [a[0]!])),
        store.append(request('search-school-a.q', 'no_stream', b)),
        store.append(request('incident-school-a.q', 0, [a[1]!])),
      ]);
      expect(results.map((r) => r.replayed)).toEqual([false, false, false]);
      const positions = results.map((r) => BigInt(r.lastPosition));
      expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
      expect((await collect(store.readAll())).map((e) => e.data.n)).toEqual([1, 3, 2]);
    });

    it('should refuse records that do not continue the hash chain', async () => {
      const { store } = setup();
      const stream = 'incident-school-a.5';
      await store.append(request(stream, 'no_stream', records(stream, undefined, [1])));
      const error = await store
        .append(request(stream, 0, records(stream, { revision: 0, hash: 'f'.repeat(64) }, [2])))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'LEDGER.CHAIN_BROKEN' });
    });
  });

  describe('when the node the client is on lags behind the leader', () => {
    it('should read and append on the leader, so a lagging follower cannot make a good append fail', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.lead';
      const first = records(stream, undefined, [1]);
      await store.append(request(stream, 'no_stream', first, 'cmd-l1'));
      fake.demoteToLaggingFollower();
      // Two events: their positions are read back after the append.
      const second = records(stream, { revision: 0, hash: first[0]!.hash }, [2, 3]);
      await store.append(request(stream, 0, second, 'cmd-l2'));
      const third = records(stream, { revision: 2, hash: second[1]!.hash }, [4]);
      const result = await store.append(request(stream, 2, third, 'cmd-l3'));
      expect(result.nextExpectedRevision).toBe(3);
      expect(await store.streamHead(stream)).toMatchObject({ revision: 3 });
      expect(await store.appendedByCommand(key('cmd-l2'))).toMatchObject({ replayed: true, nextExpectedRevision: 2 });
      expect(fake.appendCalls.every((c) => c.requiresLeader === true)).toBe(true);
      expect(fake.readStreamCalls.every((c) => c.requiresLeader === true)).toBe(true);
    });
  });

  describe('when a command is retried', () => {
    it('should return the original result from the command marker and append nothing', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.6';
      const first = await store.append(request(stream, 'no_stream', records(stream, undefined, [1, 2]), 'cmd-6'));
      expect(fake.streams.has(commandMarkerStream(key('cmd-6')))).toBe(true);
      const again = await store.append(request(stream, 'no_stream', records(stream, undefined, [1, 2]), 'cmd-6'));
      expect(again.replayed).toBe(true);
      expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
      expect(again.lastPosition).toBe(first.lastPosition);
      expect(fake.streams.get(stream)).toHaveLength(2);
      expect(await store.appendedByCommand(key('cmd-6'))).toMatchObject({ lastPosition: first.lastPosition, replayed: true });
      expect(await store.appendedByCommand(key('cmd-unknown'))).toBeUndefined();
    });

    it("should never answer with another setting's command, and refuse the same key for another command", async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.60';
      await store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-60'));
      expect(await store.appendedByCommand(key('cmd-60', 'school-b'))).toBeUndefined();
      const other = 'incident-school-a.61';
      const reused = await store
        .append({ ...request(other, 'no_stream', records(other, undefined, [1])), command: { ...key('cmd-60'), fingerprint: 'another' } })
        .catch((e: unknown) => e);
      expect(reused).toMatchObject({ code: 'COMMAND.ID_REUSED' });
      expect(fake.streams.has(other)).toBe(false);
    });

    it('should honour a marker written before keys were scoped, for its own setting only', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.62';
      const first = await store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-62'));
      fake.streams.set(`${COMMAND_STREAM_PREFIX}cmd-62`, fake.streams.get(commandMarkerStream(key('cmd-62')))!);
      fake.streams.delete(commandMarkerStream(key('cmd-62')));
      expect(await store.appendedByCommand(key('cmd-62'))).toMatchObject({ lastPosition: first.lastPosition, replayed: true });
      expect(await store.appendedByCommand(key('cmd-62', 'school-b'))).toBeUndefined();
    });

    it('should record the intent before the events, so a retry after a crash finds the command however many events followed', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.7';
      // The first attempt dies after its events land: the client never hears back.
      fake.afterAppend = (s) => {
        if (s === stream) {
          fake.afterAppend = undefined;
          throw new UnavailableError();
        }
      };
      const first = records(stream, undefined, [1, 2]);
      await expect(store.append(request(stream, 'no_stream', first, 'cmd-7'))).rejects.toMatchObject({ code: 'LEDGER.STORE_UNAVAILABLE' });
      expect(fake.appendCalls.map((c) => c.stream)).toEqual([commandMarkerStream(key('cmd-7')), stream]);
      // More than the tail scan's depth of other commands follow on the same stream.
      let head = { revision: 1, hash: first[1]!.hash };
      for (let n = 0; n < 60; n += 1) {
        const [event] = records(stream, head, [100 + n]);
        await store.append(request(stream, head.revision, [event!]));
        head = { revision: head.revision + 1, hash: event!.hash };
      }
      // The retry folded the stream again: new ids, built against today's head.
      const retry = await store.append(request(stream, head.revision, records(stream, head, [1, 2]), 'cmd-7'));
      expect(retry.replayed).toBe(true);
      expect(retry.events.map((e) => e.id)).toEqual(first.map((e) => e.id));
      expect(fake.streams.get(stream)).toHaveLength(62);
      expect(await store.appendedByCommand(key('cmd-7'))).toMatchObject({ replayed: true, lastPosition: retry.lastPosition });
    });

    it('should append on retry when the first attempt died before its events landed, and remember the new attempt', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.7b';
      fake.appendFaults = [undefined, new UnavailableError()];
      await expect(store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-7b'))).rejects.toMatchObject({
        code: 'LEDGER.STORE_UNAVAILABLE',
      });
      expect(fake.streams.has(stream)).toBe(false);
      const retry = await store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-7b'));
      expect(retry.replayed).toBe(false);
      const again = await store.append(request(stream, 0, records(stream, { revision: 0, hash: retry.events[0]!.hash }, [1]), 'cmd-7b'));
      expect(again).toMatchObject({ replayed: true, lastPosition: retry.lastPosition });
      expect(fake.streams.get(stream)).toHaveLength(1);
      expect(fake.streams.get(commandMarkerStream(key('cmd-7b')))).toHaveLength(2);
    });

    it('should still find a command an older version appended without a marker, all of it, beyond the tail scan', async () => {
      const { fake, store } = setup({ commandScanDepth: 5 });
      const stream = 'incident-school-a.7c';
      // As the previous adapter wrote it: command id in the metadata, marker never written.
      const legacy = records(stream, undefined, [1, 2, 3, 4, 5, 6, 7, 8]);
      fake.write(
        stream,
        legacy.map((e) => ({
          id: e.id,
          type: e.type,
          data: e.data,
          metadata: { ledger: 1, schema: 1, meta: e.meta, hash: e.hash, prevHash: e.prevHash, commandId: 'cmd-7c' },
        })),
      );
      const head = { revision: 7, hash: legacy[7]!.hash };
      const retry = await store.append(request(stream, 7, records(stream, head, [1, 2, 3, 4, 5, 6, 7, 8]), 'cmd-7c'));
      expect(retry.replayed).toBe(true);
      expect(retry.events.map((e) => e.id)).toEqual(legacy.map((e) => e.id));
      // And again: the retry left a note of where the command landed.
      const again = await store.append(request(stream, 7, records(stream, head, [1, 2, 3, 4, 5, 6, 7, 8]), 'cmd-7c'));
      expect(again).toMatchObject({ replayed: true, lastPosition: retry.lastPosition });
      expect(fake.streams.get(stream)).toHaveLength(8);
    });

    it('should still read the marker an older version wrote after the events', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.7d';
      const result = await store.append(request(stream, 'no_stream', records(stream, undefined, [1, 2])));
      fake.write(`${COMMAND_STREAM_PREFIX}cmd-7d`, [
        { type: 'LedgerCommandRecorded', data: { stream, firstRevision: 0, lastRevision: 1 } },
      ]);
      expect(await store.appendedByCommand(key('cmd-7d'))).toMatchObject({ replayed: true, lastPosition: result.lastPosition });
    });

    it("should not take an older version's command of another setting or actor, by marker or in the tail, for this key", async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.7f';
      // As the previous adapter wrote it for another actor: the bare command id in the metadata and an unscoped marker.
      const legacy = records(stream, undefined, [1]);
      fake.write(
        stream,
        legacy.map((e) => ({
          id: e.id,
          type: e.type,
          data: e.data,
          metadata: {
            ledger: 1,
            schema: 1,
            meta: { ...e.meta, actor: { ...e.meta.actor, id: 'someone-else' } },
            hash: e.hash,
            prevHash: e.prevHash,
            commandId: 'cmd-7f',
          },
        })),
      );
      fake.write(`${COMMAND_STREAM_PREFIX}cmd-7f`, [
        { type: 'LedgerCommandRecorded', data: { stream, firstRevision: 0, lastRevision: 0 } },
      ]);
      expect(await store.appendedByCommand(key('cmd-7f'))).toBeUndefined();
      const mine = await store.append(request(stream, 0, records(stream, { revision: 0, hash: legacy[0]!.hash }, [2]), 'cmd-7f'));
      expect(mine.replayed).toBe(false);
      expect(fake.streams.get(stream)).toHaveLength(2);
    });

    it('should refuse a key whose earlier attempt, landed or not, was for another command, and record nothing', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.7g';
      fake.appendFaults = [undefined, new UnavailableError()];
      await expect(store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-7g'))).rejects.toMatchObject({
        code: 'LEDGER.STORE_UNAVAILABLE',
      });
      const reused = await store
        .append({ ...request(stream, 'no_stream', records(stream, undefined, [2])), command: { ...key('cmd-7g'), fingerprint: 'another' } })
        .catch((e: unknown) => e);
      expect(reused).toMatchObject({ code: 'COMMAND.ID_REUSED' });
      expect(fake.streams.has(stream)).toBe(false);
      expect(fake.streams.get(commandMarkerStream(key('cmd-7g')))).toHaveLength(1);
    });

    it('should find the events by key in the tail when the first attempt died before writing any marker', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.7e';
      const first = await store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-7e'));
      fake.streams.delete(commandMarkerStream(key('cmd-7e')));
      // The retry folded the stream again, so it expects the head the first attempt made.
      const retry = await store.append(request(stream, 0, records(stream, { revision: 0, hash: first.events[0]!.hash }, [1]), 'cmd-7e'));
      expect(retry).toMatchObject({ replayed: true, lastPosition: first.lastPosition });
      expect(fake.streams.get(stream)).toHaveLength(1);
      expect(fake.streams.has(commandMarkerStream(key('cmd-7e')))).toBe(true);
    });

    it('should keep command markers out of the global log', async () => {
      const { store } = setup();
      await store.append(request('incident-school-a.8', 'no_stream', records('incident-school-a.8', undefined, [1]), 'cmd-8'));
      const all = await collect(store.readAll());
      expect(all.map((e) => e.stream)).toEqual(['incident-school-a.8']);
    });
  });

  describe('when the client fails', () => {
    const cases: [string, () => unknown, new (...args: never[]) => Error, string][] = [
      [
        'gRPC code 14 UNAVAILABLE',
        () => serviceError(14, 'No connection established'),
        EventStoreUnavailableError,
        'LEDGER.STORE_UNAVAILABLE',
      ],
      ["the client's UnavailableError", () => new UnavailableError(), EventStoreUnavailableError, 'LEDGER.STORE_UNAVAILABLE'],
      [
        'not leader',
        () =>
          new NotLeaderError(
            serviceError(5, 'Leader info available', { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' }) as never,
          ),
        EventStoreNotLeaderError,
        'LEDGER.STORE_NOT_LEADER',
      ],
      ['deadline exceeded', () => new DeadlineExceededError(), EventStoreTimeoutError, 'LEDGER.STORE_TIMEOUT'],
      ['gRPC code 4', () => serviceError(4, 'Deadline exceeded'), EventStoreTimeoutError, 'LEDGER.STORE_TIMEOUT'],
      ['access denied', () => new AccessDeniedError(), EventStoreAccessDeniedError, 'LEDGER.STORE_ACCESS_DENIED'],
      [
        'gRPC code 16 UNAUTHENTICATED',
        () => serviceError(16, 'Bad credentials'),
        EventStoreAccessDeniedError,
        'LEDGER.STORE_ACCESS_DENIED',
      ],
    ];

    it.each(cases)('should map %s on append to a typed error with a clear message', async (_name, make, type, code) => {
      const { fake, store } = setup();
      fake.appendFaults = [make(), make()];
      const error = await store
        .append(request('incident-school-a.9', 'no_stream', records('incident-school-a.9', undefined, [1])))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect(error).toMatchObject({ code });
      expect((error as Error).message).toMatch(/event store/);
      expect((error as Error).message).toContain('incident-school-a.9');
    });

    it.each(cases)('should map %s on a read the same way', async (_name, make, type, code) => {
      const { fake, store } = setup();
      fake.readFault = make();
      const error = await collect(store.readAll()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect(error).toMatchObject({ code });
      const head = await store.streamHead('incident-school-a.x').catch((e: unknown) => e);
      expect(head).toBeInstanceOf(type);
    });

    it('should name the leader and retry an append once when the node is not the leader', async () => {
      const { fake, store, warnings } = setup();
      fake.appendFaults = [
        new NotLeaderError(
          serviceError(5, 'Leader info available', { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' }) as never,
        ),
      ];
      const result = await store.append(request('incident-school-a.10', 'no_stream', records('incident-school-a.10', undefined, [1])));
      expect(result.replayed).toBe(false);
      expect(fake.appendCalls).toHaveLength(2);
      expect(fake.streams.get('incident-school-a.10')).toHaveLength(1);
      expect(warnings.join()).toMatch(/leader changed/);
      const notLeader = new NotLeaderError(
        serviceError(5, 'x', { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' }) as never,
      );
      expect((mapEventStoreError(notLeader, 'appending') as Error).message).toContain('the leader is node2:2113');
    });

    it('should leave unrelated errors unchanged', () => {
      const bug = new TypeError('boom');
      expect(mapEventStoreError(bug, 'x')).toBe(bug);
    });
  });

  describe('when the cluster refuses or cannot serve the ledger', () => {
    it('should refuse an append larger than the server accepts with a typed error, recording no event', async () => {
      const { fake, store } = setup();
      const [big] = records('incident-school-a.big', undefined, [1]);
      const event = { ...big!, data: { text: 'x'.repeat(1_100_000) } };
      const error = await store.append(request('incident-school-a.big', 'no_stream', [event])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventStoreAppendTooLargeError);
      expect(error).toMatchObject({ code: 'LEDGER.STORE_APPEND_TOO_LARGE', maxAppendSize: 1024 * 1024, retryable: false });
      expect(fake.streams.has('incident-school-a.big')).toBe(false);
    });

    it('should not take success: false (throwOnAppendFailure=false) for a stored append', async () => {
      const { fake, store } = setup();
      fake.throwOnAppendFailure = false;
      const stream = 'incident-school-a.taf';
      const first = records(stream, undefined, [1]);
      await store.append(request(stream, 'no_stream', first));
      fake.beforeAppend = (s) => {
        if (s !== stream) return;
        fake.beforeAppend = undefined;
        fake.write(s, [{ type: 'NoteRecorded', data: { n: 'rival' }, metadata: { ledger: 1 } }]);
      };
      const error = await store
        .append(request(stream, 0, records(stream, { revision: 0, hash: first[0]!.hash }, [2]), 'cmd-taf'))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ expected: 0, actual: 1 });
      expect(fake.streams.get(stream)).toHaveLength(2);
    });

    it('should say a dropped append may have been recorded, and a dropped read changed nothing', async () => {
      const { fake, store } = setup();
      fake.appendFaults = [new UnavailableError()];
      const append = await store
        .append(request('incident-school-a.drop', 'no_stream', records('incident-school-a.drop', undefined, [1])))
        .catch((e: unknown) => e);
      expect(append).toMatchObject({ code: 'LEDGER.STORE_UNAVAILABLE', outcome: 'unknown' });
      fake.readFault = new UnavailableError();
      const read = await collect(store.readStream('incident-school-a.drop')).catch((e: unknown) => e);
      expect(read).toMatchObject({ code: 'LEDGER.STORE_UNAVAILABLE', outcome: 'unchanged' });
    });

    it('should say on connect that reading $all needs an admin', async () => {
      const { fake, store } = setup();
      fake.userIsAdmin = false;
      const error = await store.checkCluster().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventStoreAccessDeniedError);
      expect(error).toMatchObject({ code: 'LEDGER.STORE_ACCESS_DENIED', resource: '$all' });
      const read = await collect(store.readAll({ categories: ['incident'] })).catch((e: unknown) => e);
      expect(read).toMatchObject({ code: 'LEDGER.STORE_ACCESS_DENIED', resource: '$all' });
    });

    it.each([
      ['22.10.0.0', false],
      ['23.6.0', false],
      ['unknown', false],
      ['23.10.0', true],
      ['24.10.4.0', true],
      ['25.0.0.1', true],
    ])('should accept server version %s only when it is 23.10 or newer (%s)', async (version, accepted) => {
      const { fake, store } = setup();
      fake.serverVersion = version;
      const error = await store.checkCluster().catch((e: unknown) => e);
      if (accepted) expect(error).toBeUndefined();
      else expect(error).toMatchObject({ code: 'LEDGER.STORE_VERSION_UNSUPPORTED', serverVersion: version });
    });

    it('should map certificate failures to a TLS error', async () => {
      const tls = serviceError(14, 'No connection established. Last error: Error: self-signed certificate in certificate chain');
      expect(mapEventStoreError(tls, 'appending to x')).toMatchObject({ code: 'LEDGER.STORE_TLS' });
      expect(mapEventStoreError(new UnavailableError(tls as never), 'reading x')).toMatchObject({ code: 'LEDGER.STORE_TLS' });
      // The real client reads tlsCAFile when it is built.
      const error = await EventStoreDbEventStore.connect('esdb://node1:2113?tlsCAFile=/nonexistent/ca.crt').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'LEDGER.STORE_TLS' });
    });
  });

  describe('when the server accepts the connection and never answers', () => {
    it.each([
      [
        'append',
        (s: EventStoreDbEventStore) =>
          s.append(request('incident-school-a.11', 'no_stream', records('incident-school-a.11', undefined, [1]))),
      ],
      ['streamHead', (s: EventStoreDbEventStore) => s.streamHead('incident-school-a.11')],
      ['readStream', (s: EventStoreDbEventStore) => collect(s.readStream('incident-school-a.11'))],
      ['readAll', (s: EventStoreDbEventStore) => collect(s.readAll())],
      ['headPosition', (s: EventStoreDbEventStore) => s.headPosition()],
      ['appendedByCommand', (s: EventStoreDbEventStore) => s.appendedByCommand(key('cmd'))],
    ])('should fail %s with our timeout error within the deadline', async (_name, call) => {
      const { fake, store } = setup({ deadlineMs: 150 });
      fake.hang = true;
      const started = Date.now();
      const error = await (call(store) as Promise<unknown>).catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(EventStoreTimeoutError);
      expect(error).toMatchObject({ code: 'LEDGER.STORE_TIMEOUT', deadlineMs: 150 });
      expect(elapsed).toBeGreaterThanOrEqual(140);
      expect(elapsed).toBeLessThan(1_000);
    });

    it('should cancel a read that stalled', async () => {
      const { fake, store } = setup({ deadlineMs: 100 });
      fake.hang = true;
      await collect(store.readAll()).catch(() => undefined);
      expect(fake.reads.at(-1)!.cancelled).toBe(true);
    });

    it('should report unhealthy rather than hang', async () => {
      const { fake, store } = setup({ deadlineMs: 100 });
      fake.hang = true;
      expect(await store.health()).toMatchObject({
        ok: false,
        adapter: 'eventstoredb',
        detail: expect.stringMatching(/did not answer within 100 ms/),
      });
    });
  });

  describe('when subscribing', () => {
    async function seed(store: EventStoreDbEventStore, fake: FakeClient, count: number, stream = 'incident-school-a.sub') {
      let head: { revision: number; hash: string } | undefined;
      for (let n = 1; n <= count; n += 1) {
        const [event] = records(stream, head, [n]);
        const result = await store.append(request(stream, head?.revision ?? 'no_stream', [event!]));
        head = { revision: result.nextExpectedRevision, hash: event!.hash };
        if (n % 2 === 0) fake.write('$stats-node', [{ type: '$statsCollected', data: {} }]);
      }
    }

    async function take(store: EventStoreDbEventStore, count: number, options: { after?: string; categories?: string[] } = {}) {
      const controller = new AbortController();
      const seen: RecordedEvent[] = [];
      const timer = setTimeout(() => controller.abort(), 5_000);
      for await (const event of store.subscribe({ ...options, signal: controller.signal })) {
        seen.push(event);
        if (seen.length === count) controller.abort();
      }
      clearTimeout(timer);
      return seen;
    }

    it('should filter on the server: system events and command markers out, categories by stream prefix', async () => {
      const { fake, store } = setup();
      await seed(store, fake, 2);
      await store.append(request('search-school-a.s', 'no_stream', records('search-school-a.s', undefined, [9]), 'cmd-s'));
      expect((await take(store, 3)).map((e) => e.data.n)).toEqual([1, 2, 9]);
      expect(fake.subscribeCalls[0]!.filter).toMatchObject({ filterOn: 'streamName', regex: '^[^$_]' });
      expect((await take(store, 1, { categories: ['search'] })).map((e) => e.data.n)).toEqual([9]);
      expect(fake.subscribeCalls[1]!.filter).toMatchObject({ filterOn: 'streamName', regex: '^(?:search)-' });
      // The server really does the filtering: the fake delivered only matching events.
      expect(fake.subscriptions[1]!.delivered).toBe(1);
    });

    it('should resubscribe from the last delivered position after the subscription fails, losing and repeating nothing', async () => {
      const { fake, store, warnings } = setup();
      await seed(store, fake, 10);
      let failed = 0;
      fake.subscriptionFault = (delivered) => (delivered === 3 && failed++ < 2 ? new UnavailableError() : undefined);
      const seen = await take(store, 10);
      expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(fake.subscribeCalls).toHaveLength(3);
      expect(fake.subscribeCalls[0]!.fromPosition).toBe('start');
      expect(fake.subscribeCalls[1]!.fromPosition).toEqual(decodePosition(seen[2]!.position));
      expect(fake.subscribeCalls[2]!.fromPosition).toEqual(decodePosition(seen[5]!.position));
      expect(warnings.filter((w) => /resubscribing/.test(w))).toHaveLength(2);
      expect(warnings[0]).toMatch(/could not be reached/);
    });

    it('should resubscribe when the server ends the subscription (a leader change)', async () => {
      const { fake, store } = setup();
      await seed(store, fake, 6);
      let ended = false;
      fake.subscriptionFault = (delivered) => (delivered === 2 && !ended ? ((ended = true), 'end') : undefined);
      const seen = await take(store, 6);
      expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(fake.subscribeCalls[1]!.fromPosition).toEqual(decodePosition(seen[1]!.position));
    });

    it('should resume from a checkpoint the caller passes', async () => {
      const { fake, store } = setup();
      await seed(store, fake, 5);
      const all = await take(store, 5);
      const resumed = await take(store, 2, { after: all[2]!.position });
      expect(resumed.map((e) => e.data.n)).toEqual([4, 5]);
      expect(fake.subscribeCalls.at(-1)!.fromPosition).toEqual(decodePosition(all[2]!.position));
    });

    it('should drop a silent subscription whose connection no longer answers, and resubscribe', async () => {
      const { fake, store, warnings } = setup({ deadlineMs: 100, idleProbeMs: 50 });
      await seed(store, fake, 2);
      fake.silentSubscriptions = true;
      fake.hangReadAll = true;
      const controller = new AbortController();
      const seen: RecordedEvent[] = [];
      const done = (async () => {
        for await (const event of store.subscribe({ signal: controller.signal })) seen.push(event);
      })();
      await new Promise((r) => setTimeout(r, 400));
      controller.abort();
      await done;
      expect(seen.map((e) => e.data.n)).toEqual([1, 2]);
      expect(fake.subscribeCalls.length).toBeGreaterThanOrEqual(2);
      // From the server's checkpoint at the end of catch-up: the system event after the last match.
      expect(fake.subscribeCalls[1]!.fromPosition).toEqual(fake.all.at(-1)!.position);
      expect(warnings.join()).toMatch(/did not answer within 100 ms/);
    });

    it('should follow live appends and stop on abort', async () => {
      const { fake, store } = setup();
      await seed(store, fake, 1);
      const controller = new AbortController();
      const seen: RecordedEvent[] = [];
      const done = (async () => {
        for await (const event of store.subscribe({ signal: controller.signal })) {
          seen.push(event);
          if (seen.length === 3) controller.abort();
        }
      })();
      await new Promise((r) => setTimeout(r, 20));
      const head = (await store.streamHead('incident-school-a.sub'))!;
      await store.append(request('incident-school-a.sub', head.revision, records('incident-school-a.sub', head, [2, 3])));
      await done;
      expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3]);
    });
  });

  describe('when reading the global log', () => {
    it('should page through $all without repeating the event a page starts at, even one event at a time', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.page';
      const first = records(stream, undefined, [1, 2, 3]);
      await store.append(request(stream, 'no_stream', first));
      fake.write('$stats-node', [{ type: '$statsCollected', data: {} }]);
      expect((await collect(store.readAll({ batchSize: 1 }))).map((e) => e.data.n)).toEqual([1, 2, 3]);
      const all = await collect(store.readAll({ batchSize: 2 }));
      expect((await collect(store.readAll({ after: all[0]!.position, batchSize: 1 }))).map((e) => e.data.n)).toEqual([2, 3]);
      expect((await collect(store.readAll({ limit: 2 }))).map((e) => e.data.n)).toEqual([1, 2]);
    });
  });

  describe('when reading the global log with a filter', () => {
    async function seedMixed(store: EventStoreDbEventStore, fake: FakeClient) {
      await store.append(request('incident-school-a.f1', 'no_stream', records('incident-school-a.f1', undefined, [1])));
      await store.append(request('search-school-a.f2', 'no_stream', records('search-school-a.f2', undefined, [2])));
      await store.append(request('incident-school-b.f3', 'no_stream', records('incident-school-b.f3', undefined, [3], 'school-b')));
      fake.write('$stats-node', [{ type: '$statsCollected', data: {} }]);
      await store.append(request('incident-school-a.f4', 'no_stream', records('incident-school-a.f4', undefined, [4])));
      await store.append(request('search-school-a.f5', 'no_stream', records('search-school-a.f5', undefined, [5])));
    }

    it('should filter on the server and stop when the subscription has caught up', async () => {
      const { fake, store } = setup();
      await seedMixed(store, fake);
      const readsBefore = fake.readAllCalls.length;
      const incidents = await collect(store.readAll({ categories: ['incident'] }));
      expect(incidents.map((e) => e.data.n)).toEqual([1, 3, 4]);
      expect(fake.readAllCalls.length).toBe(readsBefore);
      expect(fake.subscribeCalls.at(-1)!.filter).toMatchObject({ filterOn: 'streamName', regex: '^(?:incident)-' });
      // Only the matching events crossed the network, and the subscription was ended.
      expect(fake.subscriptions.at(-1)!.delivered).toBe(3);
      expect(fake.subscriptions.at(-1)!.ended).toBe(true);
    });

    it('should honour after, limit, tenant and types like the other adapters', async () => {
      const { fake, store } = setup();
      await seedMixed(store, fake);
      const all = await collect(store.readAll());
      expect((await collect(store.readAll({ tenantId: 'school-a', after: all[0]!.position }))).map((e) => e.data.n)).toEqual([2, 4, 5]);
      expect((await collect(store.readAll({ categories: ['incident', 'search'], limit: 2 }))).map((e) => e.data.n)).toEqual([1, 2]);
      expect((await collect(store.readAll({ types: ['NoteRecorded'], tenantId: 'school-b' }))).map((e) => e.data.n)).toEqual([3]);
      expect(await collect(store.readAll({ categories: ['nothing'] }))).toEqual([]);
      expect(fake.subscriptions.every((s) => s.ended)).toBe(true);
    });

    it('should resume a dropped subscription from the server checkpoint, not the last matching event', async () => {
      const { fake, store } = setup();
      await seedMixed(store, fake);
      const controller = new AbortController();
      const seen: RecordedEvent[] = [];
      const done = (async () => {
        for await (const event of store.subscribe({ categories: ['incident'], signal: controller.signal })) {
          seen.push(event);
          if (seen.length === 4) controller.abort();
        }
      })();
      await until(() => seen.length >= 3);
      await new Promise((r) => setTimeout(r, 20));
      fake.subscriptions[0]!.fail(new UnavailableError());
      await until(() => fake.subscribeCalls.length >= 2);
      const searched = fake.all.at(-1)!.position;
      expect(fake.subscribeCalls[1]!.fromPosition).toEqual(searched);
      await store.append(request('incident-school-a.f6', 'no_stream', records('incident-school-a.f6', undefined, [6])));
      await done;
      expect(seen.map((e) => e.data.n)).toEqual([1, 3, 4, 6]);
    });
  });

  describe('when measuring round trips', () => {
    it('should append a new one-event command in two round trips: intent with the tail and unscoped-marker reads, then the events', async () => {
      const { fake, store } = setup();
      const stream = 'incident-school-a.rt';
      await store.append(request(stream, 'no_stream', records(stream, undefined, [1]), 'cmd-rt0'));
      const head = (await store.streamHead(stream))!;
      fake.latencyMs = 40;
      const calls = () => fake.appendCalls.length + fake.readStreamCalls.length;
      const before = calls();
      const started = Date.now();
      await store.append(request(stream, head.revision, records(stream, head, [2]), 'cmd-rt1'));
      const elapsed = Date.now() - started;
      // Intent, tail and an older adapter's unscoped marker in parallel, then the events.
      expect(calls() - before).toBe(4);
      expect(elapsed).toBeGreaterThanOrEqual(2 * 40 - 5);
      expect(elapsed).toBeLessThan(3 * 40);
    });

    it('should report appends per second at 0, 1, 5 and 20 ms per call (LEDGER_BENCH_ESDB=1 prints them)', async () => {
      const figures: string[] = [];
      for (const latencyMs of [0, 1, 5, 20]) {
        const { fake, store } = setup({ deadlineMs: 5_000 });
        fake.latencyMs = latencyMs;
        const count = latencyMs >= 5 ? 40 : 200;
        let head: { revision: number; hash: string } | undefined;
        const started = Date.now();
        for (let n = 0; n < count; n += 1) {
          // Commands on one stream, each with its command id, as handle-command sends them.
          const [event] = records('incident-school-a.tp', head, [n]);
          await store.append(request('incident-school-a.tp', head?.revision ?? 'no_stream', [event!], `cmd-tp-${n}`));
          head = { revision: n, hash: event!.hash };
        }
        const perSecond = Math.round((count * 1000) / (Date.now() - started));
        expect(perSecond).toBeGreaterThan(0);
        figures.push(`${latencyMs} ms per call: ${perSecond} commands/s`);
      }
      if (process.env.LEDGER_BENCH_ESDB)
        process.stderr.write(`EventStoreDB adapter against the fake, one process: ${figures.join('; ')}\n`);
    });
  });

  it('should dispose the client on close', async () => {
    const { fake, store } = setup();
    await store.close();
    expect(fake.disposed).toBe(true);
    await expect(store.append(request('incident-school-a.z', 'no_stream', records('incident-school-a.z', undefined, [1])))).rejects.toThrow(
      /closed/,
    );
  });
});

describe('EventStoreDB positions', () => {
  it('should use the commit position, which gRPC appends give every event, so positions grow with the log, not 2^32 times faster', async () => {
    const { fake, store } = setup();
    const stream = 'incident-school-a.pos';
    const result = await store.append(request(stream, 'no_stream', records(stream, undefined, [1, 2, 3])));
    const stored = fake.streams.get(stream)!;
    expect(stored.every((e) => e.position.commit === e.position.prepare)).toBe(true);
    expect(result.events.map((e) => e.position)).toEqual(stored.map((e) => String(e.position.commit)));
    expect(new Set(result.events.map((e) => e.position)).size).toBe(3);
    // A log of 3 GiB: positions stay exact numbers (the SQLite Merkle store and verify use Number).
    const big = 3n * 2n ** 30n;
    expect(encodePosition({ commit: big, prepare: big })).toBe(String(big));
    expect(Number(encodePosition({ commit: big, prepare: big }))).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(decodePosition(String(big))).toEqual({ commit: big, prepare: big });
    expect(decodePosition('0')).toBe('start');
  });

  it('should refuse an event whose commit and prepare positions differ, with a typed error', async () => {
    expect(() => encodePosition({ commit: 100n, prepare: 250n })).toThrow(EventStorePositionError);
    const { fake, store } = setup();
    const [event] = records('incident-school-a.tx', undefined, [1]);
    fake.write('incident-school-a.tx', [
      {
        id: event!.id,
        type: event!.type,
        data: event!.data,
        metadata: { ledger: 1, schema: 1, meta: event!.meta, hash: event!.hash, prevHash: event!.prevHash },
      },
    ]);
    fake.all[0] = { ...fake.all[0]!, position: { commit: 900n, prepare: 800n } };
    fake.streams.set('incident-school-a.tx', [fake.all[0]]);
    await expect(collect(store.readStream('incident-school-a.tx'))).rejects.toMatchObject({ code: 'LEDGER.STORE_POSITION_UNSUPPORTED' });
  });

  it('should turn the positions earlier versions stored back into commit positions', () => {
    const legacy = (commit: bigint) => (commit << 32n) + (1n << 31n);
    expect(commitOfLegacyPosition(legacy(1_000n))).toBe(1_000n);
    expect(commitOfLegacyPosition(legacy(5_000_000_000n))).toBe(5_000_000_000n);
    // Through a double (the SQLite Merkle store's Number) the value is rounded; the shift still finds the commit.
    const rounded = BigInt(Number(legacy(30_000_000n)));
    expect(commitOfLegacyPosition(rounded)).toBe(30_000_000n);
    expect(commitOfLegacyPosition(0n)).toBe(0n);
  });
});

describe('EventStoreDB connection strings', () => {
  it.each([
    [
      'kurrentdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=false',
      'esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=false',
    ],
    ['kurrentdb+discover://cluster.example:2113?tls=true', 'esdb+discover://cluster.example:2113?tls=true'],
    ['kurrent://node1:2113', 'esdb://node1:2113'],
    ['kurrent+discover://node1:2113', 'esdb+discover://node1:2113'],
    ['esdb://node1:2113?tls=false', 'esdb://node1:2113?tls=false'],
  ])('should hand the client %s in a scheme it parses', (given, expected) => {
    expect(toClientConnectionString(given)).toBe(expected);
    // The real client's parser (no connection is made until the first call).
    expect(() => EventStoreDBClient.connectionString(toClientConnectionString(given))).not.toThrow();
  });

  it('should start with a kurrentdb:// string and fail only because nothing answers there', async () => {
    const error = await EventStoreDbEventStore.connect('kurrentdb://127.0.0.1:1?tls=false', { deadlineMs: 1_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventStoreError);
    expect(['LEDGER.STORE_UNAVAILABLE', 'LEDGER.STORE_TIMEOUT']).toContain((error as EventStoreError).code);
  });
});
