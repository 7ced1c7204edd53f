import { once, type EventEmitter } from 'node:events';
import type { RecordedEvent } from '@ledger/kernel';
import type { AppendRequest, AppendResult, EventStore, ReadAllOptions, StreamHead } from './event-store.js';
import { asStoreError, ChainError } from './store-errors.js';

/**
 * Refuses an append whose records do not continue the stream: revisions must count on
 * from the head and the first prevHash must be the head's hash. The ledger builds them
 * that way; this guards every adapter against a caller that did not. A record that does not
 * continue the chain is a ChainError (LEDGER.CHAIN_BROKEN) on every adapter.
 */
export function assertContiguous(request: AppendRequest, head: StreamHead | undefined): void {
  if (request.events.length === 0) throw new Error(`Append to ${request.stream} has no events`);
  let revision = head === undefined ? 0 : head.revision + 1;
  let prevHash = head?.hash;
  for (const event of request.events) {
    if (event.stream !== request.stream || event.revision !== revision || (prevHash !== undefined && event.prevHash !== prevHash)) {
      throw new ChainError(request.stream);
    }
    revision += 1;
    prevHash = event.hash;
  }
}

/** Resolves on the next append notification, after `pollMs` (other processes may write), or on abort. */
export async function waitForAppend(emitter: EventEmitter, signal: AbortSignal, pollMs: number): Promise<void> {
  const timeout = AbortSignal.timeout(pollMs);
  const either = AbortSignal.any([signal, timeout]);
  try {
    await once(emitter, 'append', { signal: either });
  } catch {
    // Aborted or timed out: the caller re-reads the log either way.
  }
}

/** An events row as both SQL adapters store it (data and meta as the exact JSON text hashed). */
export interface EventRow {
  position: number | bigint | string;
  id: string;
  stream: string;
  revision: number;
  type: string;
  schema: number;
  data: string;
  meta: string;
  hash: string;
  prev_hash: string;
}

export const EVENT_COLUMNS = 'position, id, stream, revision, type, schema, data, meta, hash, prev_hash';

/** One events row as an array in EVENT_COLUMNS order, as stored: data and meta are the exact JSON texts. */
export type RawEventRow = [
  position: number | bigint | string,
  id: string,
  stream: string,
  revision: number,
  type: string,
  schema: number,
  data: string,
  meta: string,
  hash: string,
  prevHash: string,
];

/**
 * What verify needs of one row, with the bytes its hash covers assembled by the database from
 * the stored texts (hashInput's layout): the common case is then one string and one digest.
 */
export type HashRow = [position: number | bigint | string, stream: string, revision: number, hash: string, prevHash: string, input: string];

/**
 * The hash input assembled in SQL from the stored columns, in RFC 8785 key order. A value the
 * database writes differently from JSON.stringify (an unusual string, a revision stored as
 * text) only makes verify fall back to parsing that row.
 */
export function hashInputSql(quote: (column: string) => string): string {
  return `'{"data":' || data || ',"id":' || ${quote('id')} || ',"meta":' || meta || ',"prevHash":' || ${quote('prev_hash')} || ',"revision":' || revision || ',"schema":' || schema || ',"stream":' || ${quote('stream')} || ',"type":' || ${quote('type')} || '}'`;
}

/** A store that can hand out its log as raw rows, for verify to hash without parsing. */
export interface RawLogReader {
  /** Up to `limit` rows after `after`, in position order. */
  readRawRows(after: string, limit: number): Promise<RawEventRow[]>;
  /** The same rows as HashRows. */
  readHashRows(after: string, limit: number): Promise<HashRow[]>;
}

export function isRawLogReader(store: object): store is RawLogReader {
  return typeof (store as Partial<RawLogReader>).readRawRows === 'function';
}

/** A raw row as a recorded event (data and meta parsed). */
export function rawToRecorded(row: RawEventRow): RecordedEvent {
  return toRecorded({
    position: row[0],
    id: row[1],
    stream: row[2],
    revision: row[3],
    type: row[4],
    schema: row[5],
    data: row[6],
    meta: row[7],
    hash: row[8],
    prev_hash: row[9],
  });
}

export function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    stream: row.stream,
    revision: row.revision,
    position: String(row.position),
    type: row.type,
    schema: row.schema,
    data: JSON.parse(row.data),
    meta: JSON.parse(row.meta),
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}

/** An append waiting in a group-commit queue. */
export interface PendingAppend {
  readonly request: AppendRequest;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

export type AppendOutcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/** After a group commit: answers every waiting append and wakes subscribers once. */
export function settleBatch(batch: readonly PendingAppend[], outcomes: readonly AppendOutcome[], appended: EventEmitter): void {
  let last: string | undefined;
  batch.forEach((pending, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) {
      pending.resolve(outcome.result);
      last = outcome.result.lastPosition;
    } else {
      pending.reject(asStoreError(outcome.error));
    }
  });
  if (last !== undefined) appended.emit('append', last);
}

/**
 * Subscription over a store that can read its own log: catch up from `after`, then wait
 * for the next append (or a short poll, for other processes' writes) and read on. The
 * subscriber pulls at its own pace from the database, so it never holds back writers.
 */
export async function* followLog(
  store: Pick<EventStore, 'readAll' | 'waitForAppend'>,
  isClosed: () => boolean,
  options: ReadAllOptions & { readonly signal: AbortSignal },
): AsyncIterable<RecordedEvent> {
  let after = options.after ?? '0';
  while (!options.signal.aborted && !isClosed()) {
    let sawAny = false;
    for await (const event of store.readAll({ ...options, after, limit: undefined })) {
      sawAny = true;
      after = event.position;
      yield event;
      if (options.signal.aborted) return;
    }
    if (!sawAny) await store.waitForAppend(options.signal, 250);
  }
}
