import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** Tokens minted by `ledger token` name this issuer and audience. */
export const LOCAL_ISSUER = 'urn:safeguarding-ledger:local';
export const LOCAL_AUDIENCE = 'safeguarding-ledger';
export const LOCAL_ALGORITHM = 'EdDSA';
export const LOCAL_KEY_FILE = 'auth-signing-key.jwk';

export interface LocalSigningKey {
  readonly file: string;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** True when this call created the key file. */
  readonly created: boolean;
}

/**
 * The embedded default's token signing key: an Ed25519 key pair kept (0600) in the data
 * directory, created on first use. Anyone who can read the file can mint tokens, exactly as
 * anyone who can read the data directory can read the ledger.
 */
export async function loadLocalSigningKey(dataDir: string, options: { create: boolean }): Promise<LocalSigningKey | undefined> {
  const file = join(dataDir, LOCAL_KEY_FILE);
  let created = false;
  if (!existsSync(file)) {
    if (!options.create) return undefined;
    const pair = await generateKeyPair(LOCAL_ALGORITHM, { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(pair.privateKey);
    const kid = `local-${new Date().toISOString().slice(0, 10)}-${jwk.x!.slice(0, 8)}`;
    writeFileSync(file, JSON.stringify({ ...jwk, kid, alg: LOCAL_ALGORITHM }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    created = true;
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK & { kid: string };
  const { d: _private, ...publicJwk } = jwk;
  return {
    file,
    kid: jwk.kid,
    privateKey: (await importJWK(jwk, LOCAL_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, LOCAL_ALGORITHM)) as CryptoKey,
    created,
  };
}
