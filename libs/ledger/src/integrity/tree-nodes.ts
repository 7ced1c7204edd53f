import { createHash } from 'node:crypto';
import { nodeHash } from './merkle.js';

/**
 * Proofs from stored nodes. The tree of any size n is made of complete subtrees: the node at
 * (level L, index j) is the root of leaves [j·2^L, (j+1)·2^L), and it never changes once its
 * last leaf is appended, so it can be stored as it completes. Every subtree hash that an RFC
 * 6962 proof needs is a range [start, end) of the RFC recursion; such a range is either one
 * complete node or (on the right edge of the tree) a few complete nodes, one per bit of its
 * size. A proof for tree size n therefore needs O(log n) stored nodes, read in one query.
 */

/** A complete subtree: level L covers 2^L leaves starting at index·2^L. Level 0 is a leaf. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** Leaves [start, end) of the tree: one subtree hash in a proof. */
export type LeafRange = readonly [start: number, end: number];

/** A complete node produced while appending, to store. */
export interface StoredNode extends NodeId {
  readonly hash: Buffer;
}

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The subtree ranges of the audit path of leaf `index` in the tree of `size` (RFC 6962 PATH), leaf side first. */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path = (m: number, start: number, end: number): LeafRange[] => {
    if (end - start === 1) return [];
    const k = split(end - start);
    return m < k ? [...path(m, start, start + k), [start + k, end]] : [...path(m - k, start + k, end), [start, start + k]];
  };
  return path(index, 0, size);
}

/** The subtree ranges of the consistency proof from `from` to `to` leaves (RFC 6962 PROOF). */
export function consistencyRanges(from: number, to: number): LeafRange[] {
  if (!Number.isSafeInteger(from) || from < 1 || from > to) throw new RangeError(`no consistency proof from ${from} to ${to}`);
  const subproof = (m: number, start: number, end: number, complete: boolean): LeafRange[] => {
    if (m === end - start) return complete ? [] : [[start, end]];
    const k = split(end - start);
    return m <= k
      ? [...subproof(m, start, start + k, complete), [start + k, end]]
      : [...subproof(m - k, start + k, end, false), [start, start + k]];
  };
  return subproof(from, 0, to, true);
}

/**
 * The complete nodes whose right fold is the hash of a range of the RFC recursion, largest
 * first. Such a range starts at a multiple of a power of two at least its size, so it splits
 * into one complete node per set bit of its size.
 */
export function rangeNodes([start, end]: LeafRange): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  let remaining = end - start;
  for (let level = Math.floor(Math.log2(Math.max(remaining, 1))) + 1; level >= 0; level -= 1) {
    const width = 2 ** level;
    if (remaining >= width) {
      if (at % width !== 0) throw new RangeError(`leaves [${start}, ${end}) are not a subtree of an RFC 6962 tree`);
      nodes.push({ level, index: at / width });
      at += width;
      remaining -= width;
    }
  }
  return nodes;
}

/** MTH of a range from its complete nodes: node(c1, node(c2, … ck)). */
export function rangeHash(range: LeafRange, node: (id: NodeId) => Buffer): Buffer {
  if (range[1] === range[0]) return createHash('sha256').digest();
  const parts = rangeNodes(range);
  let hash = node(parts.at(-1)!);
  for (let i = parts.length - 2; i >= 0; i -= 1) hash = nodeHash(node(parts[i]!), hash);
  return hash;
}

/** Every distinct stored node that these ranges need. */
export function nodesFor(ranges: readonly LeafRange[]): NodeId[] {
  const seen = new Map<string, NodeId>();
  for (const range of ranges) for (const id of rangeNodes(range)) seen.set(nodeKey(id), id);
  return [...seen.values()];
}

export function nodeKey(id: NodeId): string {
  return `${id.level}:${id.index}`;
}

/**
 * The frontier of a tree of `size` leaves: the complete nodes of its binary decomposition,
 * largest first. With these a tree can go on growing (MerkleAccumulator.resume).
 */
export function frontier(size: number): NodeId[] {
  return size === 0 ? [] : rangeNodes([0, size]);
}
