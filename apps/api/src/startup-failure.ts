import { ConfigError } from '@ledger/config';

/** One line on stderr naming what is wrong, then a non-zero exit (78 for configuration). */
export function reportFailure(error: unknown, what = 'Ledger failed to start'): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(`${what}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
