import { createHash, hash } from 'node:crypto';

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing. The leaves of the ledger's log are the event
 * hashes in global order: leaf = SHA-256(0x00 ‖ eventHash), node = SHA-256(0x01 ‖ left ‖ right).
 */
export function leafHash(data: Buffer): Buffer {
  return hash('sha256', Buffer.concat([LEAF_PREFIX, data]), 'buffer');
}

const LEAF_PREFIX = Buffer.from([0x00]);
// Scratch buffers for the hot paths (one leaf and one node per event in verify): no allocation but the digest.
const leafScratch = Buffer.alloc(33);
const nodeScratch = Buffer.alloc(65);
nodeScratch[0] = 0x01;

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  if (left.length !== 32 || right.length !== 32) return hash('sha256', Buffer.concat([Buffer.from([0x01]), left, right]), 'buffer');
  left.copy(nodeScratch, 1);
  right.copy(nodeScratch, 33);
  return hash('sha256', nodeScratch, 'buffer');
}

/** The leaf of one event: its hex event hash, decoded, under the leaf prefix. */
export function eventLeaf(eventHash: string): Buffer {
  // A stored hash that is not 64 hex digits decodes short, exactly as Buffer.from would.
  if (eventHash.length !== 64 || leafScratch.write(eventHash, 1, 'hex') !== 32) return leafHash(Buffer.from(eventHash, 'hex'));
  return hash('sha256', leafScratch, 'buffer');
}

/** The largest power of two smaller than n (n > 1). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes; the empty tree hashes the empty string. */
export function rootOf(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)));
}

/** PATH(m, D[n]): the audit path of leaf `index` in the tree of these leaves (RFC 6962 §2.1.1). */
export function inclusionProof(index: number, leaves: readonly Buffer[]): Buffer[] {
  if (index < 0 || index >= leaves.length) throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...inclusionProof(index, leaves.slice(0, k)), rootOf(leaves.slice(k))]
    : [...inclusionProof(index - k, leaves.slice(k)), rootOf(leaves.slice(0, k))];
}

/** PROOF(m, D[n]): that the tree of the first m leaves is a prefix of the tree of n (RFC 6962 §2.1.2). */
export function consistencyProof(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (m < 1 || m > leaves.length) throw new RangeError(`no consistency proof from ${m} to ${leaves.length}`);
  const subproof = (m: number, d: readonly Buffer[], complete: boolean): Buffer[] => {
    if (m === d.length) return complete ? [] : [rootOf(d)];
    const k = split(d.length);
    return m <= k
      ? [...subproof(m, d.slice(0, k), complete), rootOf(d.slice(k))]
      : [...subproof(m - k, d.slice(k), false), rootOf(d.slice(0, k))];
  };
  return subproof(m, leaves, true);
}

/** Checks an audit path (RFC 9162 §2.1.3.2). */
export function verifyInclusion(leaf: Buffer, index: number, treeSize: number, proof: readonly Buffer[], root: Buffer): boolean {
  if (index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.equals(root);
}

/** Checks a consistency proof between two tree heads (RFC 9162 §2.1.4.2). */
export function verifyConsistency(size1: number, size2: number, proof: readonly Buffer[], root1: Buffer, root2: Buffer): boolean {
  if (size1 > size2) return false;
  if (size1 === size2) return proof.length === 0 && root1.equals(root2);
  if (size1 === 0) return proof.length === 0;
  let path = [...proof];
  if ((size1 & (size1 - 1)) === 0) path = [root1, ...path];
  if (path.length === 0) return false;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2);
}

/**
 * Streaming MTH: the root of a log too large to hold, computed leaf by leaf with one
 * pending subtree per bit of the size (memory O(log n)). Each push can also report the
 * complete subtrees it finished, for a store that keeps them (see tree-nodes.ts).
 */
export class MerkleAccumulator {
  private readonly stack: Array<{ level: number; index: number; hash: Buffer }> = [];
  private count = 0;

  /** Continues a tree of `size` leaves from its frontier: the roots of its complete subtrees, largest first. */
  static resume(size: number, frontier: readonly Buffer[]): MerkleAccumulator {
    const tree = new MerkleAccumulator();
    let start = 0;
    for (let level = 52; level >= 0; level -= 1) {
      const width = 2 ** level;
      if (size - start >= width) {
        const hash = frontier[tree.stack.length];
        if (!hash) throw new RangeError(`a tree of ${size} leaves needs ${tree.stack.length + 1}+ frontier nodes`);
        tree.stack.push({ level, index: start / width, hash });
        start += width;
      }
    }
    if (tree.stack.length !== frontier.length) throw new RangeError(`a tree of ${size} leaves has ${tree.stack.length} frontier nodes`);
    tree.count = size;
    return tree;
  }

  get size(): number {
    return this.count;
  }

  /** An independent copy, to grow without changing this one. */
  clone(): MerkleAccumulator {
    const copy = new MerkleAccumulator();
    copy.stack.push(...this.stack);
    copy.count = this.count;
    return copy;
  }

  /** Appends a leaf; when `completed` is given, every complete node this finished (the leaf first) is added to it. */
  push(leaf: Buffer, completed?: Array<{ level: number; index: number; hash: Buffer }>): void {
    let node = { level: 0, index: this.count, hash: leaf };
    completed?.push(node);
    while (this.stack.length > 0 && this.stack.at(-1)!.level === node.level) {
      const left = this.stack.pop()!;
      node = { level: left.level + 1, index: Math.floor(left.index / 2), hash: nodeHash(left.hash, node.hash) };
      completed?.push(node);
    }
    this.stack.push(node);
    this.count += 1;
  }

  root(): Buffer {
    if (this.stack.length === 0) return createHash('sha256').digest();
    let hash = this.stack.at(-1)!.hash;
    for (let i = this.stack.length - 2; i >= 0; i -= 1) hash = nodeHash(this.stack[i]!.hash, hash);
    return hash;
  }
}

/**
 * The same streaming MTH for verify's hot loop, fed hex event hashes. Subtree hashes are kept
 * as 32-character latin1 strings: Node digests to a string several times faster than to a
 * Buffer, and that is most of the cost of a tree over millions of leaves.
 */
export class EventHashAccumulator {
  private readonly hashes: string[] = [];
  private readonly levels: number[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(eventHash: string): void {
    let node =
      eventHash.length === 64 && leafScratch.write(eventHash, 1, 'hex') === 32
        ? hash('sha256', leafScratch, 'binary')
        : eventLeaf(eventHash).toString('latin1');
    let level = 0;
    while (this.levels.length > 0 && this.levels.at(-1) === level) {
      nodeScratch.write(this.hashes.pop()!, 1, 'latin1');
      nodeScratch.write(node, 33, 'latin1');
      node = hash('sha256', nodeScratch, 'binary');
      this.levels.pop();
      level += 1;
    }
    this.hashes.push(node);
    this.levels.push(level);
    this.count += 1;
  }

  root(): Buffer {
    if (this.hashes.length === 0) return createHash('sha256').digest();
    let root: Buffer = Buffer.from(this.hashes.at(-1)!, 'latin1');
    for (let i = this.hashes.length - 2; i >= 0; i -= 1) root = nodeHash(Buffer.from(this.hashes[i]!, 'latin1'), root);
    return root;
  }
}
