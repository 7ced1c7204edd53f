import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '../event-store.js';
import { isRawLogReader, type RawLogReader } from '../store-support.js';
import { eventLeaf, MerkleAccumulator } from './merkle.js';
import { TreeMovedError, type MerkleTreeStore, type StoredLeaf, type TreeState } from './merkle-tree-store.js';
import {
  consistencyRanges,
  frontier,
  inclusionRanges,
  nodeKey,
  nodesFor,
  rangeHash,
  type LeafRange,
  type NodeId,
  type StoredNode,
} from './tree-nodes.js';

export interface CatchUpOptions {
  readonly signal?: AbortSignal;
  readonly batchSize?: number;
  /** Called with the tree size after each stored batch. */
  readonly onProgress?: (size: number) => void;
}

/**
 * The whole log as an RFC 6962 tree in the read-model database. `catchUp` folds the events
 * after the stored marker, in global position order (the same on every adapter), one batch
 * per transaction; proofs are then read from stored nodes, O(log n) rows each.
 */
export class MerkleLog {
  private tree: MerkleAccumulator | undefined;
  private current: TreeState = { size: 0, position: '0' };

  constructor(
    private readonly store: Pick<EventStore, 'readAll'> | (Pick<EventStore, 'readAll'> & RawLogReader),
    private readonly nodes: MerkleTreeStore,
  ) {}

  /** Leaves folded so far by this process (call catchUp first). */
  get size(): number {
    return this.current.size;
  }

  get state(): TreeState {
    return this.current;
  }

  /** The root of everything folded so far. */
  root(): Buffer {
    return (this.tree ?? new MerkleAccumulator()).root();
  }

  /** Reloads the tree's frontier from the store: O(log n) rows. */
  async load(): Promise<void> {
    const state = await this.nodes.state();
    const ids = frontier(state.size);
    const stored = await this.nodes.nodes(ids);
    this.tree = MerkleAccumulator.resume(
      state.size,
      ids.map((id) => need(stored, id)),
    );
    this.current = state;
  }

  /** Folds and stores every event after the stored marker; returns the new state. */
  async catchUp(options: CatchUpOptions = {}): Promise<TreeState> {
    const batchSize = options.batchSize ?? 2000;
    if (!this.tree) await this.load();
    for (;;) {
      if (options.signal?.aborted) return this.current;
      const from = this.current;
      // Grown on a copy: size and root change together, only once the batch is stored.
      const tree = this.tree!.clone();
      const leaves: StoredLeaf[] = [];
      const completed: StoredNode[] = [];
      let position = from.position;
      for await (const event of this.read(from.position, batchSize)) {
        leaves.push({ index: from.size + leaves.length, position: event.position, eventId: event.id, eventHash: event.hash });
        tree.push(eventLeaf(event.hash), completed as Array<{ level: number; index: number; hash: Buffer }>);
        position = event.position;
      }
      if (leaves.length === 0) return this.current;
      const to = { size: from.size + leaves.length, position };
      try {
        await this.nodes.append({ from, to, leaves, nodes: completed });
        this.tree = tree;
        this.current = to;
      } catch (error) {
        // Another process stored these events first: start again from what it stored.
        await this.load();
        if (!(error instanceof TreeMovedError)) throw error;
      }
      options.onProgress?.(this.current.size);
      // A store's reads may resolve without a turn of the event loop: give requests one between batches.
      await nextTurn();
    }
  }

  /** Position, id and hash of the events after `after`: from raw rows where the store has them (no JSON parsing). */
  private async *read(after: string, limit: number): AsyncIterable<Pick<RecordedEvent, 'position' | 'id' | 'hash'>> {
    if (isRawLogReader(this.store)) {
      for (const row of await this.store.readRawRows(after, limit)) yield { position: String(row[0]), id: row[1], hash: row[8] };
      return;
    }
    yield* this.store.readAll({ after, limit, batchSize: limit });
  }

  leafOf(eventId: string): Promise<StoredLeaf | undefined> {
    return this.nodes.leafOf(eventId);
  }

  /** MTH of the first `size` leaves, from stored nodes. */
  async rootAt(size: number): Promise<Buffer> {
    const [root] = await this.hashes([[0, size]], size);
    return root!;
  }

  /** The audit path of leaf `index` in the tree of `size` leaves. */
  inclusionProof(index: number, size: number): Promise<Buffer[]> {
    return this.hashes(inclusionRanges(index, size), size);
  }

  /** The consistency proof between the trees of `from` and `to` leaves. */
  consistencyProof(from: number, to: number): Promise<Buffer[]> {
    return this.hashes(consistencyRanges(from, to), to);
  }

  private async hashes(ranges: readonly LeafRange[], size: number): Promise<Buffer[]> {
    if (size > (await this.nodes.state()).size) throw new RangeError(`the stored tree does not hold ${size} leaves yet`);
    const stored = await this.nodes.nodes(nodesFor(ranges));
    return ranges.map((range) => rangeHash(range, (id) => need(stored, id)));
  }
}

function need(stored: ReadonlyMap<string, Buffer>, id: NodeId): Buffer {
  const hash = stored.get(nodeKey(id));
  if (!hash) throw new Error(`The stored Merkle tree is missing node ${nodeKey(id)}; it was changed outside the ledger`);
  return hash;
}
