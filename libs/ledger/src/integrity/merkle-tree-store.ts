import type { NodeId, StoredNode } from './tree-nodes.js';

/** How far the stored tree has folded the log: `size` leaves, the last one the event at `position`. */
export interface TreeState {
  readonly size: number;
  readonly position: string;
}

/** One event as a leaf of the stored tree. */
export interface StoredLeaf {
  readonly index: number;
  readonly position: string;
  readonly eventId: string;
  readonly eventHash: string;
}

/** A batch of leaves and the complete nodes they finished, moving the tree from one state to the next. */
export interface TreeAppend {
  readonly from: TreeState;
  readonly to: TreeState;
  readonly leaves: readonly StoredLeaf[];
  readonly nodes: readonly StoredNode[];
}

/** Another process moved the stored tree on since it was read; reload and go on. */
export class TreeMovedError extends Error {
  readonly code = 'LEDGER.MERKLE_TREE_MOVED';
  constructor(expected: TreeState, actual: TreeState) {
    super(`The stored Merkle tree is at ${actual.size} leaves, expected ${expected.size}`);
  }
}

/** The progress marker's name in projection_checkpoints, beside the projections' own. */
export const MERKLE_TREE_MARKER = 'notary-merkle-tree';

/**
 * The RFC 6962 tree of the whole log, kept in the read-model database: every leaf by index
 * (with its event id and position) and every complete subtree by (level, index). `append`
 * writes a batch and the progress marker in one transaction, and only from the state it was
 * built on, so a crash or a second writer never leaves the tree and the marker apart.
 */
export interface MerkleTreeStore {
  state(): Promise<TreeState>;
  append(batch: TreeAppend): Promise<void>;
  /** The stored hashes of these nodes, keyed by nodeKey(); a node not (yet) complete is absent. */
  nodes(ids: readonly NodeId[]): Promise<Map<string, Buffer>>;
  leafOf(eventId: string): Promise<StoredLeaf | undefined>;
  /** Forgets the stored tree, for a rebuild from zero. */
  reset(): Promise<void>;
}
