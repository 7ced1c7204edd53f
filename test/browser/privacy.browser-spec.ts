import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { sentenceForCode } from '../../apps/web/src/lib/sentences.js';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';
import { Chromium, Ledger, screenshot, seriousViolations } from './browser-harness.js';

// The DSL's retention review and a subject access request, in a real browser over the demo: a
// record whose retention has ended is shown with its rule; a legal hold placed on it makes its
// erasure refused (nothing recorded) with the sentence for ERASURE.LEGAL_HOLD; lifting the hold
// takes it off the page. A subject access export of a demo pupil downloads as JSON, built in the browser.
const SEED = 1;
const TENANT = 'riverside-ap';
const people = demoSignIns(SEED).filter((s) => s.tenantIds[0] === TENANT);
const staffIdOf = (role: string) => people.find((p) => p.role === role)!.staffId;

interface Row {
  recordKind: string;
  personId: string;
  unitId: string;
  ruleVersion: number;
  years: number;
  endedOn: string;
  status: string;
}

describe('The retention review and subject access in a browser', () => {
  let ledger: Ledger;
  let browser: Chromium;
  let page: Page;
  let row: Row;
  const axe: Record<string, string[]> = {};
  const visited = async (name: string) => {
    await screenshot(page, name);
    axe[name] = await seriousViolations(page);
  };

  beforeAll(async () => {
    ledger = await Ledger.start(SEED, {});
    browser = await Chromium.launch();
    const review = await ledger.graphql<{ retentionReview: { rows: Row[] } }>(
      { tenant: TENANT, role: 'dsl', sub: 'test-dsl' },
      `query ($t: ID!) { retentionReview(tenantId: $t) { rows { recordKind personId unitId ruleVersion years endedOn status } } }`,
      { t: TENANT },
    );
    // A pupil's record the DSL has still to decide on (a hold on the pupil covers it).
    row = review.retentionReview.rows.find(
      (r) => r.status === 'to_decide' && ['child_protection_file', 'consent', 'device_search'].includes(r.recordKind),
    )!;
    ({ page } = await browser.person(1280));
    await page.goto(await ledger.link(TENANT, 'dsl', staffIdOf('dsl')));
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  it('should have a pupil’s record to decide on in the demo (or the steps below prove nothing)', () => {
    expect(row).toBeDefined();
  });

  it('should show the DSL the record with its rule version and dates', async () => {
    await page.getByRole('link', { name: 'Retention review' }).click();
    await page.getByRole('heading', { name: 'Retention review', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Records whose retention has ended' });
    const shown = table.getByRole('row', { name: new RegExp(row.unitId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await shown.waitFor();
    const text = await shown.innerText();
    expect(text).toContain(`rule version ${row.ruleVersion}`);
    expect(text).toContain(row.endedOn);
    await visited('privacy-retention-review');
  });

  it('should refuse the erasure of a record under a legal hold with the sentence for ERASURE.LEGAL_HOLD, recording nothing', async () => {
    await page.getByLabel('What it covers', { exact: true }).selectOption('pupil');
    await page.getByLabel('Reference of who or what it covers').fill(row.personId);
    await page.getByLabel('Reason', { exact: true }).fill('Records requested by a public inquiry');
    await page.getByLabel('Reference', { exact: true }).fill('INQ-TEST-1');
    await page.getByRole('button', { name: 'Place the hold' }).click();
    const lift = page.getByRole('button', { name: /^Lift hold / });
    await expect(lift.count()).resolves.toBeGreaterThanOrEqual(1);
    await page.getByRole('table').getByText('Kept by a legal hold').first().waitFor();

    const before = await ledger.headPosition();
    await page.getByLabel('Record to erase').selectOption(row.unitId);
    await page.getByRole('button', { name: 'Erase', exact: true }).click();
    await page.getByRole('alert').getByText(sentenceForCode('ERASURE.LEGAL_HOLD')!).waitFor();
    expect(await ledger.headPosition()).toBe(before);
    await visited('privacy-erasure-refused');
  });

  it('should lift the hold it placed', async () => {
    const holds = page.getByRole('heading', { name: /^Legal hold / });
    const count = await holds.count();
    const placed = page
      .getByRole('region', { name: /^Legal hold / })
      .filter({ hasText: row.personId })
      .last();
    await placed.getByLabel(/^Why hold .* is lifted$/).fill('The inquiry has returned the records');
    await placed.getByRole('button', { name: /^Lift hold / }).click();
    await page
      .getByRole('region', { name: /^Legal hold / })
      .filter({ hasText: row.personId })
      .waitFor({ state: 'detached' });
    expect(await holds.count()).toBe(count - 1);
  });

  it('should produce a subject access export of a demo pupil, recorded in the ledger, as a JSON download', async () => {
    await page.getByRole('link', { name: 'Subject access' }).click();
    await page.getByRole('heading', { name: 'Subject access request', level: 1 }).waitFor();
    const before = BigInt(await ledger.headPosition());
    await page.getByLabel('Pupil reference or staff id').fill(row.personId);
    await page.getByRole('button', { name: 'Produce the export' }).click();
    await page
      .getByRole('status')
      .getByText(/This export is recorded in the ledger/)
      .waitFor();
    expect(BigInt(await ledger.headPosition())).toBeGreaterThan(before);
    expect(page.url()).not.toContain(row.personId);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the export as JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { subjectId: string; entries: unknown[] };
    expect(exported.subjectId).toBe(row.personId);
    expect(exported.entries.length).toBeGreaterThan(0);
    await visited('privacy-subject-access');
  });

  it('should fit a 320 px screen', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByRole('link', { name: 'Retention review' }).click();
    await page.getByRole('heading', { name: 'Retention review', level: 1 }).waitFor();
    await visited('privacy-retention-review-320');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  });

  it('should find no serious or critical axe violations, nothing refused by the CSP and no pupil reference in the console', () => {
    expect(Object.entries(axe).filter(([, v]) => v.length > 0)).toEqual([]);
    expect(browser.consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    expect(browser.consoleMessages.filter((m) => m.includes(row.personId))).toEqual([]);
  });
});
