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
import { assertContiguous, waitForAppend } from '../store-support.js';
import { ChainError } from '../store-errors.js';
import type { EsdbPosition, EsdbRecordedEvent, EsdbResolvedEvent, EsdbSubscription, EventStoreClientLike } from './client-like.js';
import { iterateWithDeadline, pause, stallWatch, withDeadline } from './deadline.js';
import {
  COMMAND_INTENT_TYPE,
  COMMAND_STREAM_PREFIX,
  LEGACY_COMMAND_MARKER_TYPE,
  commandMarkerStream,
  firstRevisionOf,
  isCommandIntent,
  unscopedCommandStream,
  type CommandIntent,
  type LegacyCommandMarker,
} from './command-intent.js';
import { EventStoreNotLeaderError, EventStoreTlsError, EventStoreVersionError, mapEventStoreError } from './eventstore-errors.js';
import { toClientConnectionString } from './connection-string.js';
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

export { COMMAND_STREAM_PREFIX, commandMarkerStream } from './command-intent.js';

/** One event of a stream's tail, with the command it was appended for (older adapters' commands are found by it). */
interface TailEntry {
  readonly event: RecordedEvent;
  readonly commandId?: string;
  readonly fingerprint?: string;
}

/** An event recorded under this key: same commandId, setting and principal. */
function recordedUnder(key: CommandKey, entry: TailEntry): boolean {
  return entry.commandId === key.commandId && entry.event.meta.tenantId === key.tenantId && entry.event.meta.actor.id === key.principal;
}

/** The fingerprint a marker (intent or note of where events landed) was written with; undefined on older ones. */
function fingerprintOf(marker: EsdbRecordedEvent): string | undefined {
  const fingerprint = (marker.data as { fingerprint?: unknown } | null | undefined)?.fingerprint;
  return typeof fingerprint === 'string' ? fingerprint : undefined;
}

/** Whether every event was recorded in the key's setting by its principal (what an unscoped marker must show to answer). */
const ownedBy = (key: CommandKey, events: readonly RecordedEvent[]) =>
  events.every((event) => event.meta.tenantId === key.tenantId && event.meta.actor.id === key.principal);

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

/** The answer to a retried command: the events its first attempt appended. */
function replayedResult(events: readonly RecordedEvent[]): AppendResult {
  return {
    stream: events[0]!.stream,
    nextExpectedRevision: events.at(-1)!.revision,
    lastPosition: events.at(-1)!.position,
    events,
    replayed: true,
  };
}

const isWrongExpectedVersion = (error: unknown) => (error as { type?: unknown } | null)?.type === 'wrong-expected-version';

/** The revision a WrongExpectedVersionError says the stream is at; -1 for no stream. */
function wrongVersionActual(error: unknown): bigint {
  const actual = (error as { actualVersion?: unknown }).actualVersion;
  return typeof actual === 'bigint' ? actual : -1n;
}

/**
 * The oldest server the adapter works with. Stream reads carry `$all` positions from 22.10
 * (before, the client reports 2^64 − 1); subscriptions send `caughtUp`, which ends a filtered
 * read, from 23.10 (EventStore/EventStore 80d654647, first released in oss-v23.10.0).
 */
export const MINIMUM_SERVER_VERSION = [23, 10] as const;

/** Whether a version string such as `24.10.1.0` or `25.0.0` is at least MINIMUM_SERVER_VERSION. */
export function supportsServerVersion(version: string): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major > MINIMUM_SERVER_VERSION[0] || (major === MINIMUM_SERVER_VERSION[0] && minor >= MINIMUM_SERVER_VERSION[1]);
}

const samePosition = (a: EsdbPosition, b: EsdbPosition) => a.commit === b.commit && a.prepare === b.prepare;
const comparePositions = (a: EsdbPosition, b: EsdbPosition) =>
  a.commit === b.commit ? (a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1) : a.commit < b.commit ? -1 : 1;

const isStreamMissing = (error: unknown) => {
  const type = (error as { type?: unknown } | null)?.type;
  return type === 'stream-not-found' || type === 'no-stream';
};

/**
 * The clustered event store over `@eventstore/db-client` (EventStoreDB/KurrentDB 23.10 or newer).
 *
 * - Streams are the ledger's own stream ids; revisions are EventStoreDB revisions; event
 *   ids are the ledger's UUIDv7s; the record's schema, meta, hash and prevHash travel in
 *   the event metadata. Every append names an exact revision or "no stream", never "any".
 * - Global position: the `$all` position encoded as one bigint string (see encodePosition).
 * - Command keys: before the events, the command's intent (target stream, expected revision,
 *   event ids, fingerprint) goes to the marker stream of its scoped key (commandMarkerStream:
 *   setting, then a digest of principal and commandId); a retry reads it and checks the
 *   stream at that revision, however many events followed (see CommandIntent). The same key
 *   with another fingerprint is refused (COMMAND.ID_REUSED). Command id and fingerprint are in
 *   each event's metadata too. Commands written by older versions are still found — by an
 *   unscoped marker `_ledger-command-<id>` or in the stream's tail by command id — but only
 *   for their own setting and actor.
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
  /**
   * Stream reads and appends go to the leader. A follower serves reads from its own copy, which
   * after a failover can lag: the head check and the read-back would see a stale stream. With
   * `requiresLeader` a follower refuses instead, and the client reconnects to the leader.
   */
  private readonly onLeader: { readonly deadline: number; readonly requiresLeader: true };

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
    this.onLeader = { deadline: this.deadlineMs, requiresLeader: true };
  }

  /**
   * Connects with an `esdb://`, `esdb+discover://`, `kurrentdb://` or `kurrent://` connection
   * string (the last two as the client spells them) and checks the cluster answers.
   */
  static async connect(connectionString: string, options: EventStoreDbOptions = {}): Promise<EventStoreDbEventStore> {
    let client: EventStoreClientLike;
    try {
      client = EventStoreDBClient.connectionString(toClientConnectionString(connectionString)) as unknown as EventStoreClientLike;
    } catch (error) {
      // The client reads tlsCAFile when it is built.
      if (/certificate file/i.test((error as Error).message)) throw new EventStoreTlsError(`tlsCAFile: ${(error as Error).message}`, error);
      throw error;
    }
    const store = new EventStoreDbEventStore(client, options);
    try {
      await store.checkCluster();
    } catch (error) {
      await withDeadline(client.dispose(), store.deadlineMs, 'closing the connection').catch(() => undefined);
      throw error;
    }
    return store;
  }

  /**
   * Throws the typed error that says why the cluster cannot serve the ledger: unreachable,
   * TLS, access to `$all` refused, or a server older than MINIMUM_SERVER_VERSION.
   */
  async checkCluster(): Promise<void> {
    await this.probe();
    const { serverVersion } = await withDeadline(this.client.capabilities, this.deadlineMs, 'asking the server its version');
    if (!supportsServerVersion(serverVersion)) throw new EventStoreVersionError(serverVersion, MINIMUM_SERVER_VERSION.join('.'));
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
    const intent: CommandIntent = {
      stream,
      expectedRevision,
      eventIds: events.map((e) => e.id),
      ...(command === undefined ? {} : { fingerprint: command.fingerprint }),
    };
    // A command's first attempt writes its intent at "no stream" while the stream's tail and the
    // unscoped marker an older adapter may have left are read: one round trip for all three. The
    // tail gives the head (revision and hash, to refuse a broken chain) and, for a command an
    // older adapter wrote without an intent, its events. An intent left by an append refused
    // below never lands, and a retry sees that.
    const [firstIntent, tail, unscoped] = await Promise.all([
      command === undefined ? undefined : this.writeIntent(command, intent, 'no_stream'),
      this.readTail(stream, command === undefined ? 1 : this.commandScanDepth),
      command === undefined ? undefined : this.readMarkers(unscopedCommandStream(command.commandId), command.commandId),
    ]);
    let intentAfter: bigint | 'no_stream' | undefined;
    if (command !== undefined) {
      if (!firstIntent) {
        // The key has a marker stream: an earlier attempt. If it landed, that is the answer.
        const found = await this.lookUpCommand(command);
        if (found.result) return found.result;
        intentAfter = found.markerRevision;
      }
      const earlier = await this.olderCommandEvents(command, stream, tail, unscoped ?? []);
      if (earlier) {
        // The intent just written will never land: record where the events are, for the next retry.
        await this.recordLanded(command, earlier, intentAfter ?? 0n);
        return replayedResult(earlier);
      }
    }
    const head = tail[0]?.event;
    const actual = head === undefined ? 'no_stream' : head.revision;
    if (actual !== expectedRevision) throw new ConcurrencyError(stream, expectedRevision, actual);
    if (head === undefined && events[0]?.prevHash !== GENESIS_HASH) throw new ChainError(stream);
    assertContiguous(request, head && { revision: head.revision, hash: head.hash });
    if (command !== undefined && intentAfter !== undefined && !(await this.writeIntent(command, intent, intentAfter))) {
      // Another attempt of the same command wrote its intent first: its outcome decides.
      const again = await this.lookUpCommand(command);
      if (again.result) return again.result;
      throw new ConcurrencyError(stream, expectedRevision, actual);
    }
    const data = events.map((event) => this.toEventData(event, command));
    const esdbExpected = expectedRevision === 'no_stream' ? ('no_stream' as const) : BigInt(expectedRevision);
    let appended: { readonly success?: boolean; readonly nextExpectedRevision: bigint; readonly position?: EsdbPosition };
    try {
      // Same ids at the same expected revision: EventStoreDB treats a repeat as idempotent,
      // so one retry after the cluster changed leader cannot write twice.
      appended = await this.retryOnceOnNotLeader(() =>
        withDeadline(
          this.client.appendToStream(stream, data, { expectedRevision: esdbExpected, ...this.onLeader }),
          this.deadlineMs,
          `appending to ${stream}`,
        ),
      );
    } catch (error) {
      if (!isWrongExpectedVersion(error)) throw error;
      appended = { success: false, nextExpectedRevision: wrongVersionActual(error) };
    }
    // With throwOnAppendFailure=false the client answers a wrong revision with success: false.
    if (appended.success === false) {
      if (command !== undefined) {
        // A first attempt still in flight may have landed at this revision just now.
        const raced = await this.lookUpCommand(command);
        if (raced.result) return raced.result;
      }
      const current = appended.nextExpectedRevision;
      throw new ConcurrencyError(stream, expectedRevision, current < 0n ? 'no_stream' : Number(current));
    }
    const recorded = await this.recordedOf(stream, events, appended);
    this.appended.emit('append', recorded.at(-1)!.position);
    return {
      stream,
      nextExpectedRevision: recorded.at(-1)!.revision,
      lastPosition: recorded.at(-1)!.position,
      events: recorded,
      replayed: false,
    };
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
  private async readTail(stream: string, depth: number, fromRevision: bigint | 'end' = 'end'): Promise<TailEntry[]> {
    const out: TailEntry[] = [];
    try {
      const read = this.client.readStream(stream, { direction: 'backwards', fromRevision, maxCount: depth, ...this.onLeader });
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

  /**
   * The events just appended, with their `$all` positions. One event's position is in the
   * append's answer; several are read back (each event has its own position).
   */
  private async recordedOf(
    stream: string,
    events: readonly UnpositionedEvent[],
    appended: { readonly nextExpectedRevision: bigint; readonly position?: EsdbPosition },
  ): Promise<RecordedEvent[]> {
    const only = events.length === 1 ? events[0]! : undefined;
    if (only && appended.position && appended.nextExpectedRevision === BigInt(only.revision)) {
      return [{ ...only, position: encodePosition(appended.position) }];
    }
    return this.readBack(stream, events);
  }

  /** The events just appended, read back for their `$all` positions. */
  private async readBack(stream: string, events: readonly UnpositionedEvent[]): Promise<RecordedEvent[]> {
    const recorded: RecordedEvent[] = [];
    for await (const event of this.readStreamFrom(stream, events[0]!.revision, events.length)) {
      recorded.push(event);
      if (recorded.length === events.length) break;
    }
    const ids = events.map((e) => e.id);
    if (recorded.length !== events.length || recorded.some((e, i) => e.id !== ids[i])) {
      throw new Error(`EventStoreDB did not return the events just appended to ${stream}`);
    }
    return recorded;
  }

  /**
   * Records the command's intent in its key's marker stream before the events: at "no stream"
   * for the first attempt, after the last marker for a retry whose earlier attempts never
   * landed. False when another attempt of the same command wrote there first.
   */
  private async writeIntent(key: CommandKey, intent: CommandIntent, after: bigint | 'no_stream'): Promise<boolean> {
    try {
      const written = await this.retryOnceOnNotLeader(() =>
        withDeadline(
          this.client.appendToStream(commandMarkerStream(key), [jsonEvent({ type: COMMAND_INTENT_TYPE, data: { ...intent } })], {
            expectedRevision: after,
            ...this.onLeader,
          }),
          this.deadlineMs,
          `recording command ${key.commandId}`,
        ),
      );
      return written.success !== false;
    } catch (error) {
      if (isWrongExpectedVersion(error)) return false;
      throw error;
    }
  }

  /** The markers of one marker stream, oldest first (a few at most); none when it does not exist. */
  private async readMarkers(markerStream: string, commandId: string): Promise<EsdbRecordedEvent[]> {
    const markers: EsdbRecordedEvent[] = [];
    try {
      const read = this.client.readStream(markerStream, { fromRevision: 'start', ...this.onLeader });
      for await (const resolved of iterateWithDeadline(read, this.deadlineMs, `looking up command ${commandId}`)) {
        if (resolved.event) markers.push(resolved.event);
      }
    } catch (error) {
      if (!isStreamMissing(error)) throw error;
    }
    return markers;
  }

  /**
   * What the key's marker stream says: its result when one of its attempts landed, and the
   * revision a further intent must follow. Refuses the key (COMMAND.ID_REUSED) when any of its
   * markers was written for another command: an attempt with another fingerprint may still
   * land, so the key is taken from its first intent on. Reads the marker stream (a few events
   * at most) and, per marker, the target stream at the intended revisions.
   */
  private async lookUpCommand(key: CommandKey): Promise<{ result?: AppendResult; markerRevision: bigint | 'no_stream' }> {
    const markers = await this.readMarkers(commandMarkerStream(key), key.commandId);
    for (const marker of markers) checkFingerprint(key, fingerprintOf(marker));
    const markerRevision = markers.length === 0 ? ('no_stream' as const) : markers.at(-1)!.revision;
    const events = await this.landedOf(markers);
    return events ? { result: replayedResult(events), markerRevision } : { markerRevision };
  }

  /** The events of the first marker (an intent that landed, or a note of where events are) that points at stored events. */
  private async landedOf(markers: readonly EsdbRecordedEvent[]): Promise<RecordedEvent[] | undefined> {
    for (const marker of markers) {
      let events: RecordedEvent[] | undefined;
      if (marker.type === LEGACY_COMMAND_MARKER_TYPE) {
        const legacy = marker.data as LegacyCommandMarker;
        events = await this.eventsBetween(legacy.stream, legacy.firstRevision, legacy.lastRevision);
      } else if (marker.type === COMMAND_INTENT_TYPE && isCommandIntent(marker.data)) {
        events = await this.landed(marker.data);
      }
      if (events?.length) return events;
    }
    return undefined;
  }

  /** The intended events when they are in the stream at the intended revision (same ids, same order). */
  private async landed(intent: CommandIntent): Promise<RecordedEvent[] | undefined> {
    const first = firstRevisionOf(intent);
    const events = await this.eventsBetween(intent.stream, first, first + intent.eventIds.length - 1);
    const same = events.length === intent.eventIds.length && events.every((e, i) => e.id === intent.eventIds[i]);
    return same ? events : undefined;
  }

  private async eventsBetween(stream: string, first: number, last: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of this.readStreamFrom(stream, first, last - first + 1)) {
      if (event.revision > last) break;
      events.push(event);
    }
    return events;
  }

  /**
   * A command an older adapter appended under this key, found without a scoped marker: by the
   * unscoped marker `_ledger-command-<id>` it left, or by its command id in the stream's tail.
   * Either answers only when the events were recorded in the key's setting by its principal
   * (a bare command id of another setting or actor is another command); events that carry a
   * fingerprint must carry this one (else COMMAND.ID_REUSED).
   */
  private async olderCommandEvents(
    key: CommandKey,
    stream: string,
    tail: readonly TailEntry[],
    unscoped: readonly EsdbRecordedEvent[],
  ): Promise<RecordedEvent[] | undefined> {
    const marked = await this.landedOf(unscoped);
    if (marked && ownedBy(key, marked)) return marked;
    return this.legacyCommandEvents(key, stream, tail);
  }

  /**
   * A command appended by an older adapter whose marker was never written: its events carry
   * the command id (and, from the adapter that scoped keys, the fingerprint) in their
   * metadata. They are contiguous, so when the tail found some, the run is followed back past
   * the tail to its first event.
   */
  private async legacyCommandEvents(
    key: CommandKey,
    stream: string,
    newestFirst: readonly TailEntry[],
  ): Promise<RecordedEvent[] | undefined> {
    const run: RecordedEvent[] = [];
    let index = newestFirst.findIndex((e) => recordedUnder(key, e));
    if (index < 0) return undefined;
    checkFingerprint(key, newestFirst[index]!.fingerprint);
    let page = newestFirst;
    for (;;) {
      for (; index < page.length && recordedUnder(key, page[index]!); index += 1) run.push(page[index]!.event);
      const oldest = run.at(-1)!;
      if (index < page.length || oldest.revision === 0) break;
      page = await this.readTail(stream, this.commandScanDepth, BigInt(oldest.revision - 1));
      index = 0;
      if (page.length === 0) break;
    }
    return run.reverse();
  }

  /** After the key's intent that will never land: where the events of its earlier attempt (by an older adapter) are. */
  private async recordLanded(key: CommandKey, events: readonly RecordedEvent[], after: bigint | 'no_stream'): Promise<void> {
    const marker: LegacyCommandMarker = {
      stream: events[0]!.stream,
      firstRevision: events[0]!.revision,
      lastRevision: events.at(-1)!.revision,
      fingerprint: key.fingerprint,
    };
    try {
      await withDeadline(
        this.client.appendToStream(commandMarkerStream(key), [jsonEvent({ type: LEGACY_COMMAND_MARKER_TYPE, data: { ...marker } })], {
          expectedRevision: after,
          ...this.onLeader,
        }),
        this.deadlineMs,
        `recording command ${key.commandId}`,
      );
    } catch (error) {
      this.options.logger?.warn(
        { commandId: key.commandId, err: (error as Error).message },
        'Could not record where an earlier command landed',
      );
    }
  }

  async appendedByCommand(key: CommandKey): Promise<AppendResult | undefined> {
    const found = await this.lookUpCommand(key);
    if (found.result) return found.result;
    // A marker from before keys were scoped answers only for its own setting and actor.
    const marked = await this.landedOf(await this.readMarkers(unscopedCommandStream(key.commandId), key.commandId));
    return marked && ownedBy(key, marked) ? replayedResult(marked) : undefined;
  }

  async streamHead(stream: string): Promise<StreamHead | undefined> {
    const [head] = await this.readTail(stream, 1);
    return head && { revision: head.event.revision, hash: head.event.hash };
  }

  readStream(stream: string, fromRevision = 0): AsyncIterable<RecordedEvent> {
    return this.readStreamFrom(stream, fromRevision, Number.POSITIVE_INFINITY);
  }

  /** Up to `limit` events of a stream from a revision, in pages. */
  private async *readStreamFrom(stream: string, fromRevision: number, limit: number): AsyncIterable<RecordedEvent> {
    let next = BigInt(fromRevision);
    let remaining = limit;
    while (remaining > 0) {
      const batchSize = Math.min(500, remaining);
      let count = 0;
      try {
        const read = this.client.readStream(stream, { fromRevision: next, maxCount: batchSize, ...this.onLeader });
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
      remaining -= count;
    }
  }

  /**
   * The global log after `options.after`. A filtered read (tenant, categories, types) is a
   * filtered `$all` subscription that stops when the server says it has caught up: 6.2.1's
   * `readAll` has no server-side filter, and a compliance view from position 0 must not
   * stream the whole log to this process. An unfiltered read pages through `readAll`.
   */
  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const filtered = options.tenantId !== undefined || Boolean(options.categories?.length) || Boolean(options.types?.length);
    return filtered ? this.readFiltered(options) : this.readUnfiltered(options);
  }

  /**
   * A filtered read over `subscribeToAll`: catch-up only. The subscription's `caughtUp` comes
   * after every catch-up event was handed to it; those it still holds are read, then it is
   * dropped. The deadline is on progress: an event or a server checkpoint (the server sends
   * one per window of events it searched) restarts it, so a long search of non-matching
   * events is not mistaken for a dead connection.
   */
  private async *readFiltered(options: ReadAllOptions): AsyncIterable<RecordedEvent> {
    let after = BigInt(options.after ?? '0');
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    let progressAt = Date.now();
    const subscription = this.client.subscribeToAll({
      fromPosition: decodePosition(String(after)),
      filter: { ...serverFilter(options), checkpointReached: () => void (progressAt = Date.now()) },
    });
    let taken = 0;
    let stopAt: number | undefined;
    const caughtUp = new Promise<'caughtUp'>((resolve) =>
      subscription.on('caughtUp', () => {
        stopAt = taken + (subscription.readableLength ?? 0);
        resolve('caughtUp');
      }),
    );
    const iterator = subscription[Symbol.asyncIterator]();
    const stalled = stallWatch(() => progressAt, this.deadlineMs, 'reading the global log');
    try {
      while (remaining > 0) {
        if (stopAt !== undefined && taken >= stopAt) return;
        const next = iterator.next();
        next.catch(() => undefined);
        let step = await stalled.race(stopAt === undefined ? Promise.race([next, caughtUp]) : next);
        if (step === 'caughtUp') {
          if (taken >= stopAt!) return;
          step = await stalled.race(next);
        }
        if (step.done) return;
        taken += 1;
        progressAt = Date.now();
        const event = toLedgerEvent(step.value.event);
        if (!event || BigInt(event.position) <= after) continue;
        after = BigInt(event.position);
        if (!matches(event, options)) continue;
        yield event;
        remaining -= 1;
      }
    } finally {
      stalled.stop();
      await withDeadline(subscription.unsubscribe(), this.deadlineMs, 'ending a read of the global log').catch(() => undefined);
    }
  }

  /** Reads `$all` forwards in pages from `after`; system events and command markers are skipped here. */
  private async *readUnfiltered(options: ReadAllOptions): AsyncIterable<RecordedEvent> {
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
    const advance = (position: EsdbPosition) => {
      if (resumeFrom === 'start' || comparePositions(position, resumeFrom) > 0) resumeFrom = position;
    };
    while (!signal.aborted && !this.closed) {
      // A server checkpoint says every event up to it was searched. Resuming from it, not from
      // the last matching event, spares a resubscription the search again, but only once the
      // events before it have left the client's buffer (they would be lost with the connection).
      const subscription: EsdbSubscription = this.client.subscribeToAll({
        fromPosition: resumeFrom,
        filter: {
          ...serverFilter(options),
          checkpointReached: (_subscription, position) => {
            if ((subscription.readableLength ?? 0) === 0) advance(position);
          },
        },
      });
      const stop = () => void subscription.unsubscribe().catch(() => undefined);
      signal.addEventListener('abort', stop, { once: true });
      let reason: string;
      try {
        for await (const resolved of this.watch(subscription, signal)) {
          failures = 0;
          if (resolved.event?.position) advance(resolved.event.position);
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
