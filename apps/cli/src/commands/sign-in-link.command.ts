import { InvalidArgumentError, type Command } from 'commander';
import { isRole, openSessionDatabase, SessionStore, signInLinkUrl, type Principal } from '@ledger/access';
import { loadConfig, type LedgerConfig } from '@ledger/config';
import { ROLES, systemClock, type Role } from '@ledger/kernel';

function role(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`allowed roles are ${ROLES.join(', ')}`);
  return value;
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "15m", "2h", "1d" as milliseconds; at most 7 days (a link is meant to be used soon). */
export function linkTtl(value: string): number {
  const match = /^(\d+)\s*(s|m|h|d)$/.exec(value.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms > 0 && ms <= 7 * UNIT_MS.d)) throw new InvalidArgumentError('a number and a unit, at most 7 days: 15m, 2h, 1d');
  return ms;
}

function baseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    throw new InvalidArgumentError('an http:// or https:// URL, e.g. http://localhost:3000');
  }
}

/** Mints sign-in links in the read-model database the server reads (one short-lived connection). */
export async function mintSignInLinks(
  config: LedgerConfig,
  requests: ReadonlyArray<{ principal: Principal; ttlMs: number }>,
  base: string,
): Promise<string[]> {
  const database = await openSessionDatabase(config);
  try {
    // The session policy does not matter for minting links.
    const store = new SessionStore(database.db, { idleMs: 1, maxMs: 1 });
    const urls: string[] = [];
    for (const request of requests) {
      const { token } = await store.createLink(request.principal, request.ttlMs, systemClock.now());
      urls.push(signInLinkUrl(base, token));
    }
    return urls;
  } finally {
    await database.close();
  }
}

/** `ledger sign-in-link`: prints a single-use link that signs one person in to the web app (embedded default only). */
export function registerSignInLinkCommand(program: Command): void {
  program
    .command('sign-in-link')
    .description('print a single-use link that signs someone in to the web app (only when no OIDC provider is set up)')
    .requiredOption('--tenant <settings>', 'the setting id (several: comma-separated, for a trust)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, role)
    .requiredOption('--sub <subject>', 'who signs in: the staff id for staff, an inspector or auditor id otherwise')
    .option('--staff-id <id>', 'the staff id recorded as actor, when it differs from --sub')
    .option('--ttl <span>', 'how long the link can be used (it works once)', linkTtl, 15 * 60_000)
    .option('--base-url <url>', 'where the browser reaches the ledger (default http://localhost:PORT)', baseUrl)
    .action(async (options: { tenant: string; role: Role; sub: string; staffId?: string; ttl: number; baseUrl?: string }) => {
      const config = loadConfig();
      if (config.auth.mode !== 'local') {
        process.stderr.write(
          `ledger sign-in-link refused: this ledger signs people in with ${config.auth.issuer} (AUTH_ISSUER is set); they use "Sign in" on the web app instead\n`,
        );
        process.exitCode = 1;
        return;
      }
      const tenants = options.tenant
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      const principal: Principal = { subject: options.sub, actorId: options.staffId ?? options.sub, role: options.role, tenants };
      const [url] = await mintSignInLinks(
        config,
        [{ principal, ttlMs: options.ttl }],
        options.baseUrl ?? `http://localhost:${config.port}`,
      );
      process.stdout.write(`${url}\n`);
    });
}
