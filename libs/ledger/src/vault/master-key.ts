import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MASTER_KEY_FILE = 'master.key';

export interface MasterKey {
  readonly key: Buffer;
  /** Where it came from, for the logs (never the key itself). */
  readonly source: 'LEDGER_MASTER_KEY' | 'existing key file' | 'new key file' | 'none (read-only, no key file)';
  readonly file?: string;
}

/**
 * The key that wraps every subject key: LEDGER_MASTER_KEY (base64 of 32 bytes) when set,
 * else `master.key` in the data directory, created on first run with mode 0600.
 * Losing it makes every personal field unreadable: the caller warns to back it up. With
 * `create: false` (read-only commands) a missing file is not created.
 */
export function loadMasterKey(dataDir: string, fromEnvironment?: string, options: { create?: boolean } = {}): MasterKey {
  if (fromEnvironment !== undefined) {
    const key = Buffer.from(fromEnvironment, 'base64');
    if (key.length !== 32) throw new Error('LEDGER_MASTER_KEY must be the base64 encoding of exactly 32 bytes');
    return { key, source: 'LEDGER_MASTER_KEY' };
  }
  const file = join(dataDir, MASTER_KEY_FILE);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a base64 32-byte key`);
    return { key, source: 'existing key file', file };
  }
  const key = randomBytes(32);
  // A command that only reads never creates the file: a throwaway key means no personal field can be read.
  if (options.create === false) return { key, source: 'none (read-only, no key file)' };
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, source: 'new key file', file };
}
