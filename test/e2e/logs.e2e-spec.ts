import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLocalSigningKey, mintLocalToken } from '@ledger/access';
import { PERSONAL_DATA } from '../../apps/api/src/index.js';
import { DEMO_SETTINGS, demoPlan } from '../../apps/cli/src/demo/demo-plan.js';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';

// The built CLI as a real process: `npm test` builds it first.
const CLI = resolve('dist/apps/cli/src/main.js');
const SEED = 3;

/** Every personal value the demo records: names, pupil references, narratives — the fields the personal-data policies encrypt. */
function personalValuesOfTheDemo(): Set<string> {
  const fields = new Set(Object.values(PERSONAL_DATA).flatMap((rules) => rules!.flatMap((rule) => rule.fields)));
  const values = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string' && key !== undefined && fields.has(key) && value.length >= 6) values.add(value);
    else if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const step of demoPlan(SEED)) visit(step.message);
  // A setting's or trust's own name is the organisation's, not a person's: it may be logged (the demo's sign-in links name them).
  for (const setting of DEMO_SETTINGS) values.delete(setting.name);
  for (const signIn of demoSignIns(SEED)) values.delete(signIn.settingName);
  return values;
}

describe('The logs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-logs-'));
  let server: ChildProcess;
  let output = '';
  let url: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    server = spawn(process.execPath, [CLI, 'serve', '--demo', String(SEED)], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'trace', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 240_000;
    while (!output.includes('Demo loaded')) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the demo did not load: ${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    url = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(output)![1]!;
  }, 260_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('when the demo and an HTTP scenario ran at LOG_LEVEL=trace', () => {
    let lines: Array<Record<string, any>>;
    const personal = personalValuesOfTheDemo();

    beforeAll(async () => {
      const key = (await loadLocalSigningKey(dataDir, { create: false }))!;
      const auditor = await mintLocalToken(key, { subject: 'la-audit', role: 'auditor', tenants: ['hollins-park'], ttl: '10m' });
      const [someName, someNarrative] = [...personal];
      const post = (query: string, variables?: unknown) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${auditor}` },
          body: JSON.stringify({ query, variables }),
        }).then((r) => r.json());
      // Reads that return personal data, decrypted.
      await post('{ events(tenantId: "hollins-park", first: 200) { edges { node { type data } } } }');
      await post('{ cpdMatrix(tenantId: "hollins-park", first: 50) { edges { node { staff { name } } } } }');
      // Personal values sent in ways that fail: in variables, in a refused mutation, in a query string.
      await post('mutation($input: JoinStaffInput!) { joinStaff(input: $input) { id } }', {
        input: { tenantId: 'hollins-park', staffId: 'x', name: someName, roles: ['nonsense'], jobTitle: someNarrative },
      });
      await post(
        `mutation { reportIncident(input: {tenantId: "hollins-park", category: cyberbullying, involvedPupilIds: ["p"], narrative: ${JSON.stringify(someNarrative)}}) { id } }`,
      );
      await fetch(`${url}/graphql?query=${encodeURIComponent(`{ ledger { store } } # ${someName}`)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      await new Promise((r) => setTimeout(r, 500));
      lines = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, any>);
    });

    it('should have logged at trace and debug as well', () => {
      expect(lines.length).toBeGreaterThan(20);
      expect(personal.size).toBeGreaterThan(100);
    });

    it('should carry none of the demo names, pupil references or narratives in any line', () => {
      const leaked = [...personal].filter((value) => output.includes(value));
      expect(leaked).toEqual([]);
    });

    it('should put the request id in every line logged while answering a request', () => {
      const requestLines = lines.filter((line) => line.req !== undefined);
      expect(requestLines.length).toBeGreaterThanOrEqual(5);
      for (const line of requestLines) expect(line.req.id).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
