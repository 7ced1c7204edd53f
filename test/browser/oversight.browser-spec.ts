import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';
import { Chromium, Ledger, screenshot, seriousViolations } from './browser-harness.js';

// Oversight in real headless Chromium over the demo data, one server for the suite: the chair
// of governors approves and ratifies a policy version seeing its SHA-256; SLT moves "as known
// at" back before a completion was recorded and sees the setting as the ledger knew it then;
// a trust administrator sees the trust's settings side by side and follows one in.
const SEED = 1;
const TENANT = 'riverside-ap';
const signIns = demoSignIns(SEED);
const person = (role: string) => signIns.find((s) => s.tenantIds[0] === TENANT && s.role === role)!;
const trustAdmin = signIns.find((s) => s.role === 'trust_admin')!;
const asHead = { tenant: TENANT, role: 'head', sub: person('head').staffId };

/** A moment as a datetime-local input takes it, in this machine's zone (the browser's too), to the second. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

describe('Oversight pages in a browser', () => {
  let ledger: Ledger;
  let browser: Chromium;
  const axe: Record<string, string[]> = {};
  /** Before the chair's test drafts its policy: the Policies page known at this moment has no such document. */
  let beforeDraft: string;

  const visited = async (page: Page, name: string) => {
    await screenshot(page, name);
    axe[name] = await seriousViolations(page);
  };

  const signIn = async (tenants: string, role: string, staffId: string) => {
    const someone = await browser.person();
    await someone.page.goto(await ledger.link(tenants, role, staffId));
    return someone;
  };

  beforeAll(async () => {
    ledger = await Ledger.start(SEED, {});
    browser = await Chromium.launch();
    beforeDraft = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  describe('when the chair of governors approves and ratifies a version', () => {
    it("should show the version's SHA-256 before each confirmation and record both", async () => {
      const text = `Online safety policy, browser edition ${Date.now()}`;
      const hash = createHash('sha256').update(text, 'utf8').digest('hex');
      const drafted = await ledger.graphql<{ draftDocument: { id: string } }>(
        asHead,
        `mutation ($input: DraftDocumentInput!) { draftDocument(input: $input) { id } }`,
        { input: { tenantId: TENANT, title: 'Oversight test policy', documentKind: 'e_safety', statutory: false, acknowledgedBy: [] } },
      );
      const documentId = drafted.draftDocument.id;
      await ledger.graphql(asHead, `mutation ($input: PublishVersionInput!) { publishVersion(input: $input) { id } }`, {
        input: { tenantId: TENANT, documentId, version: '2026.1', contentHash: hash },
      });

      const { page } = await signIn(TENANT, 'chair_of_governors', person('chair_of_governors').staffId);
      await page.getByRole('link', { name: 'Policies', exact: true }).click();
      await page.getByRole('heading', { name: 'Policies', level: 1 }).waitFor();

      const approve = page.getByRole('region', { name: 'Approve a version' });
      await approve.getByLabel('Version', { exact: true }).selectOption({ label: 'Oversight test policy, version 2026.1' });
      await expect(approve.getByTestId('approve-hash').textContent()).resolves.toBe(hash);
      await approve.getByLabel('Committee').fill('Full governing body');
      await approve.getByRole('button', { name: 'Approve this version' }).click();
      await approve.getByRole('status').getByText('Recorded.').waitFor();

      const ratify = page.getByRole('region', { name: 'Ratify a version' });
      await ratify.getByLabel('Version', { exact: true }).selectOption({ label: 'Oversight test policy, version 2026.1' });
      await expect(ratify.getByTestId('ratify-hash').textContent()).resolves.toBe(hash);
      await visited(page, 'oversight-chair-ratify');
      await ratify.getByRole('button', { name: 'Ratify this version' }).click();
      await ratify.getByRole('status').getByText('Recorded.').waitFor();

      const row = page.getByRole('row', { name: /Oversight test policy/ });
      await row.getByText(/^Ratified \d{4}-\d{2}-\d{2}$/).waitFor();
      await expect(row.getByText(`SHA-256 ${hash}`).count()).resolves.toBe(1);
      const register = await ledger.graphql<{
        policyRegister: Array<{ documentId: string; versions: Array<{ ratifiedOn: string | null }> }>;
      }>(asHead, `query ($t: ID!) { policyRegister(tenantId: $t) { documentId versions { ratifiedOn } } }`, { t: TENANT });
      expect(register.policyRegister.find((d) => d.documentId === documentId)!.versions[0]!.ratifiedOn).not.toBeNull();
    }, 60_000);
  });

  describe('when SLT moves "as known at" back before a completion was recorded', () => {
    it('should show the banner and the setting as the ledger knew it then, with the dates in the URL', async () => {
      type Rows = { trainingStatus: { edges: Array<{ node: { staffId: string; courseId: string; status: string } }> } };
      const rows = await ledger.graphql<Rows>(
        asHead,
        `query ($t: ID!) { trainingStatus(tenantId: $t, first: 200) { edges { node { staffId courseId status } } } }`,
        { t: TENANT },
      );
      const lapsed = rows.trainingStatus.edges.map((e) => e.node).find((n) => n.status === 'overdue' || n.status === 'never_done')!;
      const before = new Date(Date.now() - 2_000);
      await new Promise((r) => setTimeout(r, 2_500));
      await ledger.graphql(asHead, `mutation ($input: RecordCompletionInput!) { recordCompletion(input: $input) { id } }`, {
        input: {
          tenantId: TENANT,
          staffId: lapsed.staffId,
          courseId: lapsed.courseId,
          completedOn: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
          provider: 'LA safeguarding team',
        },
      });

      const { page } = await signIn(TENANT, 'slt', person('slt').staffId);
      const upToDate = async () => {
        const cell = page
          .getByRole('table', { name: /Whole setting/ })
          .getByRole('row', { name: /^Up to date/ })
          .getByRole('cell')
          .first();
        return Number(await cell.textContent());
      };
      await page.getByRole('link', { name: 'Training status', exact: true }).click();
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      const now = await upToDate();
      await expect(page.getByRole('region', { name: 'You are looking at the past' }).count()).resolves.toBe(0);

      await page.getByText('See this page as it was').click();
      await page.getByLabel('As known at').fill(localInput(before));
      await page.getByRole('button', { name: 'Show the page as it was' }).click();
      await page.getByRole('region', { name: 'You are looking at the past' }).waitFor();
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      expect(new URL(page.url()).searchParams.get('knownAt')).toBe(new Date(Math.floor(before.getTime() / 1000) * 1000).toISOString());
      await expect(upToDate()).resolves.toBe(now - 1);
      await visited(page, 'oversight-slt-known-at');

      await page.getByRole('link', { name: 'Back to today' }).click();
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      await expect(page.getByRole('region', { name: 'You are looking at the past' }).count()).resolves.toBe(0);
      await expect(upToDate()).resolves.toBe(now);

      // The same on the CPD matrix and Policies: the past under a banner, and nothing to act on there.
      await page.goto(`${ledger.base}/cpd?knownAt=${encodeURIComponent(beforeDraft)}`);
      await page.getByRole('region', { name: 'You are looking at the past' }).waitFor();
      await page.getByText(/staff have not yet acknowledged/).waitFor();
      await page.goto(`${ledger.base}/policies?knownAt=${encodeURIComponent(beforeDraft)}`);
      await page.getByRole('region', { name: 'You are looking at the past' }).waitFor();
      await page.getByRole('table', { name: 'Policy register' }).waitFor();
      await expect(page.getByRole('row', { name: /Oversight test policy/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Publish a version' }).count()).resolves.toBe(0);
      await visited(page, 'oversight-slt-policies-known-at');
      await page.getByRole('link', { name: 'Back to today' }).click();
      await page.getByRole('row', { name: /Oversight test policy/ }).waitFor();
      await page.getByRole('heading', { name: 'Publish a version' }).waitFor();
    }, 90_000);
  });

  describe('when a trust administrator opens the trust’s settings', () => {
    it('should show each setting side by side, counts only, each linking into the setting', async () => {
      const { page, console } = await signIn(trustAdmin.tenantIds.join(','), 'trust_admin', trustAdmin.staffId);
      await page.getByRole('link', { name: 'The trust’s settings' }).click();
      const table = page.getByRole('table', { name: /Settings side by side/ });
      await table.waitFor();
      const settings = trustAdmin.tenantIds.filter((t) => t !== 'northfield-learning-trust');
      for (const setting of settings) await table.getByRole('row', { name: new RegExp(`^${setting}`) }).waitFor();
      await expect(table.getByRole('row').count()).resolves.toBe(settings.length + 1);
      await visited(page, 'oversight-trust-settings');

      await table.getByRole('link', { name: new RegExp(`reviews overdue at ${TENANT}$`) }).click();
      await page.getByRole('heading', { name: 'Policies', level: 1 }).waitFor();
      await page.getByText(TENANT, { exact: true }).first().waitFor();
      await page.getByRole('table', { name: 'Policy register' }).waitFor();
      await page.goBack();
      await table.getByRole('link', { name: new RegExp(`up to date at ${TENANT}$`) }).click();
      await page.getByRole('table', { name: /Whole setting/ }).waitFor();
      expect(new URL(page.url()).searchParams.get('setting')).toBe(TENANT);
      for (const line of console) expect(line).not.toMatch(/riverside-ap-staff-\d+/);
    }, 60_000);
  });

  it('should have no serious or critical axe-core violations on any page visited', () => {
    expect(Object.keys(axe).length).toBeGreaterThanOrEqual(3);
    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));
  });
});
