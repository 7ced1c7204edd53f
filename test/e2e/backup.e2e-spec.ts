import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

// The built CLI as a real process, next to a real server that keeps writing: `npm test` builds it first.
const CLI = resolve('dist/apps/cli/src/main.js');
const exec = promisify(execFile);

async function ledger(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('ledger backup and ledger restore', () => {
  const root = mkdtempSync(join(tmpdir(), 'ledger-backup-e2e-'));
  const dataDir = join(root, 'data');
  const backupDir = join(root, 'backup');
  const restoredDir = join(root, 'restored');
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    server = spawn(process.execPath, [CLI, 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    server.stdout!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 90_000;
    while (!/"url":"(http:\/\/localhost:\d+)\/graphql"/.test(output)) {
      if (Date.now() > deadline) throw new Error(`the ledger did not start: ${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    url = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(output)![1]!;
  }, 120_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('should take a backup while the server writes, and restore it into a ledger that verifies with the same root', async () => {
    const head = (
      await ledger(['token', '--tenant', 'oakfield-ap', '--role', 'head', '--sub', 'head-1'], { LEDGER_DATA_DIR: dataDir })
    ).stdout.trim();
    const gql = async (query: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${head}` },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    await gql(
      'mutation { registerSetting(input: {tenantId: "oakfield-ap", name: "Oakfield AP Centre", settingKind: alternative_provision, localAuthority: "Northshire", occurredAt: "2025-09-01"}) { id } }',
    );
    let writing = true;
    let written = 0;
    let failure: unknown;
    const writers = [0, 1, 2].map(async (lane) => {
      while (writing && failure === undefined) {
        const id = `staff-${lane}-${(written += 1)}`;
        await gql(
          `mutation { joinStaff(input: {tenantId: "oakfield-ap", staffId: "${id}", name: "Person ${id}", roles: [staff], jobTitle: "Teacher", occurredAt: "2025-09-02"}) { id } }`,
        ).catch((error: unknown) => (failure = error));
      }
    });
    const waitFor = async (count: number) => {
      while (written < count && failure === undefined) await new Promise((r) => setTimeout(r, 20));
      if (failure !== undefined) throw failure;
    };
    await waitFor(20);

    const backup = await ledger(['backup', '--out', backupDir], { LEDGER_DATA_DIR: dataDir });
    const writtenDuringBackup = written;
    await waitFor(writtenDuringBackup + 10);
    writing = false;
    await Promise.all(writers);
    expect(backup.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { head: string; root: string };

    const restore = await ledger(['restore', backupDir, '--data-dir', restoredDir], {});
    expect(restore.code).toBe(0);
    const verify = await ledger(['verify'], { LEDGER_DATA_DIR: restoredDir });
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(`Merkle root (RFC 6962) ${manifest.root}`);
    const live = await ledger(['verify'], { LEDGER_DATA_DIR: dataDir });
    // The server wrote on after the backup: the live log is longer than the copy.
    expect(live.stdout).not.toContain(manifest.root);
    expect(Number(/OK: (\d+) events/.exec(verify.stdout)![1])).toBeLessThan(Number(/OK: (\d+) events/.exec(live.stdout)![1]));
    // Five CLI processes start in this test: each takes seconds on a busy machine.
  }, 300_000);

  it('should refuse a backup whose database was altered, with its code and exit 1', async () => {
    const bytes = readFileSync(join(backupDir, 'ledger.sqlite'));
    bytes[bytes.length - 10] ^= 0x01;
    writeFileSync(join(backupDir, 'ledger.sqlite'), bytes);
    const target = join(root, 'from-tampered');
    const restore = await ledger(['restore', backupDir, '--data-dir', target], {});
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/^BACKUP\.CHECKSUM_MISMATCH:/);
    expect(existsSync(target)).toBe(false);
  }, 120_000);
});
