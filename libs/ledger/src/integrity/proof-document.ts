import type { RecordedEvent } from '@ledger/kernel';
import { checkpointSignatureValid, keyIdOf, type SignedCheckpoint } from './checkpoint.js';
import type { CheckpointRecord } from './checkpoint-history.js';
import { hashEvent } from './event-hash.js';
import { eventLeaf, verifyConsistency, verifyInclusion } from './merkle.js';
import type { ConsistencyProof, InclusionProof } from './proof-service.js';

/**
 * The JSON documents `ledger checkpoint latest` and `ledger proof …` print: each carries the
 * signed checkpoint(s) and the public key(s) the log announced, so an auditor can check it
 * with their own code (docs/verification.md) and compare the key id with the one they pinned.
 */
export type ProofDocument =
  | ({ readonly kind: 'checkpoint'; readonly publicKey: string } & CheckpointRecord)
  | ({ readonly kind: 'inclusion'; readonly publicKey: string; readonly event?: RecordedEvent } & InclusionProof)
  | ({ readonly kind: 'consistency'; readonly publicKeys: Readonly<Record<string, string>> } & ConsistencyProof);

/** One thing checked about a proof document. */
export interface ProofCheck {
  readonly what: string;
  readonly ok: boolean;
}

/**
 * Checks a proof document: every hash, the Merkle path and every checkpoint signature. With
 * `pinnedKeys` (PEM) each checkpoint must be signed by one of them, not merely by the key the
 * document itself carries.
 */
export function checkProofDocument(document: ProofDocument, pinnedKeys?: readonly string[]): ProofCheck[] {
  const checks: ProofCheck[] = [];
  const check = (what: string, ok: boolean) => checks.push({ what, ok });
  const idOf = (pem: string) => {
    try {
      return keyIdOf(pem);
    } catch {
      return undefined;
    }
  };
  const pinned = new Map((pinnedKeys ?? []).map((pem) => [idOf(pem), pem]));
  const signed = (checkpoint: SignedCheckpoint, given: string | undefined) => {
    const key = pinnedKeys ? pinned.get(checkpoint.keyId) : given;
    const source = pinnedKeys ? 'a pinned key' : 'the key the document carries';
    check(
      `checkpoint of ${checkpoint.treeSize}: key ${checkpoint.keyId} is ${source}`,
      key !== undefined && idOf(key) === checkpoint.keyId,
    );
    check(`checkpoint of ${checkpoint.treeSize}: Ed25519 signature`, key !== undefined && checkpointSignatureValid(checkpoint, key));
  };
  switch (document.kind) {
    case 'checkpoint':
      signed(document, document.publicKey);
      break;
    case 'inclusion': {
      if (document.event)
        check('event hash recomputes from the event (RFC 8785 JSON, SHA-256)', hashEvent(document.event) === document.eventHash);
      const leaf = eventLeaf(document.eventHash);
      check('leaf hash is SHA-256(0x00 ‖ event hash)', leaf.toString('hex') === document.leafHash);
      check('proof is against this checkpoint', document.checkpoint.treeSize === document.treeSize);
      check(
        `audit path leads from leaf ${document.leafIndex} to the root of ${document.treeSize} events`,
        verifyInclusion(
          leaf,
          document.leafIndex,
          document.treeSize,
          document.auditPath.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(document.checkpoint.root, 'hex'),
        ),
      );
      signed(document.checkpoint, document.publicKey);
      break;
    }
    case 'consistency':
      check('proof is between these checkpoints', document.from.treeSize === document.fromSize && document.to.treeSize === document.toSize);
      check(
        `the log of ${document.fromSize} events is a prefix of the log of ${document.toSize}`,
        verifyConsistency(
          document.fromSize,
          document.toSize,
          document.proof.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(document.from.root, 'hex'),
          Buffer.from(document.to.root, 'hex'),
        ),
      );
      signed(document.from, document.publicKeys[document.from.keyId]);
      signed(document.to, document.publicKeys[document.to.keyId]);
      break;
    default:
      check(`a proof document (kind is ${(document as { kind?: unknown }).kind})`, false);
  }
  return checks;
}
