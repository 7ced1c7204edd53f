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

/**
 * A live subscription: async iteration, ends on unsubscribe. The client's subscription is a
 * Node stream: it emits `caughtUp` (server 23.10+) once the catch-up part is delivered, and
 * `readableLength` counts the events it holds that the iterator has not taken yet.
 */
export interface EsdbSubscription extends AsyncIterable<EsdbResolvedEvent> {
  unsubscribe(): Promise<void>;
  on(event: 'caughtUp', listener: () => void): unknown;
  readonly readableLength?: number;
}

export type EsdbExpectedRevision = bigint | 'no_stream';
export type EsdbReadRevision = bigint | 'start' | 'end';
export type EsdbReadPosition = EsdbPosition | 'start' | 'end';

/** A server-side `$all` filter; the server calls its `checkpointReached` with the position it has searched up to. */
export type EsdbFilter = Filter;

/** Options every call can take: our deadline, and whether a follower must refuse (so the client goes to the leader). */
export interface EsdbCallOptions {
  readonly deadline?: number;
  readonly requiresLeader?: boolean;
}

/**
 * The narrow part of `@eventstore/db-client`'s `EventStoreDBClient` the adapter depends on.
 * The real client satisfies it structurally (`capabilities` is protected in its types but a
 * plain getter at run time); the unit tests use a hand-written fake.
 */
export interface EventStoreClientLike {
  appendToStream(
    streamName: string,
    events: EventData[],
    options: EsdbCallOptions & { readonly expectedRevision: EsdbExpectedRevision },
  ): Promise<{ readonly success?: boolean; readonly nextExpectedRevision: bigint; readonly position?: EsdbPosition }>;
  readStream(
    streamName: string,
    options: EsdbCallOptions & {
      readonly fromRevision?: EsdbReadRevision;
      readonly direction?: 'forwards' | 'backwards';
      readonly maxCount?: number | bigint;
    },
  ): EsdbRead;
  /** 6.2.1's `readAll` takes no filter: a filtered read goes through `subscribeToAll`. */
  readAll(
    options: EsdbCallOptions & {
      readonly fromPosition?: EsdbReadPosition;
      readonly direction?: 'forwards' | 'backwards';
      readonly maxCount?: number | bigint;
    },
  ): EsdbRead;
  subscribeToAll(
    options: Pick<EsdbCallOptions, 'requiresLeader'> & { readonly fromPosition?: EsdbReadPosition; readonly filter?: Filter },
  ): EsdbSubscription;
  /** What the server said about itself on connect (`serverVersion` is `unknown` when it would not say). */
  readonly capabilities: Promise<{ readonly serverVersion: string }>;
  dispose(): Promise<void>;
}
