import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@ledger/kernel';
import { collect, note, postgresSubject, sqliteSubject, type ContractSubject } from '@ledger/testing';
import type { LedgerRuntime } from '../open-ledger.js';
import { CHECKPOINT_STREAM, checkpointSignatureValid, loadSigningKey, signCheckpoint, type SignedCheckpoint } from './checkpoint.js';
import { rotateCheckpointKey } from './key-rotation.js';
import { eventLeaf, verifyConsistency, verifyInclusion } from './merkle.js';
import { MerkleLog } from './merkle-log.js';
import { Notary } from './notary.js';
import { ProofService } from './proof-service.js';
import { collectCheckpoints, verifyLog } from './verify-log.js';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

type Subject = ContractSubject & Pick<LedgerRuntime, 'merkleTree'>;

async function appendNotes(sut: Subject, count: number, from = 0): Promise<void> {
  for (let i = from; i < from + count; i += 1)
    await sut.ledger.append(`incident-school-a.${i % 3}`, i < 3 ? 'no_stream' : Math.floor(i / 3) - 1, [note(i)]);
}

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const signedCount = async (sut: Subject) =>
  (await collect(sut.store.readStream(CHECKPOINT_STREAM))).filter((e) => e.type === 'CheckpointSigned').length;

describe.each([
  ['sqlite', () => sqliteSubject() as unknown as Promise<Subject>],
  ['postgres', () => postgresSubject() as unknown as Promise<Subject>],
] as const)('The notary on %s', (_adapter, open) => {
  let sut: Subject;
  let keyDir: string;
  const notaryOf = (every = 5) =>
    new Notary(
      sut.ledger,
      new MerkleLog(sut.store, sut.merkleTree),
      () => loadSigningKey(keyDir),
      { every, intervalMs: 3_600_000 },
      systemClock,
    );
  const verify = async () => verifyLog(sut.store.readAll(), undefined, await collectCheckpoints(sut.store.readStream(CHECKPOINT_STREAM)));

  beforeEach(async () => {
    sut = await open();
    keyDir = mkdtempSync(join(tmpdir(), 'ledger-notary-'));
  });
  afterEach(async () => {
    await sut.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('should append Ed25519-signed checkpoints every N events that verify against the rebuilt tree', async () => {
    const notary = notaryOf();
    notary.start();
    await appendNotes(sut, 12);
    await waitUntil(async () => (await signedCount(sut)) >= 2, 'two checkpoints');
    await notary.stop();
    const events = await collect(sut.store.readStream(CHECKPOINT_STREAM));
    expect(events[0]).toMatchObject({ type: 'CheckpointKeyRegistered', data: { keyId: loadSigningKey(keyDir).keyId } });
    const checkpoints = events.filter((e) => e.type === 'CheckpointSigned').map((e) => e.data as unknown as SignedCheckpoint);
    expect(checkpoints.every((c) => checkpointSignatureValid(c, loadSigningKey(keyDir).publicKeyPem))).toBe(true);
    const report = await verify();
    expect(report.problem).toBeUndefined();
    expect(report.checkpoints).toBe(checkpoints.length);
  });

  it('should serve an inclusion proof of every event and a consistency proof between every two checkpoints', async () => {
    const notary = notaryOf(4);
    for (let round = 0; round < 4; round += 1) {
      await appendNotes(sut, 5, round * 5);
      await notary.catchUpAndSign();
    }
    const proofs = ProofService.over(sut);
    const checkpoints = await proofs.checkpoints();
    // Each round adds 5 notes, and the checkpoint events after the first (key registered, signed) are leaves too.
    expect(checkpoints.map((c) => c.treeSize)).toEqual([5, 12, 18, 24]);
    const latest = (await proofs.latestCheckpoint())!;
    expect(latest.treeSize).toBe(24);
    // Leaf order is global position order: leaf i is the i-th event read from the log.
    const log = await collect(sut.store.readAll());
    for (const [index, event] of log.slice(0, latest.treeSize).entries()) {
      for (const checkpoint of checkpoints.filter((c) => c.treeSize > index)) {
        const proof = await proofs.inclusionProof(event.id, checkpoint.treeSize);
        expect(proof).toMatchObject({ leafIndex: index, eventHash: event.hash, position: event.position, treeSize: checkpoint.treeSize });
        const path = proof.auditPath.map((h) => Buffer.from(h, 'hex'));
        expect(verifyInclusion(eventLeaf(event.hash), index, checkpoint.treeSize, path, Buffer.from(checkpoint.root, 'hex'))).toBe(true);
      }
    }
    for (const from of checkpoints)
      for (const to of checkpoints.filter((c) => c.treeSize >= from.treeSize)) {
        const { proof } = await proofs.consistencyProof(from.treeSize, to.treeSize);
        const hashes = proof.map((h) => Buffer.from(h, 'hex'));
        expect(verifyConsistency(from.treeSize, to.treeSize, hashes, Buffer.from(from.root, 'hex'), Buffer.from(to.root, 'hex'))).toBe(
          true,
        );
      }
    expect(await proofs.publicKeys()).toEqual([
      expect.objectContaining({ keyId: loadSigningKey(keyDir).keyId, retiredAt: null, publicKey: loadSigningKey(keyDir).publicKeyPem }),
    ]);
  });

  it('should refuse proofs it cannot give, with stable codes', async () => {
    const proofs = ProofService.over(sut);
    await appendNotes(sut, 3);
    const notary = notaryOf();
    await expect(proofs.latestCheckpoint()).resolves.toBeUndefined();
    await notary.catchUpAndSign();
    await appendNotes(sut, 1, 3);
    await new MerkleLog(sut.store, sut.merkleTree).catchUp();
    const last = (await collect(sut.store.readAll())).at(-1)!;
    await expect(proofs.inclusionProof(last.id)).rejects.toMatchObject({ code: 'PROOF.NOT_YET_CHECKPOINTED' });
    await expect(proofs.inclusionProof('0190f5c2-0000-7000-8000-00000000dead')).rejects.toMatchObject({ code: 'PROOF.EVENT_NOT_IN_LOG' });
    await expect(proofs.inclusionProof(last.id, 2)).rejects.toMatchObject({ code: 'PROOF.NO_SUCH_CHECKPOINT' });
    await expect(proofs.consistencyProof(3, 1)).rejects.toMatchObject({ code: 'PROOF.BAD_RANGE' });
  });

  it('should resume the stored tree after a restart instead of replaying the log', async () => {
    await appendNotes(sut, 7);
    const first = new MerkleLog(sut.store, sut.merkleTree);
    await first.catchUp({ batchSize: 3 });
    await appendNotes(sut, 4, 7);
    const reads: string[] = [];
    const spying = {
      readAll: (options?: { after?: string }) => {
        reads.push(options?.after ?? '0');
        return sut.store.readAll(options);
      },
    };
    const second = new MerkleLog(spying, sut.merkleTree);
    await second.catchUp();
    expect(reads[0]).toBe(first.state.position);
    expect(second.size).toBe(11);
    expect(second.root().toString('hex')).toBe((await verify()).root);
    expect((await second.rootAt(11)).toString('hex')).toBe((await verify()).root);
  });

  it('should let two writers race on the tree and keep one consistent copy', async () => {
    await appendNotes(sut, 9);
    const a = new MerkleLog(sut.store, sut.merkleTree);
    const b = new MerkleLog(sut.store, sut.merkleTree);
    await a.load();
    await b.load();
    // b is about to write from size 0 when a has already stored everything: b must reload, not duplicate.
    await a.catchUp({ batchSize: 4 });
    await b.catchUp({ batchSize: 4 });
    expect(b.size).toBe(9);
    expect(b.root()).toEqual(a.root());
    expect(await sut.merkleTree.state()).toEqual(a.state);
  });

  it('should rotate the key: later checkpoints use the new key, and the retired key is refused after its retirement', async () => {
    const notary = notaryOf(3);
    notary.start();
    await appendNotes(sut, 4);
    await waitUntil(async () => (await signedCount(sut)) >= 1, 'a first checkpoint');
    const oldKeyId = loadSigningKey(keyDir).keyId;
    const rotation = await rotateCheckpointKey(sut.ledger, keyDir, systemClock);
    expect(rotation.retiredKeyId).toBe(oldKeyId);
    await appendNotes(sut, 4, 4);
    await waitUntil(
      async () => (await ProofService.over(sut).latestCheckpoint())?.keyId === rotation.key.keyId,
      'a checkpoint by the new key',
    );
    await notary.stop();
    const keys = await ProofService.over(sut).publicKeys();
    expect(keys).toEqual([
      expect.objectContaining({ keyId: oldKeyId, retiredAt: expect.any(String), successorKeyId: rotation.key.keyId }),
      expect.objectContaining({ keyId: rotation.key.keyId, retiredAt: null }),
    ]);
    expect((await verify()).problem).toBeUndefined();

    // A checkpoint signed with the retired key after its retirement is refused, though its signature is genuine.
    const retired = { privateKey: createPrivateKey(readFileSync(rotation.retiredKeyFile, 'utf8')), keyId: oldKeyId, publicKeyPem: '' };
    const tree = new MerkleLog(sut.store, sut.merkleTree);
    await tree.catchUp();
    const forged = signCheckpoint(
      { treeSize: tree.size, root: tree.root().toString('hex'), timestamp: new Date().toISOString(), keyId: oldKeyId },
      retired,
    );
    const head = (await sut.store.streamHead(CHECKPOINT_STREAM))!;
    const appended = await sut.ledger.append(CHECKPOINT_STREAM, head.revision, [
      {
        type: 'CheckpointSigned',
        data: { ...forged },
        meta: {
          tenantId: 'ledger',
          actor: { id: 'x', role: 'system' },
          occurredAt: forged.timestamp,
          correlationId: 'x',
          causationId: null,
        },
      },
    ]);
    expect((await verify()).problem).toMatchObject({
      id: appended.events[0]!.id,
      what: expect.stringMatching(/after that key was retired/),
    });
  });
});

describe('Tampering with checkpoints', () => {
  let sut: Subject;
  const keyDir = mkdtempSync(join(tmpdir(), 'ledger-notary-'));
  const raw = () => (sut.store as unknown as { connection: Database.Database }).connection;
  const verify = async () => verifyLog(sut.store.readAll(), undefined, await collectCheckpoints(sut.store.readStream(CHECKPOINT_STREAM)));

  beforeEach(async () => {
    sut = (await sqliteSubject()) as unknown as Subject;
    const notary = new Notary(
      sut.ledger,
      new MerkleLog(sut.store, sut.merkleTree),
      () => loadSigningKey(keyDir),
      { every: 5, intervalMs: 3_600_000 },
      systemClock,
    );
    await appendNotes(sut, 6);
    await notary.catchUpAndSign();
    await appendNotes(sut, 6, 6);
    await notary.catchUpAndSign();
  });
  afterEach(() => sut.close());
  afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

  it('should name a checkpoint whose signature was replaced', async () => {
    const [victim] = (await collect(sut.store.readStream(CHECKPOINT_STREAM))).filter((e) => e.type === 'CheckpointSigned');
    const forged = { ...victim!.data, signature: Buffer.alloc(64, 7).toString('base64') };
    raw().prepare('UPDATE events SET data = ? WHERE id = ?').run(JSON.stringify(forged), victim!.id);
    // The event's own hash no longer matches, so the chain check names it first.
    expect((await verify()).problem).toMatchObject({ id: victim!.id });
  });

  it('should notice the last event of each stream removed, which no chain can show', async () => {
    // Deleting the tail of every incident stream leaves each chain intact: only the checkpoints can tell.
    raw().prepare("DELETE FROM events WHERE stream LIKE 'incident-%' AND revision = 3").run();
    const checkpointIds = (await collect(sut.store.readStream(CHECKPOINT_STREAM))).map((e) => e.id);
    const problem = (await verify()).problem;
    expect(checkpointIds).toContain(problem?.id);
    expect(problem?.what).toMatch(/the log gives|events are missing/);
  });

  it('should refuse an inclusion proof when a stored tree node was changed', async () => {
    raw().prepare('UPDATE merkle_nodes SET hash = zeroblob(32) WHERE level = 1 AND idx = 1').run();
    const first = (await collect(sut.store.readAll()))[0]!;
    await expect(ProofService.over(sut).inclusionProof(first.id)).rejects.toMatchObject({ code: 'PROOF.TREE_DISAGREES' });
  });
});
