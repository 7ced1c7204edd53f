// npm run bench (or node dist/bench/http.js [--quick]): the real API in its own process,
// serving a generated 1,000-staff setting, loaded by autocannon at 50 connections — the
// trainingStatus query, then the report-incident mutation. Prints one line per run with the
// server's peak resident memory, and a JSON line for the orchestrator.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadLocalSigningKey, mintLocalToken } from '@ledger/access';
import { loadConfig } from '@ledger/config';
import { openLedger } from '@ledger/ledger';
import { PERSONAL_DATA } from '../apps/api/src/index.js';
import { generateSetting } from './generate.js';

const quick = process.argv.includes('--quick');
const TENANT = 'bench-school';
const STAFF = 1000;
const CONNECTIONS = 50;
const SECONDS = quick ? 5 : 20;
const WARM_UP_SECONDS = 3;

export interface HttpResult {
  name: string;
  requests: number;
  requestsPerSec: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  serverPeakRssMb: number;
}

async function seed(dataDir: string): Promise<number> {
  const runtime = await openLedger(loadConfig({ LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { personalData: PERSONAL_DATA });
  try {
    const meta = {
      tenantId: TENANT,
      actor: { id: 'bench', role: 'trust_admin' },
      occurredAt: '2020-08-01T09:00:00.000Z',
      correlationId: 'bench',
      causationId: null,
    };
    await runtime.ledger.append(`setting-${TENANT}.${TENANT}`, 'no_stream', [
      { type: 'SettingRegistered', data: { settingId: TENANT, name: 'Bench Academy', kind: 'school', localAuthority: 'Northshire' }, meta },
    ]);
    await generateSetting(runtime, TENANT, STAFF, 5);
    return Number(await runtime.store.headPosition());
  } finally {
    await runtime.close();
  }
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

async function waitUntilCaughtUp(url: string, head: number): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      const health = (await (await fetch(`${url}/health`)).json()) as { projections?: Array<{ position: string }> };
      if (health.projections?.every((p) => Number(p.position) >= head)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not catch up with the generated ledger within 5 minutes');
}

async function load(name: string, url: string, token: string, body: string, peak: { mb: number }): Promise<HttpResult> {
  const run = (duration: number) =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });
  // A short warm-up (JIT, caches) that is not counted; memory is sampled from the warm-up on.
  peak.mb = 0;
  await run(WARM_UP_SECONDS);
  const result = await run(SECONDS);
  return {
    name,
    requests: result.requests.total,
    requestsPerSec: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    serverPeakRssMb: Math.round(peak.mb),
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-http-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const url = `http://127.0.0.1:${port}`;
  const head = await seed(dataDir);
  const main = fileURLToPath(new URL('../apps/cli/src/main.js', import.meta.url));
  const server = spawn(process.execPath, [main, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LEDGER_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      RATE_LIMIT_GRAPHQL: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const peak = { mb: 0 };
  const sampler = setInterval(() => (peak.mb = Math.max(peak.mb, rssMb(server.pid!))), 100);
  try {
    await waitUntilCaughtUp(url, head);
    const key = (await loadLocalSigningKey(dataDir, { create: false }))!;
    const token = await mintLocalToken(key, { subject: 's0', role: 'dsl', tenants: [TENANT], ttl: '1h' });
    const query = JSON.stringify({
      query: `{ trainingStatus(tenantId: "${TENANT}", first: 50) { at totals { required compliant overdue percentCompliant } pageInfo { hasNextPage endCursor } edges { node { staffId courseId status expiresOn } } } }`,
    });
    const check = (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: query,
      })
    ).json()) as {
      data?: { trainingStatus: { totals: { required: number } } };
    };
    if (!check.data || check.data.trainingStatus.totals.required < STAFF)
      throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
    const mutation = JSON.stringify({
      query: `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id viewsUpToDate } }`,
      variables: {
        input: { tenantId: TENANT, category: 'cyberbullying', involvedPupilIds: ['pupil-1'], narrative: 'Unkind messages in a group chat' },
      },
    });
    const results = [
      await load(`trainingStatus, ${STAFF} staff, ${CONNECTIONS} connections`, url, token, query, peak),
      await load(`reportIncident mutation, ${CONNECTIONS} connections`, url, token, mutation, peak),
    ];
    for (const r of results) {
      process.stderr.write(
        `  http     ${r.name}: ${r.requestsPerSec.toLocaleString('en-GB')} req/s, p50 ${r.p50ms} ms, p99 ${r.p99ms} ms, ${r.errors} errors, server peak RSS ${r.serverPeakRssMb} MB\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(results)}\n`);
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
