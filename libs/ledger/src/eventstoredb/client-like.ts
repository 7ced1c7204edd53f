import type { EventData, Filter } from '@eventstore/db-client';

/** A position in the EventStoreDB transaction file, as the client reports it. */
export interface EsdbPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

/** The fields of a recorded event the adapter reads. */
export interface EsdbRecordedEvent {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly position?: EsdbPosition;
}

export interface EsdbResolvedEvent {
  readonly event?: EsdbRecordedEvent;
}

/** A streaming read: async iteration, cancellable. */
export interface EsdbRead extends AsyncIterable<EsdbResolvedEvent> {
  cancel(): Promise<void>;
}

/** A live subscription: async iteration, ends on unsubscribe. */
export interface EsdbSubscription extends AsyncIterable<EsdbResolvedEvent> {
  unsubscribe(): Promise<void>;
}

export type EsdbExpectedRevision = bigint | 'no_stream';
export type EsdbReadRevision = bigint | 'start' | 'end';
export type EsdbReadPosition = EsdbPosition | 'start' | 'end';

/**
 * The narrow part of `@eventstore/db-client`'s `EventStoreDBClient` the adapter depends on.
 * The real client satisfies it structurally; the unit tests use a hand-written fake.
 */
export interface EventStoreClientLike {
  appendToStream(
    streamName: string,
    events: EventData[],
    options: { readonly expectedRevision: EsdbExpectedRevision; readonly deadline?: number },
  ): Promise<{ readonly nextExpectedRevision: bigint; readonly position?: EsdbPosition }>;
  readStream(
    streamName: string,
    options: {
      readonly fromRevision?: EsdbReadRevision;
      readonly direction?: 'forwards' | 'backwards';
      readonly maxCount?: number | bigint;
      readonly deadline?: number;
    },
  ): EsdbRead;
  readAll(options: {
    readonly fromPosition?: EsdbReadPosition;
    readonly direction?: 'forwards' | 'backwards';
    readonly maxCount?: number | bigint;
    readonly deadline?: number;
  }): EsdbRead;
  subscribeToAll(options: { readonly fromPosition?: EsdbReadPosition; readonly filter?: Filter }): EsdbSubscription;
  dispose(): Promise<void>;
}
