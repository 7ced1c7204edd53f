import type { RecordedEvent } from '@ledger/kernel';
import { chainProblem } from './event-hash.js';
import { eventLeaf, MerkleAccumulator } from './merkle.js';

/** The first thing found wrong in a log. */
export interface VerifyProblem {
  readonly position: string;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly what: string;
}

export interface VerifyReport {
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
export async function verifyLog(events: AsyncIterable<RecordedEvent>, onProgress?: (count: number) => void): Promise<VerifyReport> {
  const heads = new Map<string, { revision: number; hash: string }>();
  const tree = new MerkleAccumulator();
  let lastPosition = -1n;
  let count = 0;
  for await (const event of events) {
    const position = BigInt(event.position);
    const problem =
      position <= lastPosition
        ? `position ${event.position} does not come after ${lastPosition}`
        : chainProblem(heads.get(event.stream), event);
    if (problem) {
      return {
        events: count,
        streams: heads.size,
        root: tree.root().toString('hex'),
        problem: { position: event.position, id: event.id, stream: event.stream, revision: event.revision, what: problem },
      };
    }
    lastPosition = position;
    heads.set(event.stream, { revision: event.revision, hash: event.hash });
    tree.push(eventLeaf(event.hash));
    count += 1;
    if (count % 10_000 === 0) onProgress?.(count);
  }
  onProgress?.(count);
  return { events: count, streams: heads.size, root: tree.root().toString('hex') };
}
