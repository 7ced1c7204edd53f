import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = resolve('dist/apps/cli/src/main.js');

/** Runs docs/verify_proof.py on every file of a folder in one Python process (openssl per signature, as the script does). */
const VERIFY_ALL = `
import io, os, sys, contextlib
sys.path.insert(0, 'docs')
import verify_proof
failed = []
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    sys.argv = ['verify_proof.py', os.path.join(folder, name)]
    with contextlib.redirect_stdout(io.StringIO()):
        code = verify_proof.main()
    if code != 0:
        failed.append(name)
print(len(failed), 'failed', ' '.join(failed[:5]))
`;

describe('ledger day-one', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-day-one-'));
  const env = { ...process.env, LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('should write a pack over the demo whose every proof verifies with docs/verify_proof.py, and record it', async () => {
    await run(process.execPath, [CLI, 'demo', '--seed', '5'], { env, maxBuffer: 2 ** 24 });
    const zip = join(dataDir, 'pack.zip');
    const made = await run(
      process.execPath,
      [CLI, 'day-one', '--tenant', 'hollins-park', '--out', zip, '--actor', 'hollins-park-staff-1', '--academic-year', '2024'],
      { env },
    );
    expect(made.stdout).toContain('recorded as DayOnePackGenerated');
    const out = join(dataDir, 'pack');
    await run('unzip', ['-q', zip, '-d', out]);
    const files = readdirSync(out);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'VERIFY.txt',
        'checkpoint.json',
        'single-central-record.csv',
        'referrals.csv',
        'lado-referrals.csv',
        'training.csv',
        'policy-reviews.csv',
        'filtering-monitoring-reviews.csv',
        'ap-placements.csv',
        'proofs',
      ]),
    );
    // The demo's gaps and overdue review are in the pack.
    expect(readFileSync(join(out, 'single-central-record.csv'), 'utf8')).toContain('"after_start"');
    expect(readFileSync(join(out, 'ap-placements.csv'), 'utf8')).toMatch(/"placement-2".*"overdue"/);
    const proofs = readdirSync(join(out, 'proofs'));
    expect(proofs.length).toBeGreaterThan(100);
    const checked = await run('python3', ['-c', VERIFY_ALL, join(out, 'proofs')], { maxBuffer: 2 ** 24 });
    expect(checked.stdout.trim()).toBe('0 failed');
    const checkpoint = await run('python3', ['docs/verify_proof.py', join(out, 'checkpoint.json')]);
    expect(checkpoint.stdout).not.toContain('FAIL');
    // Generating it is on the record.
    const exported = join(dataDir, 'log.jsonl');
    await run(process.execPath, [CLI, 'export', '--out', exported], { env, maxBuffer: 2 ** 24 });
    expect(readFileSync(exported, 'utf8')).toContain('"DayOnePackGenerated"');
  }, 240_000);
});
