import {
  consistencyProof,
  EventHashAccumulator,
  eventLeaf,
  inclusionProof,
  leafHash,
  MerkleAccumulator,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

// The RFC 6962 test inputs used by Certificate Transparency implementations, and their tree heads.
const INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
  Buffer.from(hex, 'hex'),
);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const leaves = INPUTS.map(leafHash);

describe('RFC 6962 Merkle tree', () => {
  it('should hash the empty tree as SHA-256 of nothing', () => {
    expect(rootOf([]).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each(ROOTS.map((root, i) => [i + 1, root]))('should give the published root for %i leaves', (size, root) => {
    expect(rootOf(leaves.slice(0, size as number)).toString('hex')).toBe(root);
  });

  it('should give the published audit path of leaf 0 in the tree of 8', () => {
    expect(inclusionProof(0, leaves).map((h) => h.toString('hex'))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
  });

  it('should verify every inclusion proof of every tree up to 8, and refuse a wrong leaf, index or root', () => {
    for (let size = 1; size <= 8; size += 1) {
      const tree = leaves.slice(0, size);
      const root = rootOf(tree);
      for (let index = 0; index < size; index += 1) {
        const proof = inclusionProof(index, tree);
        expect(verifyInclusion(tree[index]!, index, size, proof, root)).toBe(true);
        expect(verifyInclusion(leafHash(Buffer.from('x')), index, size, proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(tree[index]!, (index + 1) % size, size, proof, root)).toBe(false);
        expect(verifyInclusion(tree[index]!, index, size, proof, rootOf(leaves.slice(0, 8).reverse()))).toBe(false);
      }
    }
  });

  it('should verify every consistency proof between trees up to 8, and refuse a forged one', () => {
    for (let n = 1; n <= 8; n += 1) {
      for (let m = 1; m <= n; m += 1) {
        const proof = consistencyProof(m, leaves.slice(0, n));
        expect(verifyConsistency(m, n, proof, rootOf(leaves.slice(0, m)), rootOf(leaves.slice(0, n)))).toBe(true);
        if (m < n) expect(verifyConsistency(m, n, proof, rootOf(leaves.slice(1, m + 1)), rootOf(leaves.slice(0, n)))).toBe(false);
      }
    }
  });

  it('should compute the same root streaming, leaf by leaf', () => {
    const accumulator = new MerkleAccumulator();
    leaves.forEach((leaf, i) => {
      accumulator.push(leaf);
      expect(accumulator.root().toString('hex')).toBe(ROOTS[i]);
    });
  });

  it('should compute the same roots from hex event hashes with the verify accumulator', () => {
    const hashes = Array.from({ length: 70 }, (_, i) => Buffer.alloc(32, i).toString('hex'));
    const fast = new EventHashAccumulator();
    hashes.forEach((hash, i) => {
      fast.push(hash);
      expect(fast.root()).toEqual(rootOf(hashes.slice(0, i + 1).map(eventLeaf)));
    });
    // A stored hash that is not 64 hex digits is hashed as Buffer.from would decode it.
    fast.push('zz');
    expect(fast.root()).toEqual(rootOf([...hashes, 'zz'].map(eventLeaf)));
  });
});
