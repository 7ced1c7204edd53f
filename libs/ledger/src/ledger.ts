import { ConcurrencyError, GENESIS_HASH, newId, systemClock, type Clock, type EventMeta, type RecordedEvent } from '@ledger/kernel';
import type { AppendResult, CommandKey, EventStore, ExpectedRevision, ReadAllOptions, UnpositionedEvent } from './event-store.js';
import { hashEvent } from './integrity/event-hash.js';
import { asStoreError } from './store-errors.js';
import type { Vault } from './vault/vault.js';

/** An event to record: its type, payload and who/when; the ledger adds id, time, chain and hash. */
export interface EventToAppend {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly schema?: number;
  readonly meta: Omit<EventMeta, 'recordedAt'>;
}

export interface AppendOptions {
  /** The idempotency key of the command these events record (see CommandKey). */
  readonly command?: CommandKey;
  /**
   * The hash of the event at the expected revision, when the caller has just read it
   * (handleCommand folds the stream anyway): saves reading the head again. A wrong
   * value is refused by the adapter, never stored.
   */
  readonly expectedHash?: string;
}

/** Told about every append the ledger hands to its store (for metrics): never the events themselves. */
export interface AppendObserver {
  appended(append: {
    readonly stream: string;
    readonly events: number;
    readonly seconds: number;
    readonly outcome: 'ok' | 'conflict' | 'error';
  }): void;
}

/**
 * The ledger over any EventStore adapter: it builds each record (UUIDv7 id, recordedAt
 * from its clock, prevHash chain, SHA-256 over canonical JSON) with personal fields
 * already encrypted, and decrypts them again on read. The adapter only stores.
 */
export class Ledger {
  constructor(
    readonly store: EventStore,
    readonly vault: Vault,
    private readonly clock: Clock = systemClock,
    private readonly observer?: AppendObserver,
  ) {}

  /** Appends the events; a database that is down or full fails with its stable error (see store-errors). */
  async append(
    stream: string,
    expectedRevision: ExpectedRevision,
    events: readonly EventToAppend[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    try {
      return await this.appendRecords(stream, expectedRevision, events, options);
    } catch (error) {
      throw asStoreError(error);
    }
  }

  private async appendRecords(
    stream: string,
    expectedRevision: ExpectedRevision,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (options.command !== undefined) {
      const done = await this.store.appendedByCommand(options.command);
      if (done) return done;
    }
    const head =
      options.expectedHash !== undefined && expectedRevision !== 'no_stream'
        ? { revision: expectedRevision, hash: options.expectedHash }
        : await this.store.streamHead(stream);
    // When the head is not the expected one the adapter refuses the append with a
    // ConcurrencyError; the records are still built against the real head.
    let revision = head === undefined ? 0 : head.revision + 1;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const recordedAt = this.clock.now().toISOString();
    const records: UnpositionedEvent[] = [];
    for (const event of events) {
      const meta: EventMeta = { ...event.meta, recordedAt };
      const data = await this.vault.encrypt(meta.tenantId, event.type, event.data);
      const unhashed = {
        id: newId(),
        stream,
        revision,
        type: event.type,
        schema: event.schema ?? this.vault.schemaOf(event.type),
        data,
        meta,
        prevHash,
      };
      const hash = hashEvent(unhashed);
      records.push({ ...unhashed, hash });
      revision += 1;
      prevHash = hash;
    }
    const append = { stream, expectedRevision, events: records, command: options.command };
    if (!this.observer) return this.store.append(append);
    const started = performance.now();
    try {
      const result = await this.store.append(append);
      this.observer.appended({ stream, events: records.length, seconds: (performance.now() - started) / 1000, outcome: 'ok' });
      return result;
    } catch (error) {
      const outcome = error instanceof ConcurrencyError ? 'conflict' : 'error';
      this.observer.appended({ stream, events: records.length, seconds: (performance.now() - started) / 1000, outcome });
      throw error;
    }
  }

  /** A stream's events with personal fields decrypted (or marked erased). */
  async *readStream(stream: string, fromRevision = 0): AsyncIterable<RecordedEvent> {
    for await (const event of this.store.readStream(stream, fromRevision)) yield this.reveal(event);
  }

  /** The global log with personal fields decrypted (or marked erased). */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const event of this.store.readAll(options)) yield this.reveal(event);
  }

  /** The event as its current schema reads it (upcast in memory), personal fields decrypted or marked erased. */
  async reveal(event: RecordedEvent): Promise<RecordedEvent> {
    const upcast = this.vault.upcast(event.data);
    const data = await this.vault.decrypt(event.meta.tenantId, upcast);
    return data === event.data ? event : { ...event, data };
  }
}
