import { DomainError, type RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '../event-store.js';
import { CHECKPOINT_STREAM } from './checkpoint.js';
import { CheckpointHistory, type CheckpointRecord } from './checkpoint-history.js';
import { eventLeaf, verifyConsistency, verifyInclusion } from './merkle.js';
import { MerkleLog } from './merkle-log.js';
import type { MerkleTreeStore } from './merkle-tree-store.js';

/** Why a proof cannot be given, with a stable code. */
export class ProofError extends DomainError {
  private constructor(
    readonly code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message, details);
  }

  static eventNotInLog(eventId: string): ProofError {
    return new ProofError(
      'PROOF.EVENT_NOT_IN_LOG',
      `No event ${eventId} is in the Merkle log: check the id, or wait a few seconds if it was recorded just now`,
      { eventId },
    );
  }

  static noCheckpoint(): ProofError {
    return new ProofError('PROOF.NO_CHECKPOINT', 'The ledger has not signed a checkpoint yet, so there is nothing to prove against');
  }

  static noCheckpointOfSize(treeSize: number): ProofError {
    return new ProofError('PROOF.NO_SUCH_CHECKPOINT', `No signed checkpoint covers exactly ${treeSize} events`, { treeSize });
  }

  static notYetCheckpointed(eventId: string, leafIndex: number, treeSize: number): ProofError {
    return new ProofError(
      'PROOF.NOT_YET_CHECKPOINTED',
      `Event ${eventId} is number ${leafIndex + 1} in the log but the checkpoint covers only ${treeSize} events; the next checkpoint will include it`,
      { eventId, leafIndex, treeSize },
    );
  }

  static badRange(fromSize: number, toSize: number): ProofError {
    return new ProofError(
      'PROOF.BAD_RANGE',
      `A consistency proof goes from a smaller checkpoint to a larger one, not ${fromSize} to ${toSize}`,
      {
        fromSize,
        toSize,
      },
    );
  }

  static treeDisagrees(treeSize: number): ProofError {
    return new ProofError(
      'PROOF.TREE_DISAGREES',
      `The stored Merkle tree does not give the signed root of the checkpoint of ${treeSize} events: run ledger verify`,
      { treeSize },
    );
  }
}

/** The inclusion proof of one event against one signed checkpoint (RFC 9162 §2.1.3). */
export interface InclusionProof {
  readonly eventId: string;
  readonly position: string;
  /** The event's hash (hex): the leaf is SHA-256(0x00 ‖ bytes(eventHash)). */
  readonly eventHash: string;
  readonly leafHash: string;
  /** 0-based index of the event in the log (global order). */
  readonly leafIndex: number;
  readonly treeSize: number;
  /** Sibling subtree hashes (hex), leaf side first. */
  readonly auditPath: string[];
  readonly checkpoint: CheckpointRecord;
}

/** The consistency proof that the log of `fromSize` events is a prefix of the log of `toSize` (RFC 9162 §2.1.4). */
export interface ConsistencyProof {
  readonly fromSize: number;
  readonly toSize: number;
  readonly proof: string[];
  readonly from: CheckpointRecord;
  readonly to: CheckpointRecord;
}

/** A checkpoint signing key as announced in the log. */
export interface CheckpointPublicKey {
  readonly keyId: string;
  /** Ed25519 public key, SPKI PEM. */
  readonly publicKey: string;
  readonly registeredAt: string;
  readonly retiredAt: string | null;
  readonly successorKeyId: string | null;
}

/**
 * Proofs an auditor can check without trusting us: the signed checkpoints and keys, the
 * inclusion proof of one event and the consistency proof between two checkpoints, each read
 * from the stored tree in O(log n) rows and checked against the signed root before it is given.
 */
export class ProofService {
  private readonly history = new CheckpointHistory();

  constructor(
    private readonly store: Pick<EventStore, 'readStream' | 'readAll'>,
    private readonly tree: MerkleLog,
  ) {}

  /** From an open ledger: `ProofService.over(runtime)`. */
  static over(runtime: { readonly store: EventStore; readonly merkleTree: MerkleTreeStore }): ProofService {
    return new ProofService(runtime.store, new MerkleLog(runtime.store, runtime.merkleTree));
  }

  /** Every signed checkpoint, oldest first. */
  async checkpoints(): Promise<CheckpointRecord[]> {
    return [...(await this.refresh()).checkpoints];
  }

  /** The checkpoint covering the most events, or undefined before the first. */
  async latestCheckpoint(): Promise<CheckpointRecord | undefined> {
    return (await this.refresh()).checkpoints.reduce<CheckpointRecord | undefined>(
      (latest, c) => (latest === undefined || c.treeSize > latest.treeSize ? c : latest),
      undefined,
    );
  }

  /** Every key that has signed or may sign checkpoints, with when it was registered and retired. */
  async publicKeys(): Promise<CheckpointPublicKey[]> {
    return [...(await this.refresh()).keys.values()].map((k) => ({
      keyId: k.keyId,
      publicKey: k.publicKey,
      registeredAt: k.registeredAt,
      retiredAt: k.retiredAt ?? null,
      successorKeyId: k.successorKeyId ?? null,
    }));
  }

  /**
   * The audit path of one event against the checkpoint of `treeSize` events (default: the
   * latest checkpoint). With `tenantId`, an event of another setting is answered exactly as an
   * unknown one — same error, same work done — before anything (its number in the log, what a
   * checkpoint covers) could tell the two apart.
   */
  async inclusionProof(eventId: string, treeSize?: number, options: { tenantId?: string } = {}): Promise<InclusionProof> {
    const leaf = await this.tree.leafOf(eventId);
    if (options.tenantId !== undefined) {
      // An unknown id reads one event too, so that the two answers take the same time.
      const event = await this.eventAt(leaf?.position ?? '1');
      if (!leaf || event?.id !== eventId || event.meta.tenantId !== options.tenantId) throw ProofError.eventNotInLog(eventId);
    }
    if (!leaf) throw ProofError.eventNotInLog(eventId);
    const checkpoint = await this.checkpointOf(treeSize);
    if (leaf.index >= checkpoint.treeSize) throw ProofError.notYetCheckpointed(eventId, leaf.index, checkpoint.treeSize);
    const path = await this.tree.inclusionProof(leaf.index, checkpoint.treeSize);
    const leafHash = eventLeaf(leaf.eventHash);
    if (!verifyInclusion(leafHash, leaf.index, checkpoint.treeSize, path, Buffer.from(checkpoint.root, 'hex')))
      throw ProofError.treeDisagrees(checkpoint.treeSize);
    return {
      eventId,
      position: leaf.position,
      eventHash: leaf.eventHash,
      leafHash: leafHash.toString('hex'),
      leafIndex: leaf.index,
      treeSize: checkpoint.treeSize,
      auditPath: path.map((h) => h.toString('hex')),
      checkpoint,
    };
  }

  private async eventAt(position: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.store.readAll({ after: String(BigInt(position) - 1n), limit: 1 })) return event;
    return undefined;
  }

  /** That the log signed at `fromSize` events is a prefix of the log signed at `toSize`. */
  async consistencyProof(fromSize: number, toSize: number): Promise<ConsistencyProof> {
    if (!(fromSize >= 1 && fromSize <= toSize)) throw ProofError.badRange(fromSize, toSize);
    const from = await this.checkpointOf(fromSize);
    const to = await this.checkpointOf(toSize);
    const proof = await this.tree.consistencyProof(fromSize, toSize);
    if (!verifyConsistency(fromSize, toSize, proof, Buffer.from(from.root, 'hex'), Buffer.from(to.root, 'hex')))
      throw ProofError.treeDisagrees(toSize);
    return { fromSize, toSize, proof: proof.map((h) => h.toString('hex')), from, to };
  }

  private async checkpointOf(treeSize: number | undefined): Promise<CheckpointRecord> {
    if (treeSize === undefined) {
      const latest = await this.latestCheckpoint();
      if (!latest) throw ProofError.noCheckpoint();
      return latest;
    }
    const found = (await this.refresh()).checkpoints.find((c) => c.treeSize === treeSize);
    if (!found) throw ProofError.noCheckpointOfSize(treeSize);
    return found;
  }

  /** Reads the checkpoint stream on from where this service last read it. */
  private async refresh(): Promise<CheckpointHistory> {
    for await (const event of this.store.readStream(CHECKPOINT_STREAM, this.history.revision + 1)) this.history.apply(event);
    return this.history;
  }
}
