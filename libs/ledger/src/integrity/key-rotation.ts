import { ConcurrencyError, type Clock } from '@ledger/kernel';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ledger } from '../ledger.js';
import { CHECKPOINT_KEY_FILE, CHECKPOINT_STREAM, loadSigningKey, type SigningKey } from './checkpoint.js';
import { CHECKPOINT_KEY_REGISTERED, CHECKPOINT_KEY_RETIRED, CheckpointHistory } from './checkpoint-history.js';
import { NOTARY_META } from './notary.js';

export interface KeyRotation {
  readonly retiredKeyId: string;
  /** Where the retired private key was moved (keep it offline or destroy it). */
  readonly retiredKeyFile: string;
  readonly key: SigningKey;
}

/**
 * Rotates the checkpoint signing key. The new Ed25519 key replaces the key file in the data
 * directory (the old one is renamed aside), then one append to the checkpoint stream records
 * CheckpointKeyRegistered for the new key followed by CheckpointKeyRetired for the old:
 * checkpoints signed by the old key are valid before that event and refused after it. A
 * running notary notices the retirement and loads the new key file.
 */
export async function rotateCheckpointKey(ledger: Ledger, dataDir: string, clock: Clock): Promise<KeyRotation> {
  const old = loadSigningKey(dataDir);
  const file = join(dataDir, CHECKPOINT_KEY_FILE);
  const retiredKeyFile = join(dataDir, `checkpoint-signing.retired-${old.keyId}.pem`);
  if (existsSync(retiredKeyFile)) throw new Error(`${retiredKeyFile} already exists; move it away before rotating again`);
  const { privateKey } = generateKeyPairSync('ed25519');
  renameSync(file, retiredKeyFile);
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  const key = loadSigningKey(dataDir);
  for (let attempt = 0; ; attempt += 1) {
    const history = new CheckpointHistory();
    for await (const event of ledger.store.readStream(CHECKPOINT_STREAM)) history.apply(event);
    const meta = { ...NOTARY_META, actor: { id: 'ledger-rotate-key', role: 'system' }, occurredAt: clock.now().toISOString() };
    try {
      await ledger.append(
        CHECKPOINT_STREAM,
        history.revision < 0 ? 'no_stream' : history.revision,
        [
          { type: CHECKPOINT_KEY_REGISTERED, data: { keyId: key.keyId, publicKey: key.publicKeyPem }, meta },
          ...(history.keys.has(old.keyId) && !history.isRetired(old.keyId)
            ? [{ type: CHECKPOINT_KEY_RETIRED, data: { keyId: old.keyId, successorKeyId: key.keyId }, meta }]
            : []),
        ],
        { expectedHash: history.hash },
      );
      return { retiredKeyId: old.keyId, retiredKeyFile, key };
    } catch (error) {
      // The notary signed a checkpoint at the same moment: read the stream again and retry.
      if (!(error instanceof ConcurrencyError) || attempt >= 4) throw error;
    }
  }
}
