import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

// The built CLI and server as real processes sharing one data directory: `npm test` builds them first.
const CLI = resolve('dist/apps/cli/src/main.js');
const run = promisify(execFile);

describe('ledger sign-in-link with a running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-link-'));
  const env = { ...process.env, LEDGER_DATA_DIR: dataDir, HOST: '127.0.0.1' };
  let server: ChildProcess;
  let logs = '';
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    server = spawn(process.execPath, [CLI, 'serve'], { env: { ...env, PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (chunk) => (logs += chunk));
    server.stderr!.on('data', (chunk) => (logs += chunk));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const match = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(logs);
      if (match) {
        base = match[1]!;
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the ledger did not start: ${logs}`);
  }, 30_000);

  afterAll(async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const mint = async (...extra: string[]) =>
    run(
      process.execPath,
      [CLI, 'sign-in-link', '--tenant', 'hollins-park', '--role', 'dsl', '--sub', 'dsl-1', '--base-url', base, ...extra],
      {
        env: { ...env, LOG_LEVEL: 'silent' },
      },
    );

  it('should print the link as the last line, which signs the person in once, and keep the token and session id out of the logs', async () => {
    const printed = await mint('--staff-id', 'staff-7', '--ttl', '5m');
    const url = printed.stdout.trim().split('\n').at(-1)!;
    expect(url).toMatch(new RegExp(`^${base}/auth/link\\?token=[A-Za-z0-9_-]{43}$`));
    const token = new URL(url).searchParams.get('token')!;

    const first = await fetch(url, { redirect: 'manual' });
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
    const sessionId = cookie.slice('ledger_session='.length);
    expect((await fetch(url, { redirect: 'manual' })).headers.get('location')).toBe('/sign-in?problem=link-used');

    const viewer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ viewer { subject staffId role tenantIds } }' }),
    });
    expect(((await viewer.json()) as { data: unknown }).data).toEqual({
      viewer: { subject: 'dsl-1', staffId: 'staff-7', role: 'dsl', tenantIds: ['hollins-park'] },
    });
    await fetch(`${base}/auth/logout`, { method: 'POST', redirect: 'manual', headers: { cookie } });

    await new Promise((r) => setTimeout(r, 200));
    expect(logs).toContain('/auth/link?[redacted]');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(sessionId);
  });

  it('should refuse a role it does not know, naming the allowed ones', async () => {
    await expect(
      run(process.execPath, [CLI, 'sign-in-link', '--tenant', 'hollins-park', '--role', 'janitor', '--sub', 'x'], { env }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('allowed roles are dsl') });
  });
});
