/**
 * Checks an event's inclusion proof and the signed checkpoint in the browser, trusting nothing the
 * server says about the result: every hash is recomputed here with WebCrypto (SHA-256), the audit
 * path is walked as RFC 9162 §2.1.3.2 says, and the checkpoint's Ed25519 signature is checked
 * against a public key — one the inspector pinned (obtained out of band with
 * `ledger verify --print-key`) or, failing that, the server's, which the result says plainly.
 *
 * The hashing is the ledger's (libs/ledger/src/integrity, docs/verify_proof.py):
 * leaf = SHA-256(0x00 ‖ eventHash), node = SHA-256(0x01 ‖ left ‖ right); the signed bytes are
 * the RFC 8785 canonical JSON of { keyId, root, timestamp, treeSize }; the key id is the first 16
 * hex characters of SHA-256 of the key's DER (SPKI) bytes.
 *
 * Pure: no DOM, no fetch; `subtle` comes in (the browser's, or Node's in the unit test).
 */

/** The proof as the `inclusionProof` query returns it (only the fields the check reads). */
export interface InclusionProofInput {
  readonly eventHash: string;
  readonly leafHash: string;
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly auditPath: readonly string[];
  readonly checkpoint: {
    readonly treeSize: number;
    readonly root: string;
    readonly timestamp: string;
    readonly keyId: string;
    readonly signature: string;
  };
}

/** Where the public key came from: pasted by the inspector, or offered by the server. */
export type KeySource = 'pinned' | 'server';

export type StepId = 'event-hash' | 'leaf-hash' | 'tree-size' | 'audit-path' | 'key-id' | 'signature';

/** One check, with what was computed here and what it was compared with. */
export interface VerificationStep {
  readonly id: StepId;
  readonly holds: boolean;
  readonly computed: string;
  readonly expected: string;
  /** For the audit path: each hash worked out on the way up to the root. */
  readonly trace?: readonly string[];
}

export interface Verification {
  /** True only when every step holds. */
  readonly holds: boolean;
  /** The key id the checkpoint names. */
  readonly checkpointKeyId: string;
  /** The key id worked out here from the public key used (empty when the key could not be read). */
  readonly keyId: string;
  readonly keySource: KeySource;
  readonly steps: readonly VerificationStep[];
}

/** WebCrypto's SubtleCrypto (the browser's `crypto.subtle`, or Node's in tests). */
export type Subtle = typeof globalThis.crypto.subtle;

const HEX = /^[0-9a-f]*$/i;

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (hex.length % 2 !== 0 || !HEX.test(hex)) throw new Error('not hex');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The DER bytes of a PEM `PUBLIC KEY` block; throws when it is not one. */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const match = /-----BEGIN PUBLIC KEY-----([\s\S]+?)-----END PUBLIC KEY-----/.exec(pem);
  if (!match) throw new Error('not a PEM public key');
  return base64ToBytes(match[1]!);
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function sha256(subtle: Subtle, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle.digest('SHA-256', data));
}

const leafHashOf = (subtle: Subtle, eventHash: Uint8Array) => sha256(subtle, concat(new Uint8Array([0]), eventHash));
const nodeHashOf = (subtle: Subtle, left: Uint8Array, right: Uint8Array) => sha256(subtle, concat(new Uint8Array([1]), left, right));

/** The root an audit path leads to from a leaf (RFC 9162 §2.1.3.2), with every hash on the way; null when the path cannot fit the tree. */
export async function rootFromAuditPath(
  subtle: Subtle,
  leaf: Uint8Array,
  index: number,
  treeSize: number,
  path: readonly Uint8Array[],
): Promise<{ root: Uint8Array; trace: string[] } | null> {
  if (!Number.isInteger(index) || !Number.isInteger(treeSize) || index < 0 || index >= treeSize) return null;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  const trace: string[] = [];
  for (const p of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHashOf(subtle, p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      r = await nodeHashOf(subtle, r, p);
    }
    trace.push(bytesToHex(r));
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 ? { root: r, trace } : null;
}

/** RFC 8785 canonical JSON of the checkpoint body: keys sorted, no spaces (its values are strings and an integer). */
export function checkpointMessage(checkpoint: InclusionProofInput['checkpoint']): Uint8Array<ArrayBuffer> {
  const { keyId, root, timestamp, treeSize } = checkpoint;
  const json = `{"keyId":${JSON.stringify(keyId)},"root":${JSON.stringify(root)},"timestamp":${JSON.stringify(timestamp)},"treeSize":${JSON.stringify(treeSize)}}`;
  return new TextEncoder().encode(json);
}

/** The ledger's key id of a PEM public key: SHA-256 of its DER bytes, first 16 hex characters. */
export async function keyIdOfPem(subtle: Subtle, pem: string): Promise<string> {
  return bytesToHex(await sha256(subtle, pemToDer(pem))).slice(0, 16);
}

/**
 * Check that the event whose hash the page shows is in the log the checkpoint signs, and that
 * the checkpoint was signed by the key given. Every step is reported, holding or not.
 */
export async function verifyInclusion(
  subtle: Subtle,
  shownEventHash: string,
  proof: InclusionProofInput,
  publicKeyPem: string,
  keySource: KeySource,
): Promise<Verification> {
  const steps: VerificationStep[] = [];
  const checkpoint = proof.checkpoint;
  const lower = (s: string) => s.toLowerCase();

  steps.push({
    id: 'event-hash',
    holds: lower(proof.eventHash) === lower(shownEventHash),
    computed: proof.eventHash,
    expected: shownEventHash,
  });

  let leaf: Uint8Array | null = null;
  try {
    leaf = await leafHashOf(subtle, hexToBytes(shownEventHash));
  } catch {
    leaf = null;
  }
  const leafHex = leaf ? bytesToHex(leaf) : '';
  steps.push({ id: 'leaf-hash', holds: leaf !== null && leafHex === lower(proof.leafHash), computed: leafHex, expected: proof.leafHash });

  steps.push({
    id: 'tree-size',
    holds: proof.treeSize === checkpoint.treeSize,
    computed: String(proof.treeSize),
    expected: String(checkpoint.treeSize),
  });

  let walked: { root: Uint8Array; trace: string[] } | null = null;
  try {
    walked = leaf ? await rootFromAuditPath(subtle, leaf, proof.leafIndex, checkpoint.treeSize, proof.auditPath.map(hexToBytes)) : null;
  } catch {
    walked = null;
  }
  const rootHex = walked ? bytesToHex(walked.root) : '';
  steps.push({
    id: 'audit-path',
    holds: walked !== null && rootHex === lower(checkpoint.root),
    computed: rootHex,
    expected: checkpoint.root,
    trace: walked?.trace ?? [],
  });

  let keyId = '';
  let key: Awaited<ReturnType<Subtle['importKey']>> | null = null;
  try {
    const der = pemToDer(publicKeyPem);
    keyId = bytesToHex(await sha256(subtle, der)).slice(0, 16);
    key = await subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    key = null;
  }
  steps.push({ id: 'key-id', holds: keyId !== '' && keyId === checkpoint.keyId, computed: keyId, expected: checkpoint.keyId });

  let signed = false;
  try {
    signed =
      key !== null && (await subtle.verify({ name: 'Ed25519' }, key, base64ToBytes(checkpoint.signature), checkpointMessage(checkpoint)));
  } catch {
    signed = false;
  }
  steps.push({ id: 'signature', holds: signed, computed: signed ? 'valid' : 'invalid', expected: 'valid' });

  return { holds: steps.every((s) => s.holds), checkpointKeyId: checkpoint.keyId, keyId, keySource, steps };
}
