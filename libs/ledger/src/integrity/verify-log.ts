import type { RecordedEvent } from '@ledger/kernel';
import { chainProblem } from './event-hash.js';
import { checkpointSignatureValid, type SignedCheckpoint } from './checkpoint.js';
import { CHECKPOINT_SIGNED, CheckpointHistory, keyProblem, type CheckpointKeyInfo } from './checkpoint-history.js';
import { eventLeaf, MerkleAccumulator } from './merkle.js';

/** The first thing found wrong in a log. */
export interface VerifyProblem {
  readonly position: string;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly what: string;
}

/** The signed checkpoints of a log and the keys announced for them, gathered before the main pass. */
export interface CheckpointIndex {
  readonly bySize: ReadonlyMap<number, readonly RecordedEvent[]>;
  /** Every key with the positions of its registration and retirement: it signs validly only in between. */
  readonly keys: ReadonlyMap<string, CheckpointKeyInfo>;
}

export async function collectCheckpoints(events: AsyncIterable<RecordedEvent>): Promise<CheckpointIndex> {
  const bySize = new Map<number, RecordedEvent[]>();
  const history = new CheckpointHistory();
  for await (const event of events) {
    history.apply(event);
    if (event.type === CHECKPOINT_SIGNED)
      bySize.set(Number(event.data.treeSize), [...(bySize.get(Number(event.data.treeSize)) ?? []), event]);
  }
  return { bySize, keys: history.keys };
}

export interface VerifyReport {
  readonly checkpoints: number;
  readonly events: number;
  readonly streams: number;
  /** The RFC 6962 root over every event hash in global order (hex). */
  readonly root: string;
  readonly problem?: VerifyProblem;
}

/**
 * Recomputes every event hash, every stream's chain and the Merkle root of the whole
 * log, in one pass with memory in the number of streams; stops at the first problem.
 */
export async function verifyLog(
  events: AsyncIterable<RecordedEvent>,
  onProgress?: (count: number) => void,
  checkpoints: CheckpointIndex = { bySize: new Map(), keys: new Map() },
): Promise<VerifyReport> {
  const heads = new Map<string, { revision: number; hash: string }>();
  const tree = new MerkleAccumulator();
  let lastPosition = -1n;
  let count = 0;
  let checked = 0;
  const bad = (event: RecordedEvent, what: string): VerifyReport => ({
    checkpoints: checked,
    events: count,
    streams: heads.size,
    root: tree.root().toString('hex'),
    problem: { position: event.position, id: event.id, stream: event.stream, revision: event.revision, what },
  });
  for await (const event of events) {
    const position = BigInt(event.position);
    const problem =
      position <= lastPosition
        ? `position ${event.position} does not come after ${lastPosition}`
        : chainProblem(heads.get(event.stream), event);
    if (problem) return bad(event, problem);
    lastPosition = position;
    heads.set(event.stream, { revision: event.revision, hash: event.hash });
    tree.push(eventLeaf(event.hash));
    count += 1;
    for (const checkpoint of checkpoints.bySize.get(count) ?? []) {
      const signed = checkpoint.data as unknown as SignedCheckpoint;
      const root = tree.root().toString('hex');
      if (signed.root !== root) return bad(checkpoint, `checkpoint of ${count} events has root ${signed.root}, the log gives ${root}`);
      const keyRefused = keyProblem(checkpoints.keys, signed.keyId, checkpoint.position);
      if (keyRefused) return bad(checkpoint, keyRefused);
      if (!checkpointSignatureValid(signed, checkpoints.keys.get(signed.keyId)!.publicKey))
        return bad(checkpoint, `checkpoint signature does not verify with key ${signed.keyId}`);
      checked += 1;
    }
    if (count % 10_000 === 0) onProgress?.(count);
  }
  onProgress?.(count);
  for (const [size, list] of checkpoints.bySize) {
    if (size > count) return bad(list[0]!, `checkpoint covers ${size} events but the log holds ${count}: events are missing`);
  }
  return { checkpoints: checked, events: count, streams: heads.size, root: tree.root().toString('hex') };
}
