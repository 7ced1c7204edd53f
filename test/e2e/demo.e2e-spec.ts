import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = resolve('dist/apps/cli/src/main.js');

describe('ledger demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-demo-'));
  const env = { ...process.env, LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should load both settings on a fresh data directory with at least 40 event types across all thirteen stream categories', async () => {
    const demo = await run(process.execPath, [CLI, 'demo', '--seed', '3'], { env });
    expect(demo.stdout).toMatch(/Demo loaded \(seed 3\).*riverside-ap.*hollins-park/);
    const file = join(dataDir, 'demo.jsonl');
    await run(process.execPath, [CLI, 'export', '--out', file], { env });
    const events = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; stream: string });
    const types = new Set(events.map((e) => e.type));
    const categories = new Set(events.map((e) => e.stream.split('-')[0]));
    expect(types.size).toBeGreaterThanOrEqual(40);
    expect([...categories].sort()).toEqual([
      'applacement',
      'clocks',
      'cptransfer',
      'document',
      'filtering',
      'incident',
      'privacy',
      'pupil',
      'scr',
      'search',
      'setting',
      'staff',
      'training',
    ]);
    expect(events.length).toBeGreaterThan(1500);
  }, 120_000);

  it('should print one sign-in link per role of each setting, for a person on its staff list who can act', async () => {
    const again = await run(process.execPath, [CLI, 'demo', '--seed', '3'], { env });
    const links = [...again.stdout.matchAll(/^\s{4}(.+?)\s{2,}(\S+)\s+(http:\/\/localhost:\d+\/auth\/link\?token=\S+)$/gm)].map((m) => ({
      role: m[1]!,
      staffId: m[2]!,
      url: m[3]!,
    }));
    const staffLinks = links.filter((l) => l.role === 'Member of staff');
    expect(links.filter((l) => l.role.includes('(DSL)')).map((l) => l.staffId)).toEqual(['riverside-ap-staff-2', 'hollins-park-staff-2']);
    expect(staffLinks).toHaveLength(2);
    expect(links.map((l) => l.role)).toEqual(
      expect.arrayContaining(['Deputy DSL', 'Headteacher', 'Chair of governors', 'Trust administrator']),
    );
    // The member of staff of Hollins Park, signed in with the link, reports a concern: the ledger accepts them as an actor.
    const server = spawn(process.execPath, [CLI, 'serve'], { env: { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' } });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    try {
      const deadline = Date.now() + 20_000;
      let base: string | undefined;
      while (!base && Date.now() < deadline) {
        base = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(output)?.[1];
        await new Promise((r) => setTimeout(r, 50));
      }
      const link = new URL(staffLinks.find((l) => l.staffId.startsWith('hollins-park'))!.url);
      const signedIn = await fetch(`${base}${link.pathname}${link.search}`, { redirect: 'manual' });
      expect(signedIn.headers.get('location')).toBe('/');
      const cookie = signedIn.headers.getSetCookie()[0]!.split(';')[0]!;
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: 'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { events { type } } }',
          variables: {
            input: {
              tenantId: 'hollins-park',
              category: 'cyberbullying',
              involvedPupilIds: ['hollins-park-pupil-1'],
              narrative: 'Reported from the browser in the demo',
              occurredAt: '2025-07-01T10:00:00.000Z',
            },
          },
        }),
      });
      const body = (await response.json()) as { data?: { reportIncident: { events: Array<{ type: string }> } }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data!.reportIncident.events.map((e) => e.type)).toEqual(['IncidentReported']);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }, 120_000);

  it('should append nothing when run again with the same seed', async () => {
    const again = await run(process.execPath, [CLI, 'demo', '--seed', '3'], { env });
    expect(again.stdout).toMatch(/, 0 new events\./);
  }, 120_000);
});
