import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// These tests run the built CLI as a real process: `npm test` builds it first.
const CLI = resolve('dist/apps/cli/src/main.js');

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string>): { child: ChildProcess; finished: Promise<Finished>; output: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const finished = new Promise<Finished>((done) => child.on('exit', (code, signal) => done({ code, signal, stdout, stderr })));
  return { child, finished, output: () => stdout };
}

async function listeningUrl(output: () => string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(output());
    if (match) return match[1]!;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the ledger did not start: ${output()}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('The ledger process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-process-'));
  const occupied = join(dataDir, 'occupied');
  writeFileSync(occupied, '');

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  describe('when the configuration is wrong', () => {
    it.each([
      [{ LEDGER_STORE: 'mongo' }, 'LEDGER_STORE', 'sqlite, postgres, eventstoredb'],
      [{ PORT: 'abc' }, 'PORT', 'integer from 0 to 65535'],
      [{ LEDGER_DATA_DIR: occupied }, 'LEDGER_DATA_DIR', 'readable, writable directory'],
    ])('should exit non-zero within 10 s with one line for %j', async (env, variable, allowed) => {
      const started = Date.now();
      const result = await run(['serve'], { LEDGER_DATA_DIR: dataDir, ...env }).finished;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(result.code).toBe(78);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(variable);
      expect(lines[0]).toContain(allowed);
    });
  });

  describe.each(['SIGTERM', 'SIGINT'] as const)('when sent %s', (signal) => {
    it('should finish the request in flight, close the store and exit 0', async () => {
      const { child, finished, output } = run(['serve'], { PORT: '0', HOST: '127.0.0.1', LEDGER_DATA_DIR: dataDir });
      const url = await listeningUrl(output);
      expect((await fetch(`${url}/health`)).status).toBe(200);

      // A request whose body is still arriving when the signal lands is in flight for certain.
      const body = JSON.stringify({ query: '{ ledger { store } }' });
      const request = httpRequest(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      });
      const response = new Promise<{ status: number; text: string }>((done, fail) => {
        request.on('response', (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, text }));
        });
        request.on('error', fail);
      });
      request.write(body.slice(0, 5));
      await sleep(300);
      child.kill(signal);
      await sleep(300);
      request.end(body.slice(5));

      const answered = await response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.text)).toEqual({ data: { ledger: { store: 'sqlite' } } });
      const result = await finished;
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Ledger closed cleanly');
    });
  });

  describe('ledger --help', () => {
    it('should list the commands', async () => {
      const result = await run(['--help'], {}).finished;
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/serve/);
    });
  });
});
