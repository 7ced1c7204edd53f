import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';
import { Chromium, Ledger, screenshot, seriousViolations } from './browser-harness.js';

// SLT in real headless Chromium against the built server over the demo data: training status,
// the CPD matrix, and a spreadsheet of completions imported with a dry run first.
const SEED = 1;
const TENANT = 'riverside-ap';
const people = demoSignIns(SEED).filter((s) => s.tenantIds[0] === TENANT);
const staffIdOf = (role: string) => people.find((p) => p.role === role)!.staffId;

// Ten days ago: later than anything in the demo's history, never in the future.
const DONE = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
const UK_DONE = DONE.split('-').reverse().join('/');
// The leadership (staff 1 to 7 never leave) × three annual courses last done in the demo's history.
const GOOD = [1, 2, 3, 4, 5, 6, 7]
  .flatMap((n) => ['safeguarding-update', 'KCSIE Part 1 reading', 'online-safety'].map((course) => [`${TENANT}-staff-${n}`, course]))
  .slice(0, 20)
  .map(([staff, course], i) => `${staff},${course},${i % 2 ? UK_DONE : DONE},LA safeguarding team`);
const BAD: Record<number, string> = {
  5: `Nobody Known,prevent,${DONE},LA`,
  12: `${TENANT}-staff-1,Juggling,${DONE},LA`,
  19: `${TENANT}-staff-2,prevent,31/02/2025,LA`,
};
/** Header on row 1, the three bad rows at rows 5, 12 and 19 as a spreadsheet numbers them. */
function completionsCsv(): string {
  const rows = [...GOOD];
  for (const row of Object.keys(BAD)
    .map(Number)
    .sort((a, b) => a - b))
    rows.splice(row - 2, 0, BAD[row]!);
  return ['Staff,Course,Date completed,Provider', ...rows].join('\n');
}

describe('SLT pages in a browser', () => {
  let ledger: Ledger;
  let browser: Chromium;
  const axe: Record<string, string[]> = {};

  const visited = async (page: Page, name: string) => {
    await screenshot(page, name);
    axe[name] = await seriousViolations(page);
  };

  const signIn = async (role: string, width = 1280) => {
    const person = await browser.person(width);
    await person.page.goto(await ledger.link(TENANT, role, staffIdOf(role)));
    return person;
  };

  /** The whole setting's count of required courses up to date, as the totals table shows it. */
  const upToDate = async (page: Page) => {
    const row = page.getByRole('table', { name: /Whole setting/ }).getByRole('row', { name: /^Up to date/ });
    return Number(await row.getByRole('cell').first().textContent());
  };

  beforeAll(async () => {
    ledger = await Ledger.start(SEED, {});
    browser = await Chromium.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  let before: number;

  describe('when SLT opens training status', () => {
    it('should show the matrix with status as text, filters in the URL and a CSV download', async () => {
      const { page } = await signIn('slt');
      await page.getByRole('link', { name: 'Training status', exact: true }).click();
      await page.getByRole('heading', { name: 'Training status' }).waitFor();
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      before = await upToDate(page);
      await expect(page.getByRole('region', { name: 'Training matrix' }).getByText('Overdue').count()).resolves.toBeGreaterThan(0);
      await visited(page, 'slt-training-status');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download as CSV' }).click();
      const csv = await readFile((await (await download).path())!, 'utf8');
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Name,Staff id,Job title,Roles,Course,Status,Last completed,Expires');
      expect(csv).toContain(`${TENANT}-staff-5`);

      await page.getByLabel('Status').selectOption('overdue');
      await page.getByLabel('Role').selectOption('slt');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/\/training\?role=slt&status=overdue$/);
      await page.getByRole('heading', { name: /staff shown/ }).waitFor();
      await visited(page, 'slt-training-status-filtered');
    });
  });

  describe('when SLT imports a spreadsheet with 20 good rows and 3 bad ones', () => {
    it('should name the three bad rows before anything is recorded, then record the 20', async () => {
      const { page, console } = await signIn('slt');
      await page.getByRole('link', { name: 'Record training', exact: true }).click();
      await page.getByRole('heading', { name: 'Record training' }).waitFor();
      await visited(page, 'slt-record-training');

      const head = await ledger.headPosition();
      await page
        .getByLabel('Upload a CSV file')
        .setInputFiles({ name: 'completions.csv', mimeType: 'text/csv', buffer: Buffer.from(completionsCsv()) });
      await page.getByText('Read completions.csv.').waitFor();
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { name: /Check: 20 rows can be recorded, 3 cannot/ }).waitFor();
      const problems = await page.getByRole('list', { name: 'Rows that cannot be recorded' }).getByRole('listitem').allTextContents();
      expect(problems.map((p) => /^Row (\d+)/.exec(p)?.[1])).toEqual(['5', '12', '19']);
      await expect(page.getByLabel('Member of staff (name or staff id)').inputValue()).resolves.toBe('Staff');
      await visited(page, 'slt-import-check');
      expect(await ledger.headPosition()).toBe(head);

      await page.getByRole('button', { name: 'Record 20 completions' }).click();
      await page.getByText('Recorded 20 completions.').waitFor();
      expect(BigInt(await ledger.headPosition())).toBeGreaterThan(BigInt(head));
      await visited(page, 'slt-import-recorded');
      expect(console.join('\n')).not.toMatch(/Nobody Known|LA safeguarding team/);
    }, 120_000);

    it('should show the matrix changed: 20 more courses up to date', async () => {
      const { page } = await signIn('slt');
      await page.goto(`${ledger.base}/training`);
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      expect(await upToDate(page)).toBe(before + 20);
    });

    it('should record nothing when the same file is pasted again on a phone', async () => {
      const { page } = await signIn('slt', 375);
      await page.goto(`${ledger.base}/training/record`);
      const head = await ledger.headPosition();
      await page.getByLabel('Or paste the CSV text').fill(completionsCsv());
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { name: /Check: 0 rows can be recorded, 23 cannot/ }).waitFor();
      const problems = await page.getByRole('list', { name: 'Rows that cannot be recorded' }).getByRole('listitem').allTextContents();
      expect(problems.filter((p) => /already recorded/.test(p))).toHaveLength(20);
      await expect(page.getByRole('button', { name: /^Record \d+ completion/ }).count()).resolves.toBe(0);
      await visited(page, 'slt-import-again-375');
      expect(await ledger.headPosition()).toBe(head);
    }, 120_000);
  });

  describe('when SLT opens the CPD matrix', () => {
    it('should list outstanding signatures by person', async () => {
      const { page } = await signIn('slt', 375);
      await page.getByRole('link', { name: 'CPD matrix', exact: true }).click();
      await page.getByRole('heading', { name: 'CPD matrix: signatures outstanding' }).waitFor();
      await page.getByRole('heading', { name: 'By person' }).waitFor();
      await visited(page, 'slt-cpd-matrix-375');
      await page.goto(`${ledger.base}/training`);
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      await visited(page, 'slt-training-status-375');
    });
  });

  describe('when SLT publishes a new version of a policy by pasting its text', () => {
    it('should show it in the register with the SHA-256 worked out in the browser, and a review scheduled', async () => {
      const { page } = await signIn('slt');
      await page.getByRole('link', { name: 'Policies', exact: true }).click();
      await page.getByRole('table', { name: 'Policy register' }).waitFor();
      await visited(page, 'slt-policies');
      const register = page.getByRole('table', { name: 'Policy register' });
      const publish = page.getByRole('region', { name: 'Publish a version' });
      const documentLabel = (await publish.getByLabel('Document', { exact: true }).locator('option').nth(1).textContent())!;

      const text = 'Mobile phones stay in lockers during lessons.\nStaff phones are not used to photograph pupils.';
      await publish.getByLabel('Document', { exact: true }).selectOption({ label: documentLabel });
      await publish.getByLabel('Version', { exact: true }).fill('2026.browser');
      await publish.getByLabel('The text of this version').fill(text);
      await publish.getByRole('button', { name: 'Publish version' }).click();
      const hash = createHash('sha256').update(text).digest('hex');
      await register.getByText(`SHA-256 ${hash}`).waitFor();
      await expect(register.getByRole('row', { name: new RegExp(`Version 2026\\.browser`) }).count()).resolves.toBe(1);

      const review = page.getByRole('region', { name: 'Schedule a review' });
      await review.getByLabel('Document', { exact: true }).selectOption({ label: documentLabel });
      await review.getByLabel('Due on').fill('2027-09-01');
      await review.getByRole('button', { name: 'Schedule review' }).click();
      await register
        .getByRole('row', { name: /2027-09-01/ })
        .first()
        .waitFor();
      await visited(page, 'slt-policies-published');
    }, 120_000);
  });

  describe('when a member of staff signs in', () => {
    it('should not offer the SLT pages', async () => {
      const { page } = await signIn('staff');
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      for (const name of ['Training status', 'CPD matrix', 'Record training', 'Policies'])
        await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(0);
      await page.goto(`${ledger.base}/training/record`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    });
  });

  describe('when every visited page is scanned with axe-core', () => {
    it('should find no serious or critical violations, and the CSP refused nothing', () => {
      process.stdout.write(`axe-core scanned ${Object.keys(axe).length} pages: ${Object.keys(axe).join(', ')}\n`);
      expect(Object.entries(axe).filter(([, v]) => v.length > 0)).toEqual([]);
      expect(browser.consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    });
  });
});
