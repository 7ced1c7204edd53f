import type { RecordedEvent } from '@ledger/kernel';

export interface EvidenceTrailEntry {
  /** The event's id (what `inclusionProof` takes). */
  readonly eventId: string;
  readonly position: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly hash: string;
  readonly prevHash: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Every event about a subject, in global order, with who, when (both times) and its place in the hash chain. */
export function evidenceTrail(events: Iterable<RecordedEvent>): EvidenceTrailEntry[] {
  return [...events]
    .sort((a, b) => (BigInt(a.position) < BigInt(b.position) ? -1 : 1))
    .map((e) => ({
      eventId: e.id,
      position: e.position,
      stream: e.stream,
      revision: e.revision,
      type: e.type,
      actor: e.meta.actor,
      occurredAt: e.meta.occurredAt,
      recordedAt: e.meta.recordedAt,
      hash: e.hash,
      prevHash: e.prevHash,
      data: e.data,
    }));
}
