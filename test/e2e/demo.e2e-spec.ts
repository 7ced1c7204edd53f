import { execFile } from 'node:child_process';
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

  it('should load both settings on a fresh data directory with at least 40 event types across all eight stream categories', async () => {
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
    expect([...categories].sort()).toEqual(['document', 'filtering', 'incident', 'pupil', 'search', 'setting', 'staff', 'training']);
    expect(events.length).toBeGreaterThan(1500);
  }, 120_000);

  it('should append nothing when run again with the same seed', async () => {
    const again = await run(process.execPath, [CLI, 'demo', '--seed', '3'], { env });
    expect(again.stdout).toMatch(/, 0 new events\./);
  }, 120_000);
});
