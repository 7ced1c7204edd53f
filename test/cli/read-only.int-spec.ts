import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLedger } from '@ledger/ledger';
import { note } from '@ledger/testing';

const MAIN = resolve('dist/apps/cli/src/main.js');
const asRoot = process.getuid?.() === 0;

/** Every file of the directory with its size, modification time and content hash. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => {
        const path = join(dir, name);
        const stat = statSync(path);
        return [name, `${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`];
      }),
  );
}

/** Runs the ledger command; as root, optionally as the unprivileged `nobody`, to whom file permissions apply. */
function ledger(args: string[], dataDir: string, options: { unprivileged?: boolean } = {}) {
  const env = { ...process.env, LEDGER_DATA_DIR: dataDir, LEDGER_STORE: 'sqlite', LOG_LEVEL: 'silent' };
  const [command, argv] =
    options.unprivileged && asRoot
      ? ['runuser', ['-u', 'nobody', '--', process.execPath, MAIN, ...args]]
      : [process.execPath, [MAIN, ...args]];
  return spawnSync(command, argv, { env, encoding: 'utf8', timeout: 60_000 });
}

/**
 * Commands that only read (verify, export) open the store read-only. Under root (CI) file
 * permissions do not bind, so the suite checks two things: no byte, size or modification time
 * of the data directory changes and no file appears; and the commands work for an
 * unprivileged user on a directory nobody may write.
 */
describe('Read-only commands on a read-only data directory', () => {
  let dataDir: string;
  let outDir: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('dist is missing: run npm run build (npm test does)');
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-read-only-'));
    outDir = mkdtempSync(join(tmpdir(), 'ledger-read-only-out-'));
    const runtime = await openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: undefined });
    for (let i = 0; i < 20; i += 1) await runtime.ledger.append(`incident-school-a.${i}`, 'no_stream', [note(i), note(i + 100)]);
    await runtime.close();
    // The directory and its files are readable by all and writable by none.
    chmodSync(outDir, 0o777);
    for (const name of readdirSync(dataDir)) chmodSync(join(dataDir, name), 0o444);
    chmodSync(dataDir, 0o555);
  });

  afterAll(() => {
    if (dataDir) {
      chmodSync(dataDir, 0o755);
      rmSync(dataDir, { recursive: true, force: true });
    }
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  describe.each([
    ['verify', () => ['verify']],
    ['export', () => ['export', '--out', join(outDir, `export-${Date.now()}.jsonl`)]],
  ] as const)('when running %s', (_name, args) => {
    it('should succeed and write nothing to the data directory', () => {
      const before = snapshot(dataDir);
      const result = ledger([...args()], dataDir);
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: expect.not.stringMatching(/error/i) });
      expect(snapshot(dataDir)).toEqual(before);
    });

    it('should succeed for a user who may not write the directory', () => {
      const before = snapshot(dataDir);
      const result = ledger([...args()], dataDir, { unprivileged: true });
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: expect.not.stringMatching(/error/i) });
      expect(snapshot(dataDir)).toEqual(before);
    });
  });

  describe('when verifying', () => {
    it('should report every event', () => {
      const result = ledger(['verify'], dataDir, { unprivileged: true });
      expect(result.stdout).toMatch(/^OK: 40 events/m);
    });
  });
});
