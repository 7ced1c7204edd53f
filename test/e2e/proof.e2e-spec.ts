import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openLedger } from '@ledger/ledger';
import { note } from '@ledger/testing';

const exec = promisify(execFile);
const CLI = resolve('dist/apps/cli/src/main.js');
const PYTHON_CHECKER = resolve('docs/verify_proof.py');

/** python3 and openssl, for the independent checker; undefined when both are here. */
function independentCheckerMissing(): string | undefined {
  for (const [tool, args] of [
    ['python3', ['--version']],
    ['openssl', ['version']],
  ] as const) {
    try {
      execFileSync(tool, args, { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed`;
    }
  }
  return undefined;
}

describe('ledger checkpoint, proof, verify-proof and rotate-key', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-proof-'));
  const env = { ...process.env, LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  const missing = independentCheckerMissing();
  let ids: string[] = [];

  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const save = (name: string, text: string) => {
    const file = join(dataDir, name);
    writeFileSync(file, text);
    return file;
  };
  /** Runs docs/verify_proof.py (no code of ours) on a document; null when python3 or openssl is missing. */
  const independently = (file: string): number | null => {
    if (missing) return null;
    try {
      execFileSync('python3', [PYTHON_CHECKER, file], { stdio: 'pipe' });
      return 0;
    } catch (error) {
      return (error as { status: number }).status;
    }
  };
  const appendNotes = async (from: number, count: number) => {
    const runtime = await openLedger({ store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: undefined });
    try {
      for (let i = from; i < from + count; i += 1) {
        const result = await runtime.ledger.append(`incident-school-a.${i % 4}`, i < 4 ? 'no_stream' : Math.floor(i / 4) - 1, [note(i)]);
        ids.push(result.events[0]!.id);
      }
    } finally {
      await runtime.close();
    }
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    if (missing) process.stdout.write(`The independent Python checker is not run: ${missing}\n`);
    ids = [];
    await appendNotes(0, 20);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should say there is no checkpoint yet, then sign one and print it', async () => {
    const none = await run('checkpoint', 'latest');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^PROOF.NO_CHECKPOINT/);
    const signed = await run('checkpoint', 'sign');
    expect(JSON.parse(signed.stdout)).toMatchObject({ kind: 'checkpoint', treeSize: 20, root: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const latest = save('checkpoint.json', (await run('checkpoint', 'latest')).stdout);
    expect((await run('verify-proof', latest)).code).toBe(0);
    expect(independently(latest) ?? 0).toBe(0);
  }, 60_000);

  it('should print an inclusion proof that both checkers accept, and both refuse once one hash is changed', async () => {
    const result = await run('proof', 'inclusion', ids[6]!, '--with-event');
    expect(result.code).toBe(0);
    const proof = JSON.parse(result.stdout) as { leafIndex: number; treeSize: number; auditPath: string[] };
    expect(proof).toMatchObject({ kind: 'inclusion', eventId: ids[6], leafIndex: 6, treeSize: 20 });
    expect(proof.auditPath.length).toBe(5);
    const good = save('inclusion.json', result.stdout);
    expect((await run('verify-proof', good)).stdout).toMatch(/OK: the inclusion proof holds/);
    expect(independently(good) ?? 0).toBe(0);
    const bad = save('inclusion-bad.json', JSON.stringify({ ...proof, auditPath: [proof.auditPath[1], ...proof.auditPath.slice(1)] }));
    const refused = await run('verify-proof', bad);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/FAIL audit path/);
    expect(independently(bad) ?? 1).toBe(1);
  }, 60_000);

  it('should rotate the key, sign on with the new one, and prove the old checkpoint consistent with the new', async () => {
    const before = (await run('verify', '--print-key')).stdout.match(/key id (\w+)/)![1];
    const rotated = await run('rotate-key');
    expect(rotated.stdout).toMatch(new RegExp(`Retired key ${before}`));
    await appendNotes(20, 5);
    const signed = JSON.parse((await run('checkpoint', 'sign')).stdout) as { treeSize: number; keyId: string };
    expect(signed.keyId).not.toBe(before);
    const keys = JSON.parse((await run('checkpoint', 'keys')).stdout) as Array<{ keyId: string; retiredAt: string | null }>;
    expect(keys).toEqual([
      expect.objectContaining({ keyId: before, retiredAt: expect.any(String) }),
      expect.objectContaining({ keyId: signed.keyId, retiredAt: null }),
    ]);
    const consistency = await run('proof', 'consistency', '20', String(signed.treeSize));
    expect(JSON.parse(consistency.stdout)).toMatchObject({ kind: 'consistency', fromSize: 20, toSize: signed.treeSize });
    const file = save('consistency.json', consistency.stdout);
    expect((await run('verify-proof', file)).code).toBe(0);
    expect(independently(file) ?? 0).toBe(0);
    expect((await run('proof', 'consistency', '20', '21')).stderr).toMatch(/^PROOF.NO_SUCH_CHECKPOINT/);
    const verified = await run('verify');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/2 signed checkpoints match/);
  }, 60_000);
});
