import type { Command } from 'commander';
import { CommandBus } from '@nestjs/cqrs';
import { loadConfig, type LedgerConfig } from '@ledger/config';
import { openLedger } from '@ledger/ledger';
import { createDomainContext, PERSONAL_DATA } from '../../../api/src/index.js';
import { progressBar } from '../commands/progress.js';
import { mintSignInLinks } from '../commands/sign-in-link.command.js';
import { demoPlan, DEMO_SETTINGS, TRUST_ID } from './demo-plan.js';
import { demoSignIns, formatDemoLinks } from './demo-sign-ins.js';

/** Demo links last a working day: a newcomer explores several roles, each link still works once. */
const DEMO_LINK_TTL_MS = 8 * 3_600_000;

/** Prints one sign-in link per role of each demo setting (embedded default only: with OIDC people sign in there). */
export async function printDemoSignInLinks(config: LedgerConfig, seed: number, baseUrl: string): Promise<void> {
  if (config.auth.mode !== 'local') return;
  const people = demoSignIns(seed);
  const urls = await mintSignInLinks(
    config,
    people.map((person) => ({
      principal: { subject: person.staffId, actorId: person.staffId, role: person.role, tenants: person.tenantIds },
      ttlMs: DEMO_LINK_TTL_MS,
    })),
    baseUrl,
  );
  process.stdout.write(
    formatDemoLinks(
      people.map((person, i) => ({ ...person, url: urls[i]! })),
      '8 hours',
    ),
  );
}

export function parseSeed(value: string): number {
  const seed = Number.parseInt(value, 10);
  if (!Number.isInteger(seed) || seed < 1 || String(seed) !== value.trim())
    throw new Error(`--seed must be a positive integer, not ${value}`);
  return seed;
}

/** Runs the demo plan through a command bus; returns a one-line summary. Stops at the first refusal, naming the step. */
export async function loadDemo(bus: CommandBus, seed: number): Promise<string> {
  const steps = demoPlan(seed);
  const bar = progressBar('demo', steps.length);
  let appended = 0;
  for (const [i, step] of steps.entries()) {
    try {
      const result = await bus.execute(step.message);
      if (!result.replayed) appended += result.events.length;
    } catch (error) {
      bar.stop();
      const command = (step.message as { command: { kind: string; tenantId: string } }).command;
      throw new Error(`step ${i + 1} (${command.kind} in ${command.tenantId} at ${step.at}) was refused: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (i % 50 === 0) bar.update(i + 1);
  }
  bar.update(steps.length);
  bar.stop();
  return `Demo loaded (seed ${seed}): trust ${TRUST_ID} with ${DEMO_SETTINGS.map((s) => `${s.name} (${s.id})`).join(' and ')}; ${steps.length} commands, ${appended} new events.`;
}

/** `ledger demo`: loads the fictional trust through the same command bus the API uses. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load two fictional settings (an AP centre and a secondary school) with three academic years of history')
    .option('--seed <n>', 'seed for the generated history (same seed, same demo)', '1')
    .action(async (options: { seed: string }) => {
      const seed = parseSeed(options.seed);
      const config = loadConfig();
      const runtime = await openLedger(config, { personalData: PERSONAL_DATA });
      const app = await createDomainContext(runtime);
      try {
        process.stdout.write(`${await loadDemo(app.get(CommandBus), seed)}\n`);
        await printDemoSignInLinks(config, seed, `http://localhost:${config.port}`);
      } finally {
        await app.close();
        await runtime.close();
      }
    });
}
