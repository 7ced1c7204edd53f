import { createHash } from 'node:crypto';
import { consistencyProof, inclusionProof, leafHash, MerkleAccumulator, rootOf } from './merkle.js';
import { consistencyRanges, frontier, inclusionRanges, nodeKey, nodesFor, rangeHash, type NodeId } from './tree-nodes.js';

const MAX = 70;
const leaves = Array.from({ length: MAX }, (_, i) => leafHash(createHash('sha256').update(`event ${i}`).digest()));

/** Every complete node of the tree of MAX leaves, as a store would hold them after MAX appends. */
function storedNodes(): Map<string, Buffer> {
  const completed: Array<{ level: number; index: number; hash: Buffer }> = [];
  const tree = new MerkleAccumulator();
  for (const leaf of leaves) tree.push(leaf, completed);
  return new Map(completed.map((n) => [nodeKey(n), n.hash]));
}

describe('Proofs from stored complete subtrees', () => {
  const stored = storedNodes();
  const reads: string[] = [];
  const node = (id: NodeId) => {
    reads.push(nodeKey(id));
    const hash = stored.get(nodeKey(id));
    if (!hash) throw new Error(`node ${nodeKey(id)} was never completed`);
    return hash;
  };

  it('should store exactly the complete nodes: n leaves make 2n - popcount(n) nodes', () => {
    const popcount = MAX.toString(2).replaceAll('0', '').length;
    expect(stored.size).toBe(2 * MAX - popcount);
    expect(stored.get(nodeKey({ level: 6, index: 0 }))).toEqual(rootOf(leaves.slice(0, 64)));
  });

  it('should give the in-memory audit path for every leaf of every tree size up to 70, from O(log n) nodes', () => {
    for (let size = 1; size <= MAX; size += 1) {
      const tree = leaves.slice(0, size);
      for (let index = 0; index < size; index += 1) {
        const ranges = inclusionRanges(index, size);
        reads.length = 0;
        const proof = ranges.map((range) => rangeHash(range, node));
        expect(proof).toEqual(inclusionProof(index, tree));
        expect(nodesFor(ranges).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(size)) + 1);
      }
      expect(rangeHash([0, size], node)).toEqual(rootOf(tree));
    }
  });

  it('should give the in-memory consistency proof between every pair of sizes up to 70', () => {
    for (let to = 1; to <= MAX; to += 1) {
      for (let from = 1; from <= to; from += 1) {
        const ranges = consistencyRanges(from, to);
        expect(ranges.map((range) => rangeHash(range, node))).toEqual(consistencyProof(from, leaves.slice(0, to)));
        expect(nodesFor(ranges).length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(to)) + 2);
      }
    }
  });

  it('should resume a tree from its frontier and go on to the same roots and nodes', () => {
    for (let size = 0; size < MAX; size += 1) {
      const resumed = MerkleAccumulator.resume(
        size,
        frontier(size).map((id) => stored.get(nodeKey(id))!),
      );
      const completed: Array<{ level: number; index: number; hash: Buffer }> = [];
      for (const leaf of leaves.slice(size)) resumed.push(leaf, completed);
      expect(resumed.root()).toEqual(rootOf(leaves));
      for (const n of completed) expect(stored.get(nodeKey(n))).toEqual(n.hash);
    }
  });

  it('should refuse a leaf outside the tree and an impossible consistency proof', () => {
    expect(() => inclusionRanges(5, 5)).toThrow(RangeError);
    expect(() => consistencyRanges(0, 5)).toThrow(RangeError);
    expect(() => consistencyRanges(6, 5)).toThrow(RangeError);
  });
});
