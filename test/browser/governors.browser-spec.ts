import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { demoPlan } from '../../apps/cli/src/demo/demo-plan.js';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';
import { Chromium, Ledger, screenshot, SCREENSHOTS, seriousViolations } from './browser-harness.js';

const run = promisify(execFile);

// A governor reads the demo's 2023/24 report on screen, prints it (Chromium's PDF of the page) and
// downloads it; an administrator writes the same report with `ledger report governors`. Every
// PDF must carry the headings and figures the API's governorReport gives for that year, and
// nothing personal from the demo: no staff name, no pupil reference, no narrative.
const SEED = 1;
const TENANT = 'riverside-ap';
const YEAR = 2023;
const people = demoSignIns(SEED).filter((s) => s.tenantIds[0] === TENANT);
const staffIdOf = (role: string) => people.find((p) => p.role === role)!.staffId;

/** Every personal string the demo records for the setting: staff names, pupil references, what was said and seen. */
function personalStrings(): string[] {
  const found = new Set<string>();
  for (const { message } of demoPlan(SEED)) {
    const m = (message as unknown as { command: Record<string, unknown> }).command;
    if (m['tenantId'] !== TENANT) continue;
    if (m['kind'] === 'RegisterSetting' || m['kind'] === 'FormTrust') continue;
    for (const field of ['name', 'reference', 'narrative', 'childsWords']) {
      const value = m[field];
      if (typeof value === 'string' && value.length >= 6) found.add(value);
    }
  }
  return [...found];
}

interface ApiReport {
  settingName: string;
  academicYear: string;
  policies: { reviewed: string; reviewedLate: string; approved: string; reviews: Array<{ title: string; daysLate: number }> };
  training: { percentCompliantAtYearEnd: number; overdue: string; neverDone: string };
  incidents: {
    total: string;
    decidedNotToRefer: string;
    byCategory: Array<{ key: string; count: string }>;
    byTerm: Array<{ key: string; count: string }>;
  };
  searches: { total: string; handedToPolice: string; byOutcome: Array<{ key: string; count: string }> };
  filteringAndMonitoring: { filterTests: string; failedTests: string; decisions: string };
  openActionsAtYearEnd: string;
}

const REPORT_QUERY = `query ($tenantId: ID!, $year: Int!) { governorReport(tenantId: $tenantId, academicYear: $year) {
  settingName academicYear
  policies { reviewed reviewedLate approved reviews { title daysLate } }
  training { percentCompliantAtYearEnd overdue neverDone }
  incidents { total decidedNotToRefer byCategory { key count } byTerm { key count } }
  searches { total handedToPolice byOutcome { key count } }
  filteringAndMonitoring { filterTests failedTests decisions }
  openActionsAtYearEnd } }`;

/** The text of a PDF as pdftotext reads it, whitespace made single spaces. */
async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each heading, and each figure next to what it counts, as the API gave them. */
function expectReportIn(text: string, report: ApiReport): void {
  const pairs: Array<[string, string]> = [
    ['Policy reviews held', report.policies.reviewed],
    ['Reviews held late', report.policies.reviewedLate],
    ['Policy versions approved', report.policies.approved],
    ['Required training up to date at the end of the year', `${report.training.percentCompliantAtYearEnd}%`],
    ['Staff with training overdue', report.training.overdue],
    ['Staff who have never done required training', report.training.neverDone],
    ['Incidents recorded', report.incidents.total],
    ['Decided not to refer to an agency', report.incidents.decidedNotToRefer],
    ['Actions still open at the end of the year', report.openActionsAtYearEnd],
    ['Searches conducted', report.searches.total],
    ['Searches with items given to the police', report.searches.handedToPolice],
    ['Filter tests run', report.filteringAndMonitoring.filterTests],
    ['Filter tests failed', report.filteringAndMonitoring.failedTests],
    ['Autumn term', report.incidents.byTerm.find((t) => t.key === 'autumn')!.count],
  ];
  for (const heading of [
    'Policies and their reviews',
    'Safeguarding training',
    'Incidents and concerns',
    'Searches of pupils',
    'Filtering and monitoring',
  ])
    expect(text).toContain(heading);
  expect(text).toContain(`${report.settingName} · ${report.academicYear}`);
  for (const [label, value] of pairs) expect(text).toMatch(new RegExp(`${escape(label)} ${escape(value)}(?![\\d.])`));
  for (const c of report.incidents.byCategory) expect(text).toContain(c.count);
  for (const r of report.policies.reviews) expect(text).toContain(r.title);
}

function expectNothingPersonalIn(text: string, personal: readonly string[]): void {
  expect(personal.filter((p) => text.includes(p.replace(/\s+/g, ' ')))).toEqual([]);
}

describe("The governors' report in a browser and on paper", () => {
  let ledger: Ledger;
  let browser: Chromium;
  let work: string;
  let report: ApiReport;
  const personal = personalStrings();
  const axe: Record<string, string[]> = {};

  const visited = async (page: Page, name: string) => {
    await screenshot(page, name);
    axe[name] = await seriousViolations(page);
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ledger-governors-'));
    ledger = await Ledger.start(SEED, {});
    browser = await Chromium.launch();
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('should know personal strings of the demo to look for (or the checks below prove nothing)', () => {
    expect(personal.length).toBeGreaterThan(50);
  });

  describe('when a governor opens the 2023/24 report', () => {
    let page: Page;

    beforeAll(async () => {
      ({ page } = await browser.person(1280));
      await page.goto(await ledger.link(TENANT, 'chair_of_governors', staffIdOf('chair_of_governors')));
      await page.getByRole('link', { name: 'Governors’ report' }).click();
      await page.getByLabel('Academic year', { exact: true }).selectOption(String(YEAR));
      await page.getByRole('button', { name: 'Show the report' }).click();
      await page.getByRole('heading', { name: /governors’ annual report 2023\/24/ }).waitFor();
      report = (await page.evaluate(
        async ({ query, tenantId, year }) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { tenantId, year } }),
          });
          return ((await response.json()) as { data: { governorReport: unknown } }).data.governorReport;
        },
        { query: REPORT_QUERY, tenantId: TENANT, year: YEAR },
      )) as ApiReport;
      expect(report.academicYear).toBe('2023/24');
    });

    it('should show each chart as a picture with its figures in a table beside it', async () => {
      await visited(page, 'governors-report');
      for (const name of [
        'Incidents by category',
        'Incidents by term',
        'Training compliance at the end of the year',
        'Policy reviews: days late',
      ])
        await page.getByRole('img', { name }).waitFor();
      const terms = page.getByRole('table', { name: 'Incidents by term' });
      for (const t of report.incidents.byTerm)
        expect(await terms.getByRole('row', { name: new RegExp(`term ${escape(t.count)}$`) }).count()).toBeGreaterThan(0);
      expect(page.url()).toBe(`${ledger.base}/governors-report?year=${YEAR}`);
    });

    it('should print on A4 with the headings and figures of the API and nothing personal', async () => {
      const file = join(work, 'printed.pdf');
      await page.pdf({ path: file, preferCSSPageSize: true });
      const { stdout: info } = await run('pdfinfo', [file]);
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const text = await pdfText(file);
      expectReportIn(text, report);
      expectNothingPersonalIn(text, personal);
      // Every printed page names the setting and the year.
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(text.split(`${report.settingName} · ${report.academicYear}`).length - 1).toBe(pages);
      await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(SCREENSHOTS, 'governors-report-printed')]);
    });

    it('should download the same report as a PDF', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download the report as a PDF' }).click(),
      ]);
      const file = join(work, 'downloaded.pdf');
      await download.saveAs(file);
      const text = await pdfText(file);
      expectReportIn(text, report);
      expectNothingPersonalIn(text, personal);
    });

    it('should fit a 320 px screen', async () => {
      await page.setViewportSize({ width: 320, height: 900 });
      await visited(page, 'governors-report-320');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    });
  });

  describe('when the report is written from the command line', () => {
    it('should write a PDF with the same headings and figures and nothing personal', async () => {
      const file = join(work, 'report.pdf');
      const started = performance.now();
      await ledger.cli(...['report', 'governors', '--tenant', TENANT, '--year', String(YEAR), '--out', file]);
      const ms = Math.round(performance.now() - started);
      process.stdout.write(`ledger report governors: ${statSync(file).size} bytes in ${ms} ms (whole command)\n`);
      const text = await pdfText(file);
      expectReportIn(text, report);
      expectNothingPersonalIn(text, personal);
    });

    it('should write one self-contained HTML file with no scripts when asked for html', async () => {
      const file = join(work, 'report.html');
      await ledger.cli(...['report', 'governors', '--tenant', TENANT, '--year', String(YEAR), '--out', file, '--format', 'html']);
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script|<link|src=|href=/i);
      expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(4);
      expectReportIn(
        html
          .replace(/<[^>]+>/g, ' ')
          .replace(/&amp;/g, '&')
          .replace(/\s+/g, ' '),
        report,
      );
      expectNothingPersonalIn(html, personal);
    });
  });

  describe('when someone without the report in their role asks for the PDF', () => {
    it('should refuse a member of staff and anyone signed out, with stable codes', async () => {
      const staff = await browser.person();
      await staff.page.goto(await ledger.link(TENANT, 'staff', staffIdOf('staff')));
      const url = `${ledger.base}/reports/governors.pdf?tenantId=${TENANT}&year=${YEAR}`;
      const refused = await staff.context.request.get(url);
      expect(refused.status()).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
      const signedOut = await fetch(url);
      expect(signedOut.status).toBe(401);
      expect(await signedOut.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('when every visited page is scanned with axe-core', () => {
    it('should find no serious or critical violations, and nothing refused by the CSP', () => {
      expect(Object.entries(axe).filter(([, v]) => v.length > 0)).toEqual([]);
      expect(browser.consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    });
  });
});
