import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';
import { Chromium, Ledger, SCREENSHOTS, screenshot, seriousViolations } from './browser-harness.js';

// Inspectors and auditors in real headless Chromium against the built server over the demo data:
// an inspector without a grant sees only a refusal; with one, verifies an event's inclusion proof
// in the browser (WebCrypto) against a pinned key, and sees a tampered proof fail; an auditor moves
// "as known at" back before a backdated completion and sees the person's status change; the raw
// log and the read log. Every page visited is scanned with axe-core and photographed.
const SEED = 1;
const TENANT = 'riverside-ap';
const people = demoSignIns(SEED).filter((s) => s.tenantIds[0] === TENANT);
const staffIdOf = (role: string) => people.find((p) => p.role === role)!.staffId;
const INSPECTOR = 'ofsted-hmi-1';

interface TrainingRow {
  staffId: string;
  courseId: string;
  courseTitle: string;
  status: string;
  staff: { name: string | null };
}

describe('Inspectors and auditors in a browser', () => {
  let ledger: Ledger;
  let browser: Chromium;
  const axe: Record<string, string[]> = {};
  const head = () => ({ tenant: TENANT, role: 'head', sub: staffIdOf('head') });

  const visited = async (page: Page, name: string) => {
    await screenshot(page, name);
    axe[name] = await seriousViolations(page);
  };

  const signIn = async (role: string, staffId: string, width = 1280) => {
    const person = await browser.person(width);
    await person.page.goto(await ledger.link(TENANT, role, staffId));
    return person;
  };

  beforeAll(async () => {
    ledger = await Ledger.start(SEED, {});
    browser = await Chromium.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  describe('when an inspector has no grant in force', () => {
    it('should show a page that says so, and nothing else', async () => {
      const { page } = await signIn('inspector', INSPECTOR);
      await page.getByRole('heading', { name: 'You do not have inspection access to this setting', level: 1 }).waitFor();
      await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
      await page.goto(`${ledger.base}/inspection`);
      await page.getByRole('heading', { name: 'You do not have inspection access to this setting', level: 1 }).waitFor();
      await expect(page.getByRole('heading', { name: 'Day one' }).count()).resolves.toBe(0);
      await visited(page, 'inspector-no-grant');
    });
  });

  describe('when an inspector holds a grant', () => {
    let page: Page;
    let pem: string;

    beforeAll(async () => {
      const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
      await ledger.graphql(head(), 'mutation($input: GrantInspectionAccessInput!) { grantInspectionAccess(input: $input) { id } }', {
        input: {
          tenantId: TENANT,
          inspectorId: `browser-${INSPECTOR}`,
          inspectorate: 'ofsted',
          validFrom: hours(-1),
          validUntil: hours(8),
          purpose: 'Graded inspection, day one',
        },
      });
      // The key as the school hands it over out of band: `ledger verify --print-key`.
      pem = (await ledger.cli('verify', '--print-key')).replace(/^key id .*\n/, '');
      ({ page } = await signIn('inspector', INSPECTOR));
    });

    it('should show day one with each referral linking to its evidence trail', async () => {
      await page.getByRole('link', { name: 'Day one', exact: true }).click();
      await page.getByRole('heading', { name: 'Day one', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Training records and compliance' }).waitFor();
      await page.getByRole('heading', { name: 'Filtering and monitoring review' }).waitFor();
      await visited(page, 'inspector-day-one');
      // The demo's history ends in 2024/25.
      await page.getByLabel('Academic year', { exact: true }).selectOption('2024');
      await page.getByRole('button', { name: 'Show this year' }).click();
      await page.getByRole('heading', { name: /^Referrals to the DSL, 2024 to 2025/ }).waitFor();
      await page
        .getByRole('link', { name: /evidence trail of incident/ })
        .first()
        .click();
      await page.getByRole('heading', { name: /^Evidence trail: incident / }).waitFor();
      await page
        .getByRole('button', { name: /^Verify event .* in this browser$/ })
        .first()
        .waitFor();
      expect(page.url()).not.toMatch(/name|narrative/i);
    });

    it('should verify an event in the browser against the pinned key, and say it holds', async () => {
      await page.getByLabel('Pin the ledger’s public key (optional)').fill(pem);
      const keyId = (await ledger.cli('verify', '--print-key')).match(/^key id (\S+)/)![1]!;
      await page.getByText(`Pinned key id: ${keyId}`).waitFor();
      await page
        .getByRole('button', { name: /^Verify event .* in this browser$/ })
        .first()
        .click();
      const result = page.getByRole('region', { name: 'Verification result' }).first();
      await result.getByText('It holds: this event is in the signed log, checked in this browser.').waitFor();
      await result.getByText(keyId).first().waitFor();
      await expect(result.getByText('Checked against the key you pinned.').count()).resolves.toBe(1);
      await expect(result.getByText(/^Fails:/).count()).resolves.toBe(0);
      await result.scrollIntoViewIfNeeded();
      await visited(page, 'inspector-verify-holds');
      await page.screenshot({ path: join(SCREENSHOTS, 'inspector-verify-holds-viewport.png') });
    });

    it('should report a proof with one altered hash as failing, whatever the server says', async () => {
      // The server (or anyone between) answers with one sibling hash of the audit path altered.
      await page.route('**/graphql', async (route) => {
        const body = route.request().postData() ?? '';
        if (!body.includes('query Proof')) return route.continue();
        const response = await route.fetch();
        const json = (await response.json()) as { data: { inclusionProof: { auditPath: string[]; checkpoint: { root: string } } } };
        const proof = json.data.inclusionProof;
        const flip = (hex: string) => (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);
        if (proof.auditPath.length > 0) proof.auditPath[0] = flip(proof.auditPath[0]!);
        else proof.checkpoint.root = flip(proof.checkpoint.root);
        return route.fulfill({ response, json });
      });
      await page
        .getByRole('button', { name: /^Verify event .* in this browser$/ })
        .first()
        .click();
      const result = page.getByRole('region', { name: 'Verification result' }).first();
      await result.getByText('It does not hold: the proof or the checkpoint is not what the ledger signed.').waitFor();
      await expect(result.getByText(/^Fails:/).count()).resolves.toBeGreaterThan(0);
      await visited(page, 'inspector-verify-fails');
      await page.unroute('**/graphql');
    });
  });

  describe('when an auditor moves "as known at" back before a backdated completion', () => {
    it("should show that person's status as the ledger knew it then, with a banner", async () => {
      const auditor = { tenant: TENANT, role: 'auditor', sub: 'la-audit' };
      const status = await ledger.graphql<{ trainingStatus: { edges: Array<{ node: TrainingRow }> } }>(
        auditor,
        `{ trainingStatus(tenantId: "${TENANT}", first: 200) { edges { node { staffId courseId courseTitle status staff { name } } } } }`,
      );
      const row = status.trainingStatus.edges
        .map((e) => e.node)
        .find((r) => (r.status === 'overdue' || r.status === 'never_done') && r.staff.name)!;
      expect(row).toBeDefined();
      // Before: a moment after everything the demo recorded, and strictly before the completion below.
      const knownBefore = new Date(Math.floor(Date.now() / 1000) * 1000);
      await new Promise((r) => setTimeout(r, 1_100));
      const completedOn = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
      await ledger.graphql(head(), 'mutation($input: RecordCompletionInput!) { recordCompletion(input: $input) { id } }', {
        input: {
          tenantId: TENANT,
          staffId: row.staffId,
          courseId: row.courseId,
          completedOn,
          occurredAt: completedOn,
          provider: 'Local authority safeguarding team',
        },
      });

      const { page } = await signIn('auditor', 'la-audit');
      await page.getByRole('link', { name: 'Day one', exact: true }).click();
      await page.getByRole('heading', { name: 'Training records and compliance' }).waitFor();
      const training = page.getByRole('region', { name: 'Training of every member of staff' });
      const theRow = training.getByRole('row').filter({ hasText: row.staff.name! }).filter({ hasText: row.courseTitle });
      await expect(theRow.getByRole('cell').nth(2).textContent()).resolves.toBe('Compliant');

      await page.getByText('See this page as it was').click();
      const local = await page.evaluate((iso) => {
        const d = new Date(iso);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
      }, knownBefore.toISOString());
      await page.getByLabel('As known at').fill(local);
      await page.getByRole('button', { name: 'Show the page as it was' }).click();
      await page.getByRole('region', { name: 'You are looking at the past' }).waitFor();
      await page.getByRole('heading', { name: 'Training records and compliance' }).waitFor();
      expect(new URL(page.url()).searchParams.get('knownAt')).toBe(knownBefore.toISOString());
      const then = page
        .getByRole('region', { name: 'Training of every member of staff' })
        .getByRole('row')
        .filter({ hasText: row.staff.name! })
        .filter({ hasText: row.courseTitle });
      await expect(then.getByRole('cell').nth(2).textContent()).resolves.toBe(row.status === 'overdue' ? 'Overdue' : 'Never done');
      await visited(page, 'auditor-day-one-known-at');

      // Shareable: the same URL in another browser shows the same past.
      const other = await signIn('auditor', 'la-audit', 320);
      await other.page.goto(page.url());
      await other.page.getByRole('region', { name: 'You are looking at the past' }).waitFor();
      await other.page.getByRole('heading', { name: 'Training records and compliance' }).waitFor();
      expect(await other.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      await visited(other.page, 'auditor-day-one-known-at-320');
    }, 150_000);
  });

  describe('when an auditor reads the raw log and the read log', () => {
    it('should filter the log by kind of record and expand an event', async () => {
      const { page } = await signIn('auditor', 'la-audit');
      await page.getByRole('link', { name: 'The raw log', exact: true }).click();
      await page.getByRole('heading', { name: 'The raw log', level: 1 }).waitFor();
      await page.getByLabel('Kind of record').selectOption('incident');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/category=incident/);
      const events = page.getByRole('list', { name: 'Events in the order recorded' });
      await events.waitFor();
      const summaries = await events.locator('summary').allTextContents();
      expect(summaries.length).toBeGreaterThan(0);
      await events.getByText(summaries[0]!).click();
      await events
        .getByText(/^incident-riverside-ap\./)
        .first()
        .waitFor();
      await visited(page, 'auditor-raw-log');
    });

    it("should list the inspector's reads of the incident trail", async () => {
      const { page } = await signIn('auditor', 'la-audit');
      await page.getByRole('link', { name: 'Who read what', exact: true }).click();
      await page.getByRole('heading', { name: 'Who read what', level: 1 }).waitFor();
      await page.getByRole('row').filter({ hasText: INSPECTOR }).filter({ hasText: 'Evidence trail' }).first().waitFor();
      await visited(page, 'auditor-read-log');
    });
  });

  describe("when the pages ran under the server's Content-Security-Policy", () => {
    it('should have had nothing refused', () => {
      expect(browser.consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    });
  });

  describe('when every visited page is scanned with axe-core', () => {
    it('should find no serious or critical violations', () => {
      process.stdout.write(`axe-core scanned ${Object.keys(axe).length} pages: ${Object.keys(axe).join(', ')}\n`);
      expect(Object.entries(axe).filter(([, v]) => v.length > 0)).toEqual([]);
    });
  });
});
