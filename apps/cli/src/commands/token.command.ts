import { InvalidArgumentError, type Command } from 'commander';
import { isRole, loadLocalSigningKey, mintLocalToken } from '@ledger/access';
import { loadConfig } from '@ledger/config';
import { ROLES, type Role } from '@ledger/kernel';

function role(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`allowed roles are ${ROLES.join(', ')}`);
  return value;
}

function ttl(value: string): string {
  if (!/^\d+\s*(s|m|h|d)$/.test(value)) throw new InvalidArgumentError('a number and a unit: 30m, 8h, 2d');
  return value.replace(/\s+/g, '');
}

/** `ledger token`: mints a bearer token with the local key (embedded default only). */
export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('print a bearer token signed by the local key (only when the API is not set up for an OIDC provider)')
    .requiredOption('--tenant <settings>', 'the setting id the token is for (several: comma-separated, for a trust)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, role)
    .requiredOption('--sub <subject>', 'who the token is for: the staff id for staff, an inspector or auditor id otherwise')
    .option('--staff-id <id>', 'the staff id recorded as actor, when it differs from --sub')
    .option('--ttl <span>', 'how long the token lasts', ttl, '8h')
    .action(async (options: { tenant: string; role: Role; sub: string; staffId?: string; ttl: string }) => {
      const config = loadConfig();
      if (config.auth.mode !== 'local') {
        process.stderr.write(
          `ledger token refused: this ledger accepts only tokens from ${config.auth.issuer} (AUTH_ISSUER is set); sign in there instead\n`,
        );
        process.exitCode = 1;
        return;
      }
      const key = (await loadLocalSigningKey(config.dataDir, { create: true }))!;
      const tenants = options.tenant
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      process.stdout.write(
        (await mintLocalToken(key, { subject: options.sub, role: options.role, tenants, staffId: options.staffId, ttl: options.ttl })) +
          '\n',
      );
    });
}
