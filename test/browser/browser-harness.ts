import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const run = promisify(execFile);
const CLI = resolve('dist/apps/cli/src/main.js');
export const SCREENSHOTS = resolve('test-results/browser');

/** Debian's chromium, never a downloaded browser; without the background-networking flags the closed network floods it. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The built server as a real process over the demo data, in a fresh data directory. */
export class Ledger {
  private constructor(
    readonly base: string,
    private readonly server: ChildProcess,
    private readonly dataDir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async start(seed: number, extraEnv: Record<string, string>): Promise<Ledger> {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
    if (!existsSync(resolve('dist/web/index.html'))) throw new Error('dist/web is missing: run npm run build (npm test does)');
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-browser-'));
    const env = { ...process.env, LEDGER_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...extraEnv };
    await run(process.execPath, [CLI, 'demo', '--seed', String(seed)], { env: { ...env, LOG_LEVEL: 'silent' } });
    const server = spawn(process.execPath, [CLI, 'serve'], { env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let logs = '';
    server.stdout!.on('data', (chunk) => (logs += chunk));
    server.stderr!.on('data', (chunk) => (logs += chunk));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const match = /"url":"(http:\/\/localhost:\d+)\/graphql"/.exec(logs);
      if (match) return new Ledger(match[1]!, server, dataDir, env);
      await new Promise((r) => setTimeout(r, 50));
    }
    server.kill('SIGTERM');
    throw new Error(`the ledger did not start: ${logs}`);
  }

  /** A sign-in link minted with `ledger sign-in-link`, as an administrator would. */
  async link(tenant: string, role: string, staffId: string): Promise<string> {
    const printed = await run(
      process.execPath,
      [
        CLI,
        'sign-in-link',
        '--tenant',
        tenant,
        '--role',
        role,
        '--sub',
        `browser-${staffId}`,
        '--staff-id',
        staffId,
        '--base-url',
        this.base,
      ],
      { env: { ...this.env, LOG_LEVEL: 'silent' } },
    );
    return printed.stdout.trim().split('\n').at(-1)!;
  }

  /** Runs `ledger ARGS…` over this ledger's data, as an administrator on the server would; its standard output. */
  async cli(args: readonly string[]): Promise<string> {
    return (await run(process.execPath, [CLI, ...args], { env: { ...this.env, LOG_LEVEL: 'silent' } })).stdout;
  }

  /** The ledger's head position (public): unchanged means nothing was recorded. */
  async headPosition(): Promise<string> {
    const response = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ledger { headPosition } }' }),
    });
    return ((await response.json()) as { data: { ledger: { headPosition: string } } }).data.ledger.headPosition;
  }

  async stop(): Promise<void> {
    this.server.kill('SIGTERM');
    await new Promise((r) => this.server.once('exit', r));
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Headless Chromium with a fresh profile; each person gets a fresh context (cookies of their own). */
export class Chromium {
  /** Every console message of every page, to check for CSP refusals and personal data. */
  readonly consoleMessages: string[] = [];

  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<Chromium> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Playwright gives each launch a fresh temporary --user-data-dir of its own (and refuses one passed in args).
    return new Chromium(await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS }));
  }

  /** A new person at a screen `width` pixels wide; console messages are collected to check nothing personal is logged. */
  async person(width = 1280): Promise<{ context: BrowserContext; page: Page; console: string[] }> {
    const context = await this.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const console: string[] = [];
    page.on('console', (message) => {
      console.push(message.text());
      this.consoleMessages.push(message.text());
    });
    return { context, page, console };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Serious or critical axe-core violations on the page as it is now (rule id and how many nodes). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
