import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@ledger/config';
import { openLedger } from '@ledger/ledger';

const run = promisify(execFile);
// The built CLI as a real process over the demo data: `npm test` builds it first.
const CLI = resolve('dist/apps/cli/src/main.js');
const TENANT = 'riverside-ap';
const SLT = 'riverside-ap-staff-5';

// A date the demo's history never reaches, always in the past: ten days ago.
const DONE = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
const UK = DONE.split('-').reverse().join('/');
const CSV = [
  'Staff,Course,Date completed,Provider',
  `${SLT},safeguarding-update,${DONE},LA safeguarding team`, // 2
  `${SLT},KCSIE Part 1 reading,${UK},Self-study`, // 3
  `Nobody Known,prevent,${DONE},LA`, // 4
  `${SLT},Juggling,${DONE},LA`, // 5
  `${SLT},prevent,31/02/2026,LA`, // 6
  `${SLT},safeguarding-update,${DONE},Again`, // 7: repeats row 2
].join('\n');

describe('ledger import-training', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-import-training-'));
  const env = { ...process.env, LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  const file = join(dataDir, 'completions.csv');
  const ledger = (...args: string[]) => run(process.execPath, [CLI, ...args], { env });
  const importing = (...extra: string[]) => ledger('import-training', file, '--tenant', TENANT, '--as', SLT, ...extra);
  const head = async () => {
    const runtime = await openLedger(loadConfig(env, { readOnly: true }), { readOnly: true });
    try {
      return await runtime.store.headPosition();
    } finally {
      await runtime.close();
    }
  };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    writeFileSync(file, CSV);
    await ledger('demo', '--seed', '1');
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should name every bad row with its code on a dry run and record nothing', async () => {
    const before = await head();
    const { stdout } = await importing('--dry-run');
    const problems = [...stdout.matchAll(/^ {2}Row (\d+).*\[(TRAINING_IMPORT\.[A-Z_]+)\]$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(problems).toEqual([
      [4, 'TRAINING_IMPORT.UNKNOWN_PERSON'],
      [5, 'TRAINING_IMPORT.UNKNOWN_COURSE'],
      [6, 'TRAINING_IMPORT.IMPOSSIBLE_DATE'],
      [7, 'TRAINING_IMPORT.DUPLICATE_IN_FILE'],
    ]);
    expect(stdout).toMatch(/Dry run: 2 row\(s\) would be recorded; nothing was recorded/);
    expect(await head()).toBe(before);
  }, 60_000);

  it('should record the good rows once: the same file again records nothing new', async () => {
    const before = await head();
    expect((await importing()).stdout).toMatch(/Recorded 2 completion\(s\)/);
    const after = await head();
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));

    const again = await importing();
    expect(again.stdout).toMatch(/Recorded 0 completion\(s\)/);
    expect(again.stdout).toMatch(/Row 2 .*\[TRAINING_IMPORT\.ALREADY_RECORDED\]/);
    expect(await head()).toBe(after);
  }, 60_000);

  it('should refuse someone who may not record training, recording nothing', async () => {
    const before = await head();
    await expect(ledger('import-training', file, '--tenant', TENANT, '--as', 'nobody')).rejects.toMatchObject({ code: expect.any(Number) });
    expect(await head()).toBe(before);
  }, 60_000);
});
