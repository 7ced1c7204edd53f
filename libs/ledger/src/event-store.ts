import type { RecordedEvent } from '@ledger/kernel';

/** An exact revision the stream must be at, or `no_stream` when it must not exist yet. */
export type ExpectedRevision = number | 'no_stream';

/** One fully formed record (hash included) for an adapter to store; the adapter assigns the position. */
export type UnpositionedEvent = Omit<RecordedEvent, 'position'>;

/**
 * An idempotency key: the client's commandId scoped to the setting and the signed-in
 * principal, with a fingerprint of the command it was first used for. A key of one setting
 * or principal never finds another's; the same key with another fingerprint is refused.
 */
export interface CommandKey {
  readonly tenantId: string;
  readonly principal: string;
  readonly commandId: string;
  readonly fingerprint: string;
}

export interface AppendRequest {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly UnpositionedEvent[];
  /**
   * When given, a retry with the same key and fingerprint appends nothing and returns the
   * original result; the same key with another fingerprint is refused (CommandIdReusedError).
   */
  readonly command?: CommandKey;
}

export interface AppendResult {
  readonly stream: string;
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** Global position of the last appended event. */
  readonly lastPosition: string;
  readonly events: readonly RecordedEvent[];
  /** True when the command id had already been appended and nothing new was written. */
  readonly replayed: boolean;
}

/** Which events a global read or subscription wants. */
export interface LogFilter {
  readonly tenantId?: string;
  /** Stream categories: the part of the stream id before the first `-`. */
  readonly categories?: readonly string[];
  readonly types?: readonly string[];
}

export interface ReadAllOptions extends LogFilter {
  /** Exclusive: events strictly after this position. `'0'` (the default) is the start. */
  readonly after?: string;
  /** Stop after this many events. */
  readonly limit?: number;
  readonly batchSize?: number;
}

export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

export interface StoreHealth {
  readonly ok: boolean;
  readonly adapter: string;
  readonly detail?: string;
}

/** The ledger's storage port. Three adapters implement it: SQLite, PostgreSQL, EventStoreDB. */
export interface EventStore {
  readonly adapter: string;
  append(request: AppendRequest): Promise<AppendResult>;
  /**
   * The original result of an append made with this key, if there was one; refuses the key
   * (CommandIdReusedError) when it was used with another fingerprint.
   */
  appendedByCommand(key: CommandKey): Promise<AppendResult | undefined>;
  /** The last revision and hash of a stream, or undefined when it does not exist. */
  streamHead(stream: string): Promise<StreamHead | undefined>;
  readStream(stream: string, fromRevision?: number): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Catch up from `after`, then follow live appends until the signal aborts. */
  subscribe(options: ReadAllOptions & { readonly signal: AbortSignal }): AsyncIterable<RecordedEvent>;
  headPosition(): Promise<string>;
  /** Resolves after the next append by this process, after `timeoutMs` (other processes may write), or on abort. */
  waitForAppend(signal: AbortSignal, timeoutMs: number): Promise<void>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export { streamCategory } from '@ledger/kernel';
