import { EventStoreDBClient, jsonEvent, type Filter } from '@eventstore/db-client';
import { EventEmitter } from 'node:events';
import { ConcurrencyError, GENESIS_HASH, type EventMeta, type RecordedEvent } from '@ledger/kernel';
import {
  streamCategory,
  type AppendRequest,
  type AppendResult,
  type CommandKey,
  type EventStore,
  type LogFilter,
  type ReadAllOptions,
  type StoreHealth,
  type StreamHead,
  type UnpositionedEvent,
} from '../event-store.js';
import { checkFingerprint } from '../command-key.js';
import { canonicalJson, sha256Hex } from '../integrity/event-hash.js';
import { assertContiguous, waitForAppend } from '../store-support.js';
import { ChainError } from '../store-errors.js';
import type { EsdbPosition, EsdbRecordedEvent, EsdbResolvedEvent, EsdbSubscription, EventStoreClientLike } from './client-like.js';
import { iterateWithDeadline, pause, withDeadline } from './deadline.js';
import { EventStoreNotLeaderError, mapEventStoreError } from './eventstore-errors.js';
import { decodePosition, encodePosition } from './position.js';

export interface EventStoreDbOptions {
  /** Deadline of every call to the cluster, in ms (ours, on top of the client's). */
  readonly deadlineMs?: number;
  /** A live subscription silent this long probes the cluster; a probe that fails drops and resubscribes. */
  readonly idleProbeMs?: number;
  /** First pause before resubscribing; doubles per consecutive failure up to `maxResubscribeDelayMs`. */
  readonly resubscribeDelayMs?: number;
  readonly maxResubscribeDelayMs?: number;
  /** How many of a stream's last events are searched for a retried command's events. */
  readonly commandScanDepth?: number;
  readonly logger?: EventStoreDbLogger;
}

export interface EventStoreDbLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

/** What the adapter keeps in each EventStoreDB event's metadata: everything of the record but id, stream, revision, type, data. */
interface LedgerMetadata {
  readonly ledger: 1;
  readonly schema: number;
  readonly meta: EventMeta;
  readonly hash: string;
  readonly prevHash: string;
  readonly commandId?: string;
  /** The fingerprint of the command (see CommandKey); absent on events recorded before it was kept. */
  readonly commandFingerprint?: string;
}

/** Marker written after a command's events: which stream and revisions it appended. */
interface CommandMarker {
  readonly stream: string;
  readonly firstRevision: number;
  readonly lastRevision: number;
  /** Absent on markers written before keys were scoped (`_ledger-command-<commandId>`). */
  readonly fingerprint?: string;
}

/** Streams that hold command markers. `_` starts no ledger category, and the `$all` filters leave these out. */
export const COMMAND_STREAM_PREFIX = '_ledger-command-';

/** The marker stream of a scoped key: the setting, then a digest of principal and commandId (not guessable from another setting). */
export function commandMarkerStream(key: CommandKey): string {
  return `${COMMAND_STREAM_PREFIX}${key.tenantId}.${sha256Hex(canonicalJson([key.principal, key.commandId]))}`;
}

/** An event recorded under this key: same commandId, setting and principal. */
function recordedUnder(key: CommandKey, entry: { event: RecordedEvent; commandId?: string }): boolean {
  return entry.commandId === key.commandId && entry.event.meta.tenantId === key.tenantId && entry.event.meta.actor.id === key.principal;
}
const COMMAND_MARKER_TYPE = 'LedgerCommandRecorded';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The server-side `$all` filter for a subscription: by event type when only types are
 * asked for, otherwise by stream name (category prefix). Both leave out system events
 * (`$`-streams and `$`-types) and the adapter's command markers. Tenant and any second
 * criterion are checked again on the client, so the server filter only has to be a superset.
 */
export function serverFilter(filter: LogFilter): Filter {
  const base = { checkpointInterval: 1 } as const;
  if (filter.types?.length && !filter.categories?.length) {
    return { ...base, filterOn: 'eventType', regex: `^(?:${filter.types.map(escapeRegex).join('|')})$` };
  }
  if (filter.categories?.length) {
    return { ...base, filterOn: 'streamName', regex: `^(?:${filter.categories.map(escapeRegex).join('|')})-` };
  }
  return { ...base, filterOn: 'streamName', regex: '^[^$_]' };
}

function matches(event: RecordedEvent, filter: LogFilter): boolean {
  if (filter.tenantId !== undefined && event.meta.tenantId !== filter.tenantId) return false;
  if (filter.categories?.length && !filter.categories.includes(streamCategory(event.stream))) return false;
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  return true;
}

function isLedgerMetadata(metadata: unknown): metadata is LedgerMetadata {
  return typeof metadata === 'object' && metadata !== null && (metadata as { ledger?: unknown }).ledger === 1;
}

/** The ledger record an EventStoreDB event stands for, or undefined for anything else in `$all`. */
export function toLedgerEvent(event: EsdbRecordedEvent | undefined): RecordedEvent | undefined {
  if (!event || event.streamId.startsWith('$') || event.streamId.startsWith(COMMAND_STREAM_PREFIX)) return undefined;
  if (!isLedgerMetadata(event.metadata) || !event.position) return undefined;
  const metadata = event.metadata;
  return {
    id: event.id,
    stream: event.streamId,
    revision: Number(event.revision),
    position: encodePosition(event.position),
    type: event.type,
    schema: metadata.schema,
    data: event.data as Record<string, unknown>,
    meta: metadata.meta,
    hash: metadata.hash,
    prevHash: metadata.prevHash,
  };
}

const samePosition = (a: EsdbPosition, b: EsdbPosition) => a.commit === b.commit && a.prepare === b.prepare;

const isStreamMissing = (error: unknown) => {
  const type = (error as { type?: unknown } | null)?.type;
  return type === 'stream-not-found' || type === 'no-stream';
};

/**
 * The clustered event store over `@eventstore/db-client` (EventStoreDB 20+ and KurrentDB).
 *
 * - Streams are the ledger's own stream ids; revisions are EventStoreDB revisions; event
 *   ids are the ledger's UUIDv7s; the record's schema, meta, hash and prevHash travel in
 *   the event metadata. Every append names an exact revision or "no stream", never "any".
 * - Global position: the `$all` position encoded as one bigint string (see encodePosition).
 * - Command ids: the command id and fingerprint are in each event's metadata and, after the
 *   append, in a marker stream per scoped key (commandMarkerStream). A retry finds the
 *   marker; if the first attempt died before writing it, the retry finds the events by
 *   command id, setting and actor in the stream's tail. Markers from before keys were
 *   scoped (`_ledger-command-<id>`) still answer, for their own setting and actor only.
 * - Every call has a deadline; client errors become the ledger's typed errors.
 * - `subscribe` is a filtered `$all` subscription with a watchdog that resubscribes from
 *   the last delivered position when it ends, fails, or goes silent on a dead connection.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly adapter = 'eventstoredb';
  private readonly appended = new EventEmitter();
  private closed = false;
  private tail: Promise<void> = Promise.resolve();
  private readonly deadlineMs: number;
  private readonly idleProbeMs: number;
  private readonly resubscribeDelayMs: number;
  private readonly maxResubscribeDelayMs: number;
  private readonly commandScanDepth: number;

  constructor(
    private readonly client: EventStoreClientLike,
    private readonly options: EventStoreDbOptions = {},
  ) {
    this.appended.setMaxListeners(0);
    this.deadlineMs = options.deadlineMs ?? 10_000;
    this.idleProbeMs = options.idleProbeMs ?? 30_000;
    this.resubscribeDelayMs = options.resubscribeDelayMs ?? 250;
    this.maxResubscribeDelayMs = options.maxResubscribeDelayMs ?? 5_000;
    this.commandScanDepth = options.commandScanDepth ?? 50;
  }

  /** Connects with an `esdb://` / `kurrentdb://` connection string and checks the cluster answers. */
  static async connect(connectionString: string, options: EventStoreDbOptions = {}): Promise<EventStoreDbEventStore> {
    const client = EventStoreDBClient.connectionString(connectionString) as unknown as EventStoreClientLike;
    const store = new EventStoreDbEventStore(client, options);
    const health = await store.health();
    if (!health.ok) {
      await client.dispose().catch(() => undefined);
      throw new Error(`Could not reach EventStoreDB at EVENTSTORE_CONNECTION_STRING: ${health.detail}`);
    }
    return store;
  }

  /**
   * Appends run one after another, in call order, like the SQL adapters' queues: a caller
   * that fires appends without waiting (`ledger import`) gets them in `$all` in that order,
   * and an append that expects the revision an earlier queued one creates finds it there.
   */
  append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    const result = this.tail.then(() => this.appendNow(request));
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private async appendNow(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) throw new Error('The event store is closed');
    const { stream, expectedRevision, events, command } = request;
    if (command !== undefined) {
      const done = await this.appendedByCommand(command);
      if (done) return done;
    }
    // The tail answers three things at once: the head (revision and hash, to refuse a broken
    // chain), and whether a retried command's events are already there.
    const tail = await this.readTail(stream, command === undefined ? 1 : this.commandScanDepth);
    if (command !== undefined) {
      const earlier = this.earlierOf(command, tail);
      if (earlier.length > 0) return this.replayed(command, earlier);
    }
    const head = tail[0]?.event;
    const actual = head === undefined ? 'no_stream' : head.revision;
    if (actual !== expectedRevision) throw new ConcurrencyError(stream, expectedRevision, actual);
    if (head === undefined && events[0]?.prevHash !== GENESIS_HASH) throw new ChainError(stream);
    assertContiguous(request, head && { revision: head.revision, hash: head.hash });
    const data = events.map((event) => this.toEventData(event, command));
    const esdbExpected = expectedRevision === 'no_stream' ? ('no_stream' as const) : BigInt(expectedRevision);
    try {
      // Same ids at the same expected revision: EventStoreDB treats a repeat as idempotent,
      // so one retry after the cluster changed leader cannot write twice.
      await this.retryOnceOnNotLeader(() =>
        withDeadline(
          this.client.appendToStream(stream, data, { expectedRevision: esdbExpected, deadline: this.deadlineMs }),
          this.deadlineMs,
          `appending to ${stream}`,
        ),
      );
    } catch (error) {
      if ((error as { type?: unknown }).type === 'wrong-expected-version') {
        if (command !== undefined) {
          const earlier = this.earlierOf(command, await this.readTail(stream, this.commandScanDepth));
          if (earlier.length > 0) return this.replayed(command, earlier);
        }
        throw new ConcurrencyError(stream, expectedRevision, this.actualOf(error));
      }
      throw error;
    }
    const recorded = await this.readBack(stream, events);
    if (command !== undefined) await this.writeMarker(command, recorded);
    this.appended.emit('append', recorded.at(-1)!.position);
    return {
      stream,
      nextExpectedRevision: recorded.at(-1)!.revision,
      lastPosition: recorded.at(-1)!.position,
      events: recorded,
      replayed: false,
    };
  }

  private actualOf(error: unknown): number | 'no_stream' {
    const actual = (error as { actualVersion?: unknown }).actualVersion;
    return typeof actual === 'bigint' ? Number(actual) : 'no_stream';
  }

  private async retryOnceOnNotLeader<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof EventStoreNotLeaderError)) throw error;
      this.options.logger?.warn({ err: error.message }, 'EventStoreDB leader changed; retrying once on the new leader');
      await pause(this.resubscribeDelayMs);
      return call();
    }
  }

  /** A retried command's events already in the stream tail (newest first); refused when recorded for another command. */
  private earlierOf(key: CommandKey, tail: readonly { event: RecordedEvent; commandId?: string; fingerprint?: string }[]): RecordedEvent[] {
    const earlier = tail.filter((entry) => recordedUnder(key, entry));
    if (earlier.length > 0) checkFingerprint(key, earlier[0]!.fingerprint);
    return earlier.map((entry) => entry.event);
  }

  private toEventData(event: UnpositionedEvent, command: CommandKey | undefined) {
    const metadata: LedgerMetadata = {
      ledger: 1,
      schema: event.schema,
      meta: event.meta,
      hash: event.hash,
      prevHash: event.prevHash,
      ...(command === undefined ? {} : { commandId: command.commandId, commandFingerprint: command.fingerprint }),
    };
    return jsonEvent({ id: event.id, type: event.type, data: event.data as never, metadata });
  }

  /** The last `depth` events of a stream, newest first, with their command ids. */
  private async readTail(stream: string, depth: number): Promise<{ event: RecordedEvent; commandId?: string; fingerprint?: string }[]> {
    const out: { event: RecordedEvent; commandId?: string; fingerprint?: string }[] = [];
    try {
      const read = this.client.readStream(stream, {
        direction: 'backwards',
        fromRevision: 'end',
        maxCount: depth,
        deadline: this.deadlineMs,
      });
      for await (const resolved of iterateWithDeadline(read, this.deadlineMs, `reading the head of ${stream}`)) {
        const event = toLedgerEvent(resolved.event);
        if (!event) continue;
        const metadata = resolved.event!.metadata as LedgerMetadata;
        out.push({ event, commandId: metadata.commandId, fingerprint: metadata.commandFingerprint });
      }
    } catch (error) {
      if (isStreamMissing(error)) return [];
      throw error;
    }
    return out;
  }

  /** The events just appended, read back for their `$all` positions. */
  private async readBack(stream: string, events: readonly UnpositionedEvent[]): Promise<RecordedEvent[]> {
    const recorded: RecordedEvent[] = [];
    for await (const event of this.readStream(stream, events[0]!.revision)) {
      recorded.push(event);
      if (recorded.length === events.length) break;
    }
    const ids = events.map((e) => e.id);
    if (recorded.length !== events.length || recorded.some((e, i) => e.id !== ids[i])) {
      throw new Error(`EventStoreDB did not return the events just appended to ${stream}`);
    }
    return recorded;
  }

  private async writeMarker(key: CommandKey, events: readonly RecordedEvent[]): Promise<void> {
    const marker: CommandMarker = {
      stream: events[0]!.stream,
      firstRevision: events[0]!.revision,
      lastRevision: events.at(-1)!.revision,
      fingerprint: key.fingerprint,
    };
    try {
      await withDeadline(
        this.client.appendToStream(commandMarkerStream(key), [jsonEvent({ type: COMMAND_MARKER_TYPE, data: { ...marker } })], {
          expectedRevision: 'no_stream',
          deadline: this.deadlineMs,
        }),
        this.deadlineMs,
        `recording command ${key.commandId}`,
      );
    } catch (error) {
      // Another attempt of the same command wrote it first: that is the same marker.
      if ((error as { type?: unknown }).type === 'wrong-expected-version') return;
      // The events are stored; a missing marker only means a retry searches the stream tail.
      this.options.logger?.warn({ commandId: key.commandId, err: (error as Error).message }, 'Could not record the command marker');
    }
  }

  private async replayed(key: CommandKey, newestFirst: readonly RecordedEvent[]): Promise<AppendResult> {
    const events = [...newestFirst].sort((a, b) => a.revision - b.revision);
    await this.writeMarker(key, events);
    return {
      stream: events[0]!.stream,
      nextExpectedRevision: events.at(-1)!.revision,
      lastPosition: events.at(-1)!.position,
      events,
      replayed: true,
    };
  }

  async appendedByCommand(key: CommandKey): Promise<AppendResult | undefined> {
    const scoped = await this.readMarker(commandMarkerStream(key), key.commandId);
    if (scoped) checkFingerprint(key, scoped.fingerprint);
    // A marker from before keys were scoped answers only for its own setting and actor.
    const marker = scoped ?? (await this.readMarker(`${COMMAND_STREAM_PREFIX}${key.commandId}`, key.commandId));
    if (!marker) return undefined;
    const events: RecordedEvent[] = [];
    for await (const event of this.readStream(marker.stream, marker.firstRevision)) {
      if (event.revision > marker.lastRevision) break;
      events.push(event);
    }
    if (events.length === 0) return undefined;
    if (!scoped && events.some((event) => event.meta.tenantId !== key.tenantId || event.meta.actor.id !== key.principal)) return undefined;
    return {
      stream: marker.stream,
      nextExpectedRevision: events.at(-1)!.revision,
      lastPosition: events.at(-1)!.position,
      events,
      replayed: true,
    };
  }

  private async readMarker(markerStream: string, commandId: string): Promise<CommandMarker | undefined> {
    let marker: CommandMarker | undefined;
    try {
      const read = this.client.readStream(markerStream, { fromRevision: 'start', maxCount: 1, deadline: this.deadlineMs });
      for await (const resolved of iterateWithDeadline(read, this.deadlineMs, `looking up command ${commandId}`)) {
        marker = resolved.event?.data as CommandMarker;
      }
    } catch (error) {
      if (isStreamMissing(error)) return undefined;
      throw error;
    }
    return marker;
  }

  async streamHead(stream: string): Promise<StreamHead | undefined> {
    const [head] = await this.readTail(stream, 1);
    return head && { revision: head.event.revision, hash: head.event.hash };
  }

  async *readStream(stream: string, fromRevision = 0): AsyncIterable<RecordedEvent> {
    const batchSize = 500;
    let next = BigInt(fromRevision);
    for (;;) {
      let count = 0;
      try {
        const read = this.client.readStream(stream, { fromRevision: next, maxCount: batchSize, deadline: this.deadlineMs });
        for await (const resolved of iterateWithDeadline(read, this.deadlineMs, `reading ${stream}`)) {
          count += 1;
          next = resolved.event!.revision + 1n;
          const event = toLedgerEvent(resolved.event);
          if (event) yield event;
        }
      } catch (error) {
        if (isStreamMissing(error)) return;
        throw error;
      }
      if (count < batchSize) return;
    }
  }

  /**
   * Reads `$all` forwards in pages from `after`. `readAll` takes no server-side filter, so
   * system events and other streams are skipped here; the subscription filters on the server.
   */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const batchSize = Math.max(1, options.batchSize ?? 1000);
    let after = BigInt(options.after ?? '0');
    let from = decodePosition(String(after));
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    while (remaining > 0) {
      // A read from a position includes the record at that position: ask for one more and skip it.
      const resuming = from !== 'start';
      let fresh = 0;
      let first = true;
      const read = this.client.readAll({ fromPosition: from, maxCount: batchSize + (resuming ? 1 : 0), deadline: this.deadlineMs });
      for await (const resolved of iterateWithDeadline(read, this.deadlineMs, 'reading the global log')) {
        const position = resolved.event?.position;
        const repeat = first && resuming && position !== undefined && samePosition(position, from as EsdbPosition);
        first = false;
        if (repeat) continue;
        fresh += 1;
        if (position) from = position;
        const event = toLedgerEvent(resolved.event);
        if (!event || BigInt(event.position) <= after) continue;
        after = BigInt(event.position);
        if (!matches(event, options)) continue;
        yield event;
        remaining -= 1;
        if (remaining <= 0) return;
      }
      if (fresh < batchSize) return;
    }
  }

  /**
   * Catch-up then live, over a filtered `$all` subscription. The watchdog resubscribes from
   * the last position delivered whenever the subscription ends, fails (a node went down,
   * the leader changed) or stays silent while the cluster does not answer a probe.
   */
  async *subscribe(options: ReadAllOptions & { readonly signal: AbortSignal }): AsyncIterable<RecordedEvent> {
    const { signal } = options;
    let last = BigInt(options.after ?? '0');
    let resumeFrom: EsdbPosition | 'start' = decodePosition(String(last));
    let failures = 0;
    const filter = serverFilter(options);
    while (!signal.aborted && !this.closed) {
      const subscription = this.client.subscribeToAll({ fromPosition: resumeFrom, filter });
      const stop = () => void subscription.unsubscribe().catch(() => undefined);
      signal.addEventListener('abort', stop, { once: true });
      let reason: string;
      try {
        for await (const resolved of this.watch(subscription, signal)) {
          failures = 0;
          if (resolved.event?.position) resumeFrom = resolved.event.position;
          const event = toLedgerEvent(resolved.event);
          // After a resubscription the server may repeat the event at the resume position.
          if (!event || BigInt(event.position) <= last) continue;
          last = BigInt(event.position);
          if (!matches(event, options)) continue;
          yield event;
          if (signal.aborted) return;
        }
        reason = 'the subscription ended';
      } catch (error) {
        if (signal.aborted || this.closed) return;
        const mapped = mapEventStoreError(error, 'following the global log');
        reason = mapped instanceof Error ? mapped.message : String(mapped);
      } finally {
        signal.removeEventListener('abort', stop);
        stop();
      }
      if (signal.aborted || this.closed) return;
      failures += 1;
      const delay = Math.min(this.maxResubscribeDelayMs, this.resubscribeDelayMs * 2 ** Math.min(failures - 1, 10));
      this.options.logger?.warn({ reason, resumeAfter: String(last), delayMs: delay }, 'EventStoreDB subscription dropped; resubscribing');
      await pause(delay, signal);
    }
  }

  /** The subscription's events; while it is silent for `idleProbeMs`, probes the cluster and throws if the probe fails. */
  private async *watch(subscription: EsdbSubscription, signal: AbortSignal): AsyncIterable<EsdbResolvedEvent> {
    const iterator = subscription[Symbol.asyncIterator]();
    for (;;) {
      const next = iterator.next();
      next.catch(() => undefined);
      for (;;) {
        let timer: NodeJS.Timeout | undefined;
        const idle = new Promise<'idle'>((resolve) => (timer = setTimeout(() => resolve('idle'), this.idleProbeMs)));
        const step = await Promise.race([next, idle]).finally(() => clearTimeout(timer));
        if (step !== 'idle') {
          if (step.done) return;
          yield step.value;
          break;
        }
        if (signal.aborted) return;
        // Silent: either nothing is happening, or the connection is dead. Ask the cluster.
        await this.probe();
      }
    }
  }

  private async probe(): Promise<void> {
    const read = this.client.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 1, deadline: this.deadlineMs });
    for await (const resolved of iterateWithDeadline(read, this.deadlineMs, 'checking the cluster answers')) void resolved;
  }

  waitForAppend(signal: AbortSignal, timeoutMs: number): Promise<void> {
    return waitForAppend(this.appended, signal, timeoutMs);
  }

  /** The position of the last ledger event in `$all` (system events after it are skipped). */
  async headPosition(): Promise<string> {
    let from: EsdbPosition | 'end' = 'end';
    const page = 100;
    for (;;) {
      const resuming = from !== 'end';
      let fresh = 0;
      let first = true;
      const read = this.client.readAll({
        direction: 'backwards',
        fromPosition: from,
        maxCount: page + (resuming ? 1 : 0),
        deadline: this.deadlineMs,
      });
      for await (const resolved of iterateWithDeadline(read, this.deadlineMs, 'reading the head of the global log')) {
        const position = resolved.event?.position;
        const repeat = first && resuming && position !== undefined && samePosition(position, from as EsdbPosition);
        first = false;
        if (repeat) continue;
        fresh += 1;
        const event = toLedgerEvent(resolved.event);
        if (event) return event.position;
        if (position) from = position;
      }
      if (fresh < page) return '0';
    }
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, adapter: this.adapter, detail: 'closed' };
    try {
      await this.probe();
      return { ok: true, adapter: this.adapter };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.appended.emit('append', 'closed');
    await withDeadline(this.client.dispose(), this.deadlineMs, 'closing the connection').catch(() => undefined);
  }
}
