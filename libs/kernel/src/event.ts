/** Who did something: the authenticated person and the role they acted in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/** A domain event before it is recorded: a past-tense type and its payload. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** Metadata carried by every recorded event (DESIGN.md "The event record"). */
export interface EventMeta {
  readonly tenantId: string;
  readonly actor: Actor;
  /** When it happened, as the user says (ISO-8601). Often in the past. */
  readonly occurredAt: string;
  /** When the ledger recorded it (ISO-8601, ledger clock). */
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly commandId?: string;
  readonly ruleVersion?: string;
}

/** An event as the ledger stores it. Stored bytes are never rewritten. */
export interface RecordedEvent<Data extends object = Record<string, unknown>> {
  /** UUIDv7. */
  readonly id: string;
  /** `<category>-<tenantId>.<entityId>` */
  readonly stream: string;
  /** Position within the stream, from 0. */
  readonly revision: number;
  /** Global position, a decimal string so that it is bigint-safe. */
  readonly position: string;
  readonly type: string;
  /** Version of the data shape; upcasters read old shapes in memory. */
  readonly schema: number;
  readonly data: Data;
  readonly meta: EventMeta;
  /** SHA-256 (hex) over the RFC 8785 canonical JSON of every field but position and hash. */
  readonly hash: string;
  /** Hash of the previous event in the same stream; 64 zeros for the first. */
  readonly prevHash: string;
}

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A read model: pure `evolve` over documents keyed by (tenant, key). Personal fields
 * arrive as ciphertext and stay so in the document; they are decrypted at read time,
 * so an erasure takes effect in every view at once.
 */
export interface Projection<Doc = unknown> {
  readonly name: string;
  /** The event types this projection reads (the projector fetches nothing else), or 'all'. */
  readonly canHandle: readonly string[] | 'all';
  /** The document (within the event's tenant) an event updates, or null for none. */
  keyOf(event: RecordedEvent): string | null;
  /** The next document; undefined removes it. Pure: no I/O, no clock. */
  evolve(doc: Doc | undefined, event: RecordedEvent): Doc | undefined;
}
