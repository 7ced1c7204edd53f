import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { loadConfig } from '@ledger/config';
import { systemClock, type RecordedEvent } from '@ledger/kernel';
import {
  checkProofDocument,
  loadSigningKey,
  MerkleLog,
  Notary,
  openLedger,
  ProofError,
  ProofService,
  rotateCheckpointKey,
  type LedgerRuntime,
  type ProofDocument,
} from '@ledger/ledger';
import { progressBar } from './progress.js';

/** Opens the ledger and brings the stored Merkle tree up to the head (a running notary may have done it already). */
async function withProofs<T>(work: (proofs: ProofService, runtime: LedgerRuntime, tree: MerkleLog) => Promise<T>): Promise<T> {
  const runtime = await openLedger(loadConfig());
  try {
    const tree = new MerkleLog(runtime.store, runtime.merkleTree);
    const head = Number(await runtime.store.headPosition());
    await tree.load();
    if (head - tree.size > 50_000) {
      const bar = progressBar('merkle tree', head);
      await tree.catchUp({ onProgress: (n) => bar.update(n) });
      bar.stop();
    } else {
      await tree.catchUp();
    }
    return await work(new ProofService(runtime.store, tree), runtime, tree);
  } catch (error) {
    if (!(error instanceof ProofError)) throw error;
    process.stderr.write(`${error.code}: ${error.message}\n`);
    process.exitCode = 1;
    return undefined as T;
  } finally {
    await runtime.close();
  }
}

function print(document: unknown): void {
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

function size(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${value} is not a number of events`);
  return n;
}

async function keyOf(proofs: ProofService, keyId: string): Promise<string> {
  return (await proofs.publicKeys()).find((k) => k.keyId === keyId)?.publicKey ?? '';
}

/** The one stored event, exactly as hashed (personal fields stay ciphertext). */
async function storedEvent(runtime: LedgerRuntime, position: string): Promise<RecordedEvent | undefined> {
  for await (const event of runtime.store.readAll({ after: String(BigInt(position) - 1n), limit: 1 })) return event;
  return undefined;
}

/** checkpoint, proof, rotate-key and verify-proof: the proofs an auditor checks with their own code. */
export function registerProofCommands(program: Command): void {
  const checkpoint = program.command('checkpoint').description('signed checkpoints of the Merkle log (JSON on stdout)');
  checkpoint
    .command('latest')
    .description('print the latest signed checkpoint and its public key')
    .action(async () => {
      await withProofs(async (proofs) => {
        const latest = await proofs.latestCheckpoint();
        if (!latest) throw ProofError.noCheckpoint();
        print({ kind: 'checkpoint', ...latest, publicKey: await keyOf(proofs, latest.keyId) } satisfies ProofDocument);
      });
    });
  checkpoint
    .command('list')
    .description('print every signed checkpoint, oldest first')
    .action(async () => {
      await withProofs(async (proofs) => print(await proofs.checkpoints()));
    });
  checkpoint
    .command('keys')
    .description('print every checkpoint public key with when it was registered and retired')
    .action(async () => {
      await withProofs(async (proofs) => print(await proofs.publicKeys()));
    });
  checkpoint
    .command('sign')
    .description('fold the log into the Merkle tree and sign a checkpoint now (the running API does this every N events or T seconds)')
    .action(async () => {
      const config = loadConfig();
      await withProofs(async (proofs, runtime, tree) => {
        const notary = new Notary(runtime.ledger, tree, () => loadSigningKey(config.dataDir), { every: 1, intervalMs: 0 }, systemClock);
        const signed = await notary.signNow();
        const latest = await proofs.latestCheckpoint();
        if (!latest) throw ProofError.noCheckpoint();
        if (!signed) process.stderr.write(`The log of ${latest.treeSize} events is already signed\n`);
        print({ kind: 'checkpoint', ...latest, publicKey: await keyOf(proofs, latest.keyId) } satisfies ProofDocument);
      });
    });

  const proof = program.command('proof').description('inclusion and consistency proofs (RFC 9162) as JSON on stdout');
  proof
    .command('inclusion')
    .description('prove that one event is in the log signed by a checkpoint')
    .argument('<eventId>', 'the event id')
    .option('--size <n>', 'against the checkpoint of exactly n events (default: the latest checkpoint)', size)
    .option('--with-event', 'include the stored event (personal fields as ciphertext), so its hash can be recomputed too')
    .action(async (eventId: string, options: { size?: number; withEvent?: boolean }) => {
      await withProofs(async (proofs, runtime) => {
        const result = await proofs.inclusionProof(eventId, options.size);
        const event = options.withEvent ? await storedEvent(runtime, result.position) : undefined;
        print({
          kind: 'inclusion',
          ...result,
          publicKey: await keyOf(proofs, result.checkpoint.keyId),
          ...(event ? { event } : {}),
        } satisfies ProofDocument);
      });
    });
  proof
    .command('consistency')
    .description('prove that the log signed at <from> events is a prefix of the log signed at <to> events')
    .argument('<from>', 'tree size of the earlier checkpoint', size)
    .argument('<to>', 'tree size of the later checkpoint', size)
    .action(async (from: number, to: number) => {
      await withProofs(async (proofs) => {
        const result = await proofs.consistencyProof(from, to);
        const publicKeys = Object.fromEntries((await proofs.publicKeys()).map((k) => [k.keyId, k.publicKey]));
        print({ kind: 'consistency', ...result, publicKeys } satisfies ProofDocument);
      });
    });

  program
    .command('verify-proof')
    .description('check a JSON document printed by ledger checkpoint/proof: hashes, Merkle path, signatures; exit 1 if any fails')
    .argument('<file>', 'the proof document (- for stdin)')
    .option('--key <pem...>', 'public key file(s) pinned out of band; the checkpoints must be signed by one of them')
    .action((file: string, options: { key?: string[] }) => {
      const document = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as ProofDocument;
      const checks = checkProofDocument(
        document,
        options.key?.map((f) => readFileSync(f, 'utf8')),
      );
      for (const c of checks) process.stdout.write(`${c.ok ? 'ok  ' : 'FAIL'} ${c.what}\n`);
      const failed = checks.filter((c) => !c.ok).length;
      process.stdout.write(failed === 0 ? `OK: the ${document.kind} proof holds\n` : `${failed} check(s) failed\n`);
      if (!options.key) process.stdout.write('(no --key given: compare the key id with the one you pinned)\n');
      process.exitCode = failed === 0 ? 0 : 1;
    });

  program
    .command('rotate-key')
    .description('replace the checkpoint signing key: records CheckpointKeyRegistered (new) and CheckpointKeyRetired (old)')
    .action(async () => {
      const config = loadConfig();
      const runtime = await openLedger(config);
      try {
        const rotation = await rotateCheckpointKey(runtime.ledger, config.dataDir, systemClock);
        process.stdout.write(
          `Retired key ${rotation.retiredKeyId} (its private key is now ${rotation.retiredKeyFile}: keep it offline or destroy it)\n` +
            `New key id ${rotation.key.keyId}; checkpoints from now on are signed with it. Publish the new public key:\n${rotation.key.publicKeyPem}`,
        );
      } finally {
        await runtime.close();
      }
    });
}
