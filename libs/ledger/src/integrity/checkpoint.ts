import canonicalizeCjs from 'canonicalize';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const canonicalize = canonicalizeCjs as unknown as (input: unknown) => string | undefined;

/** What a checkpoint commits to: the first `treeSize` events of the log have this RFC 6962 root. */
export interface CheckpointBody {
  readonly treeSize: number;
  /** Hex Merkle root of the first treeSize event hashes. */
  readonly root: string;
  readonly timestamp: string;
  readonly keyId: string;
}

/** The data of a CheckpointSigned event. */
export interface SignedCheckpoint extends CheckpointBody {
  /** Base64 Ed25519 signature over the RFC 8785 canonical JSON of the body. */
  readonly signature: string;
}

export const CHECKPOINT_STREAM = 'notary-ledger.checkpoints';
export const CHECKPOINT_KEY_FILE = 'checkpoint-signing.pem';

export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKeyPem: string;
  readonly keyId: string;
}

/** The key id: the first 16 hex characters of SHA-256 of the DER public key. */
export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/** The Ed25519 checkpoint key in the data directory, created (mode 0600) on first use. */
export function loadSigningKey(dataDir: string): SigningKey & { created: boolean } {
  const file = join(dataDir, CHECKPOINT_KEY_FILE);
  let created = false;
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    created = true;
  }
  const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, publicKeyPem, keyId: keyIdOf(publicKeyPem), created };
}

function message(body: CheckpointBody): Buffer {
  const { treeSize, root, timestamp, keyId } = body;
  return Buffer.from(canonicalize({ treeSize, root, timestamp, keyId })!, 'utf8');
}

export function signCheckpoint(body: CheckpointBody, key: SigningKey): SignedCheckpoint {
  return { ...body, signature: sign(null, message(body), key.privateKey).toString('base64') };
}

export function checkpointSignatureValid(checkpoint: SignedCheckpoint, publicKeyPem: string): boolean {
  try {
    return verify(null, message(checkpoint), createPublicKey(publicKeyPem), Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
