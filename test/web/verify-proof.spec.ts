import { createHash, createPublicKey, generateKeyPairSync, webcrypto } from 'node:crypto';
import { eventLeaf, inclusionProof, keyIdOf, rootOf, signCheckpoint, type SigningKey } from '@ledger/ledger';
import {
  keyIdOfPem,
  verifyInclusion,
  type InclusionProofInput,
  type StepId,
  type Subtle,
} from '../../apps/web/src/features/inspection/verify/verify-proof.js';

// The web app's in-browser proof check against proofs and checkpoints made by the server's own
// code (libs/ledger: the Merkle tree, the audit path, the Ed25519 checkpoint signature).
const subtle = webcrypto.subtle as unknown as Subtle;

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKeyPem, keyId: keyIdOf(publicKeyPem) };
}

const eventHashes = Array.from({ length: 13 }, (_, i) => createHash('sha256').update(`event ${i}`).digest('hex'));
const key = newKey();

/** The server's proof for the event at `index` in a tree of `size`, against a checkpoint signed by `signer`. */
function serverProof(index: number, size = eventHashes.length, signer = key): InclusionProofInput {
  const leaves = eventHashes.slice(0, size).map(eventLeaf);
  const checkpoint = signCheckpoint(
    { treeSize: size, root: rootOf(leaves).toString('hex'), timestamp: '2026-12-03T09:00:00.000Z', keyId: signer.keyId },
    signer,
  );
  return {
    eventHash: eventHashes[index]!,
    leafHash: leaves[index]!.toString('hex'),
    leafIndex: index,
    treeSize: size,
    auditPath: inclusionProof(index, leaves).map((b) => b.toString('hex')),
    checkpoint,
  };
}

const failing = (steps: readonly { id: StepId; holds: boolean }[]) => steps.filter((s) => !s.holds).map((s) => s.id);

describe('verifyInclusion (in the browser)', () => {
  describe('when the proof and checkpoint are the server’s, unaltered', () => {
    it('should hold for every event of trees of every size', async () => {
      for (const size of [1, 2, 3, 7, 8, 13])
        for (let index = 0; index < size; index++) {
          const result = await verifyInclusion(subtle, eventHashes[index]!, serverProof(index, size), key.publicKeyPem, 'pinned');
          expect({ size, index, failing: failing(result.steps) }).toEqual({ size, index, failing: [] });
          expect(result.holds).toBe(true);
        }
    });

    it('should name the key id the server works out for the same key', async () => {
      const result = await verifyInclusion(subtle, eventHashes[4]!, serverProof(4), key.publicKeyPem, 'pinned');
      expect(result.keyId).toBe(key.keyId);
      expect(result.checkpointKeyId).toBe(key.keyId);
      await expect(keyIdOfPem(subtle, key.publicKeyPem)).resolves.toBe(key.keyId);
    });

    it('should show each hash of the walk up the audit path, ending at the signed root', async () => {
      const proof = serverProof(5);
      const result = await verifyInclusion(subtle, eventHashes[5]!, proof, key.publicKeyPem, 'server');
      const path = result.steps.find((s) => s.id === 'audit-path')!;
      expect(path.trace).toHaveLength(proof.auditPath.length);
      expect(path.trace!.at(-1)).toBe(proof.checkpoint.root);
      expect(result.keySource).toBe('server');
    });
  });

  describe('when anything is altered', () => {
    const flip = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);

    it('should fail the audit path when one sibling hash is altered', async () => {
      const proof = serverProof(6);
      const tampered = { ...proof, auditPath: proof.auditPath.map((h, i) => (i === 1 ? flip(h) : h)) };
      const result = await verifyInclusion(subtle, eventHashes[6]!, tampered, key.publicKeyPem, 'pinned');
      expect(result.holds).toBe(false);
      expect(failing(result.steps)).toEqual(['audit-path']);
    });

    it('should fail when the proof is for another event than the one shown', async () => {
      const result = await verifyInclusion(subtle, eventHashes[2]!, serverProof(3), key.publicKeyPem, 'pinned');
      expect(result.holds).toBe(false);
      expect(failing(result.steps)).toEqual(expect.arrayContaining(['event-hash', 'leaf-hash', 'audit-path']));
    });

    it('should fail the signature when the signed root is replaced by the root the altered path leads to', async () => {
      const proof = serverProof(0);
      const tampered = { ...proof, checkpoint: { ...proof.checkpoint, root: flip(proof.checkpoint.root) } };
      const result = await verifyInclusion(subtle, eventHashes[0]!, tampered, key.publicKeyPem, 'pinned');
      expect(failing(result.steps)).toEqual(['audit-path', 'signature']);
    });

    it('should fail the key and the signature when the checkpoint was signed by a key other than the pinned one', async () => {
      const other = newKey();
      const result = await verifyInclusion(subtle, eventHashes[1]!, serverProof(1, 13, other), key.publicKeyPem, 'pinned');
      expect(result.holds).toBe(false);
      expect(failing(result.steps)).toEqual(['key-id', 'signature']);
      expect(result.checkpointKeyId).toBe(other.keyId);
    });

    it('should fail the signature when the tree size is altered after signing', async () => {
      const proof = serverProof(1);
      const tampered = { ...proof, treeSize: 14, checkpoint: { ...proof.checkpoint, treeSize: 14 } };
      const result = await verifyInclusion(subtle, eventHashes[1]!, tampered, key.publicKeyPem, 'pinned');
      expect(failing(result.steps)).toEqual(expect.arrayContaining(['signature']));
      expect(result.holds).toBe(false);
    });

    it('should fail, not throw, when the pasted key is not a public key', async () => {
      const result = await verifyInclusion(subtle, eventHashes[1]!, serverProof(1), 'not a key', 'pinned');
      expect(failing(result.steps)).toEqual(['key-id', 'signature']);
      expect(result.keyId).toBe('');
    });

    it('should fail, not throw, when a hash is not hex', async () => {
      const proof = serverProof(1);
      const result = await verifyInclusion(
        subtle,
        eventHashes[1]!,
        { ...proof, auditPath: ['zz', ...proof.auditPath.slice(1)] },
        key.publicKeyPem,
        'pinned',
      );
      expect(failing(result.steps)).toEqual(['audit-path']);
    });
  });
});
