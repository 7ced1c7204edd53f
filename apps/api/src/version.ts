import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function findVersion(): string {
  // The compiled file sits one level deeper (dist/) than the source; try both.
  for (const candidate of ['../../../package.json', '../../../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'safeguarding-ledger' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/** The package version, shown by the API and the CLI. */
export const APP_VERSION = findVersion();
