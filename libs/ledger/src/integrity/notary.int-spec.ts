import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@ledger/kernel';
import { collect, note, sqliteSubject, type ContractSubject } from '@ledger/testing';
import { CHECKPOINT_STREAM, checkpointSignatureValid, loadSigningKey, type SignedCheckpoint } from './checkpoint.js';
import { Notary } from './notary.js';
import { collectCheckpoints, verifyLog } from './verify-log.js';

describe('Signed checkpoints', () => {
  let sut: ContractSubject;
  const keyDir = mkdtempSync(join(tmpdir(), 'ledger-notary-'));
  const raw = () => (sut.store as unknown as { connection: Database.Database }).connection;
  const verify = async () => verifyLog(sut.store.readAll(), undefined, await collectCheckpoints(sut.store.readStream(CHECKPOINT_STREAM)));

  beforeEach(async () => {
    sut = await sqliteSubject();
    const notary = new Notary(sut.ledger, loadSigningKey(keyDir), { every: 5, intervalMs: 3_600_000 }, systemClock);
    notary.start();
    for (let i = 0; i < 12; i += 1)
      await sut.ledger.append(`incident-school-a.${i % 3}`, i < 3 ? 'no_stream' : Math.floor(i / 3) - 1, [note(i)]);
    const deadline = Date.now() + 5000;
    while (
      (await collect(sut.store.readStream(CHECKPOINT_STREAM))).filter((e) => e.type === 'CheckpointSigned').length < 2 &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 20));
    await notary.stop();
  });
  afterEach(() => sut.close());
  afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

  it('should append Ed25519-signed checkpoints every N events that verify against the rebuilt tree', async () => {
    const events = await collect(sut.store.readStream(CHECKPOINT_STREAM));
    expect(events[0]).toMatchObject({ type: 'CheckpointKeyRegistered', data: { keyId: loadSigningKey(keyDir).keyId } });
    const checkpoints = events.filter((e) => e.type === 'CheckpointSigned').map((e) => e.data as unknown as SignedCheckpoint);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
    expect(checkpoints.every((c) => checkpointSignatureValid(c, loadSigningKey(keyDir).publicKeyPem))).toBe(true);
    const report = await verify();
    expect(report.problem).toBeUndefined();
    expect(report.checkpoints).toBe(checkpoints.length);
  });

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
});
