import type { RecordedEvent } from '@ledger/kernel';
import type { SignedCheckpoint } from './checkpoint.js';

/** The event types of the checkpoint stream (notary-ledger.checkpoints). */
export const CHECKPOINT_KEY_REGISTERED = 'CheckpointKeyRegistered';
export const CHECKPOINT_KEY_RETIRED = 'CheckpointKeyRetired';
export const CHECKPOINT_SIGNED = 'CheckpointSigned';

/** A checkpoint signing key as the log announced it. */
export interface CheckpointKeyInfo {
  readonly keyId: string;
  /** Ed25519 public key, SPKI PEM. */
  readonly publicKey: string;
  /** recordedAt of the CheckpointKeyRegistered event. */
  readonly registeredAt: string;
  readonly registeredPosition: string;
  /** recordedAt of the CheckpointKeyRetired event; absent while the key is in use. */
  readonly retiredAt?: string;
  readonly retiredPosition?: string;
  readonly successorKeyId?: string;
}

/** A signed checkpoint with the event that recorded it. */
export interface CheckpointRecord extends SignedCheckpoint {
  readonly eventId: string;
  readonly position: string;
}

/**
 * The checkpoint stream folded: every key with when it was registered and retired, and every
 * checkpoint in order. A key signs validly only between its registration and its retirement,
 * in log order (keyProblem).
 */
export class CheckpointHistory {
  readonly keys = new Map<string, CheckpointKeyInfo>();
  readonly checkpoints: CheckpointRecord[] = [];
  /** The last revision folded (-1 before any) and its hash: the expected head for the next append. */
  revision = -1;
  hash: string | undefined;

  static of(events: Iterable<RecordedEvent>): CheckpointHistory {
    const history = new CheckpointHistory();
    for (const event of events) history.apply(event);
    return history;
  }

  apply(event: RecordedEvent): void {
    this.revision = event.revision;
    this.hash = event.hash;
    const data = event.data;
    switch (event.type) {
      case CHECKPOINT_KEY_REGISTERED:
        this.keys.set(String(data.keyId), {
          keyId: String(data.keyId),
          publicKey: String(data.publicKey),
          registeredAt: event.meta.recordedAt,
          registeredPosition: event.position,
        });
        break;
      case CHECKPOINT_KEY_RETIRED: {
        const key = this.keys.get(String(data.keyId));
        if (key && key.retiredPosition === undefined)
          this.keys.set(key.keyId, {
            ...key,
            retiredAt: event.meta.recordedAt,
            retiredPosition: event.position,
            ...(data.successorKeyId === undefined ? {} : { successorKeyId: String(data.successorKeyId) }),
          });
        break;
      }
      case CHECKPOINT_SIGNED:
        this.checkpoints.push({
          treeSize: Number(data.treeSize),
          root: String(data.root),
          timestamp: String(data.timestamp),
          keyId: String(data.keyId),
          signature: String(data.signature),
          eventId: event.id,
          position: event.position,
        });
        break;
    }
  }

  get lastSignedSize(): number {
    return this.checkpoints.reduce((max, c) => Math.max(max, c.treeSize), 0);
  }

  isRetired(keyId: string): boolean {
    return this.keys.get(keyId)?.retiredPosition !== undefined;
  }

  /** Why a checkpoint recorded at `position` may not be signed by this key, or undefined when it may. */
  keyProblem(keyId: string, position: string): string | undefined {
    return keyProblem(this.keys, keyId, position);
  }
}

export function keyProblem(keys: ReadonlyMap<string, CheckpointKeyInfo>, keyId: string, position: string): string | undefined {
  const key = keys.get(keyId);
  const at = BigInt(position);
  if (!key || BigInt(key.registeredPosition) > at)
    return `checkpoint signed with key ${keyId}, which no earlier CheckpointKeyRegistered event announces`;
  if (key.retiredPosition !== undefined && BigInt(key.retiredPosition) < at)
    return `checkpoint signed with key ${keyId} after that key was retired (position ${key.retiredPosition}, ${key.retiredAt})`;
  return undefined;
}
