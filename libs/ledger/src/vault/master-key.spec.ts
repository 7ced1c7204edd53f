import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMasterKey, MASTER_KEY_FILE } from './master-key.js';

describe(loadMasterKey.name, () => {
  describe('when no key is configured and none exists yet', () => {
    it('should create a 32-byte key file readable by its owner only, then reuse it', () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-key-'));
      const created = loadMasterKey(dir);
      expect(created.source).toBe('new key file');
      expect(created.key).toHaveLength(32);
      expect(statSync(join(dir, MASTER_KEY_FILE)).mode & 0o777).toBe(0o600);
      const again = loadMasterKey(dir);
      expect(again.source).toBe('existing key file');
      expect(again.key.equals(created.key)).toBe(true);
      expect(readFileSync(join(dir, MASTER_KEY_FILE), 'utf8')).not.toContain(created.key.toString('hex'));
    });
  });

  describe('when LEDGER_MASTER_KEY is given', () => {
    it('should use it and write no file', () => {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-key-'));
      const key = randomBytes(32);
      expect(loadMasterKey(dir, key.toString('base64'))).toMatchObject({ source: 'LEDGER_MASTER_KEY', key });
      expect(() => statSync(join(dir, MASTER_KEY_FILE))).toThrow();
    });

    it('should refuse a key of the wrong length', () => {
      expect(() => loadMasterKey(tmpdir(), randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    });
  });
});
