import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { demoSignIns } from '../../apps/cli/src/demo/demo-sign-ins.js';
import { Chromium, Ledger, screenshot, seriousViolations } from './browser-harness.js';

// The web app in real headless Chromium against the real built server over the demo data.
// People are driven by role and label, as they would use it; every page visited is scanned
// with axe-core and saved as a screenshot under test-results/browser/.
const SEED = 1;
const TENANT = 'riverside-ap';
const people = demoSignIns(SEED).filter((s) => s.tenantIds[0] === TENANT);
const staffIdOf = (role: string) => people.find((p) => p.role === role)!.staffId;

describe('The web app in a browser', () => {
  let ledger: Ledger;
  let browser: Chromium;
  const axe: Record<string, string[]> = {};

  /** Scan and photograph the page as it is now. */
  const visited = async (page: Page, name: string) => {
    await screenshot(page, name);
    axe[name] = await seriousViolations(page);
  };

  const signIn = async (role: string, width = 1280) => {
    const person = await browser.person(width);
    await person.page.goto(await ledger.link(TENANT, role, staffIdOf(role)));
    return person;
  };

  beforeAll(async () => {
    ledger = await Ledger.start(SEED, { SESSION_IDLE_MINUTES: '1' });
    browser = await Chromium.launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  let incidentId: string;

  describe('when a member of staff reports a concern on a phone, by keyboard only', () => {
    it('should record it and show its reference', async () => {
      const { page, console } = await signIn('staff', 375);
      await page.getByRole('link', { name: 'Report a concern', exact: true }).click();
      await page.getByRole('heading', { name: 'Report a concern' }).waitFor();
      await visited(page, 'report-concern-375');

      // Keyboard only: Tab to the first question, answer each, Tab on, Enter to send.
      for (let i = 0; i < 30 && (await page.evaluate('document.activeElement?.id')) !== 'narrative'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.id')).toBe('narrative');
      await page.keyboard.type('At break a pupil showed me messages calling them names in a class group chat.');
      await page.keyboard.press('Tab');
      await page.keyboard.type('They keep sending them every night');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Cyber');
      await page.keyboard.press('Tab');
      await page.keyboard.type(`${TENANT}-pupil-4`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: 'Concern reported' }).waitFor();
      await visited(page, 'concern-reported-375');
      incidentId = (await page.getByRole('definition').textContent())!.trim();
      expect(incidentId).toMatch(/\S{8,}/);
      expect(console.join('\n')).not.toMatch(/group chat|every night/);
    });

    it('should show what is missing beside the field and in a summary at the top', async () => {
      const { page } = await signIn('staff', 320);
      await page.goto(`${ledger.base}/report`);
      await page.getByRole('button', { name: 'Send to the DSL' }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      await expect(summary.getByRole('link', { name: /Category/ }).count()).resolves.toBe(1);
      await expect(page.getByLabel('Category').getAttribute('aria-invalid')).resolves.toBe('true');
      await visited(page, 'report-concern-errors-320');
    });
  });

  describe('when a member of staff acknowledges KCSIE Part 1 on a phone', () => {
    it('should take it off their list and show it in their signatures', async () => {
      const { page } = await signIn('staff', 375);
      await page.getByRole('link', { name: 'Your documents and training', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Your documents and training', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Your training' }).waitFor();
      await visited(page, 'my-compliance-375');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

      const readKcsie = page.getByLabel(/^I have read and understood Keeping Children Safe in Education, Part 1/);
      const label = await page.getByText(/^I have read and understood Keeping Children Safe in Education, Part 1, version /).textContent();
      const version = label!.replace(/^.*, version /, '').trim();
      // Sending without ticking the box is refused before anything is recorded.
      const before = await ledger.headPosition();
      const kcsie = page.getByRole('region', { name: /^Keeping Children Safe in Education, Part 1/ });
      await kcsie.getByRole('button', { name: 'Acknowledge' }).click();
      await page.getByRole('alert').waitFor();
      expect(await ledger.headPosition()).toBe(before);

      // Keyboard only: Space ticks the box, Tab to the button, Enter sends.
      await readKcsie.focus();
      await page.keyboard.press('Space');
      await expect(readKcsie.isChecked()).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Recorded' }).waitFor();
      await expect(page.getByLabel(/^I have read and understood Keeping Children Safe in Education, Part 1/).count()).resolves.toBe(0);
      // Newest first: the signature just recorded heads the list.
      const signatures = page.getByRole('region', { name: 'Your signatures' });
      await signatures
        .getByRole('term')
        .first()
        .filter({ hasText: 'Keeping Children Safe in Education, Part 1' })
        .waitFor({ timeout: 5000 });
      await expect(signatures.getByRole('definition').first().textContent()).resolves.toMatch(
        new RegExp(`^Version ${version.replace(/\./g, '\\.')}, acknowledged on \\d{4}-\\d{2}-\\d{2}$`),
      );
      expect(BigInt(await ledger.headPosition())).toBeGreaterThan(BigInt(before));
      await visited(page, 'my-compliance-acknowledged-375');
    });

    it('should fit a 320 px screen', async () => {
      const { page } = await signIn('staff', 320);
      await page.goto(`${ledger.base}/my-compliance`);
      await page.getByRole('heading', { name: 'Your signatures' }).waitFor();
      await visited(page, 'my-compliance-320');
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    });
  });

  describe('when the DSL works the concern through to closure', () => {
    it('should see it on the home page, triage, escalate to the police, record the outcome and close it, each step in the chronology with both times', async () => {
      const { page } = await signIn('dsl');
      const started = performance.now();
      await page.getByRole('heading', { name: 'Needs attention' }).waitFor();
      await page.getByRole('term').filter({ hasText: 'Concerns not yet triaged' }).waitFor();
      // The statutory clocks (statutoryClocks) still running, late and due, each with its rule and deadline.
      await page.getByRole('term').filter({ hasText: 'Statutory clocks late' }).waitFor();
      await page.getByRole('term').filter({ hasText: 'Statutory clocks due' }).waitFor();
      expect(await page.getByRole('link', { name: 'Download the inspection day-one pack' }).getAttribute('href')).toMatch(
        /^\/reports\/day-one\.zip\?tenantId=/,
      );
      const homeMs = performance.now() - started;
      process.stdout.write(`home page shown over the demo data in ${Math.round(homeMs)} ms\n`);
      await visited(page, 'dsl-home');

      await page.getByRole('link', { name: incidentId }).first().click();
      await page.getByRole('heading', { name: /Incident: Cyberbullying/ }).waitFor();
      await visited(page, 'incident-new');

      await page.getByLabel('Decision').selectOption({ label: 'Refer to an agency' });
      await page.getByLabel('Why').fill('Repeated nightly messages; the pupil is distressed. Spoke to the form tutor.');
      await page.getByRole('button', { name: 'Record triage' }).click();
      await page.getByRole('heading', { name: 'Escalate to an agency' }).waitFor();

      await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Police' });
      await page.getByLabel('Agency’s reference').fill('CR-2026-0412');
      await page.getByRole('button', { name: 'Record escalation' }).click();
      await page.getByRole('heading', { name: 'Record the agency’s outcome' }).waitFor();

      await page.getByLabel('What the agency decided').fill('Police spoke to the sender’s family; no further police action.');
      await page.getByRole('button', { name: 'Record outcome' }).click();
      await page.getByRole('heading', { name: 'Agency’s outcome recorded' }).waitFor();

      await page.getByLabel('Outcome of the incident').fill('Messages stopped; pupil supported by the pastoral team.');
      await page.getByRole('button', { name: 'Close incident' }).click();
      await page.getByRole('heading', { name: 'Reopen the incident' }).waitFor();
      await visited(page, 'incident-closed');

      const chronology = page.getByRole('list', { name: 'Chronology' }).getByRole('listitem');
      const steps = await chronology.allTextContents();
      expect(steps.map((s) => s.split(/By:/)[0]!.trim())).toEqual([
        expect.stringMatching(/^Concern reported: Cyberbullying/),
        expect.stringMatching(/^Triaged: Refer to an agency/),
        expect.stringMatching(/^Escalated to Police.*CR-2026-0412/),
        expect.stringMatching(/^Agency’s outcome recorded/),
        expect.stringMatching(/^Closed/),
      ]);
      for (const step of steps) expect(step).toMatch(/Happened: .+Recorded: .+/);

      // The pupil's page: every incident and search involving that reference, in one chronology.
      await page.getByRole('link', { name: `${TENANT}-pupil-4` }).click();
      await page.getByRole('heading', { name: 'Pupil' }).waitFor();
      await page.getByRole('link', { name: new RegExp(incidentId) }).waitFor();
      // The trails load after the list of cases: wait for the closure of this incident among the demo's others.
      await page
        .getByRole('list', { name: 'Chronology' })
        .getByRole('listitem')
        .filter({ hasText: 'Incident closed — Incident: Cyberbullying' })
        .first()
        .waitFor();
      await visited(page, 'pupil');
    }, 120_000);

    it('should list incidents with filters and pages', async () => {
      const { page } = await signIn('dsl');
      await page.getByRole('link', { name: 'Incidents', exact: true }).click();
      await page.getByRole('heading', { name: 'Incidents' }).waitFor();
      await page.getByRole('table').waitFor();
      await visited(page, 'incidents');
      await page.getByLabel('Status').selectOption({ label: 'Closed' });
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/status=closed/);
      await page.getByRole('table').waitFor();
      expect(await page.getByRole('row').count()).toBeGreaterThan(1);
    });
  });

  describe('when a search names the searcher as the witness', () => {
    it('should refuse it with the sentence for SEARCH.WITNESS_IS_SEARCHER and record nothing', async () => {
      const { page } = await signIn('staff');
      await page.getByRole('link', { name: 'Record a search', exact: true }).click();
      await page.getByRole('heading', { name: 'Record a search' }).waitFor();
      await visited(page, 'search-new');
      const me = staffIdOf('staff');
      await page.getByLabel('Pupil reference').fill(`${TENANT}-pupil-7`);
      await page.getByLabel('Staff id of the person who searched').fill(me);
      await page.getByLabel('Staff id of the witness').fill(me);
      await page.getByLabel('Where the search took place').fill('Pastoral office');
      await page.getByLabel('Grounds for the search').fill('Seen passing a vape to another pupil');
      await page.getByLabel('What was being searched for').fill('vape');
      await page.getByLabel('What was found').fill('Nothing found');
      const before = await ledger.headPosition();
      await page.getByRole('button', { name: 'Record the search' }).click();
      await page.getByRole('alert').getByText('The witness must be a different member of staff from the person who searched.').waitFor();
      await visited(page, 'search-refused');
      expect(await ledger.headPosition()).toBe(before);
      await expect(page.getByLabel('Grounds for the search').inputValue()).resolves.toBe('Seen passing a vape to another pupil');
    });
  });

  describe('when a sign-in link is opened', () => {
    it('should sign the person in once, and not a second time', async () => {
      const link = await ledger.link(TENANT, 'deputy_dsl', staffIdOf('deputy_dsl'));
      const first = await browser.person();
      await first.page.goto(link);
      await first.page.getByRole('heading', { name: 'Needs attention' }).waitFor();
      const second = await browser.person();
      await second.page.goto(link);
      await second.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await second.page.getByText('That sign-in link has already been used.').waitFor();
      await visited(second.page, 'sign-in-link-used');
    });
  });

  describe('when a governor signs in', () => {
    it('should show no incident pages and no links to them', async () => {
      const { page } = await signIn('safeguarding_governor');
      await page.getByRole('heading', { name: 'Home' }).waitFor();
      await visited(page, 'governor-home');
      expect(await page.getByRole('link', { name: /Incident/i }).count()).toBe(0);
      await page.goto(`${ledger.base}/incidents`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.goto(`${ledger.base}/incidents/${incidentId}`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    });
  });

  describe('when a session is left idle past its limit', () => {
    it('should say the session ended and keep what was typed', async () => {
      const { page } = await signIn('staff');
      await page.getByRole('link', { name: 'Report a concern', exact: true }).click();
      await page.getByLabel('What happened').fill('Typed before a long interruption');
      await page.getByLabel('Category').selectOption({ label: 'Something else' });
      await page.waitForTimeout(62_000);
      await page.getByRole('button', { name: 'Send to the DSL' }).click();
      await page.getByRole('alert').getByText('Your session has ended — sign in again.').waitFor();
      await expect(page.getByLabel('What happened').inputValue()).resolves.toBe('Typed before a long interruption');
      await page.getByRole('link', { name: 'Sign in again in a new tab' }).waitFor();
      await visited(page, 'session-ended');
    }, 120_000);
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
