import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './config.js';

describe(loadConfig.name, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-config-'));

  function errorOf(env: Record<string, string>): ConfigError {
    try {
      loadConfig({ LEDGER_DATA_DIR: dataDir, ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
    throw new Error('expected a ConfigError');
  }

  describe('when nothing is set', () => {
    it('should default to the embedded SQLite store on port 3000', () => {
      const config = loadConfig({});
      expect(config).toMatchObject({
        port: 3000,
        store: 'sqlite',
        logLevel: 'info',
        nodeEnv: 'development',
        sessionIdleMinutes: 30,
        sessionMaxHours: 8,
        webRoot: undefined,
      });
      expect(config.dataDir).toMatch(/data$/);
    });
  });

  describe('when values are valid', () => {
    it('should read each of them', () => {
      const config = loadConfig({
        PORT: '8080',
        LEDGER_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        SHUTDOWN_TIMEOUT_MS: '2500',
      });
      expect(config).toMatchObject({ port: 8080, dataDir, logLevel: 'warn', nodeEnv: 'production', shutdownTimeoutMs: 2500 });
    });

    it('should accept an EventStoreDB cluster connection string with several hosts, and no DATABASE_URL', () => {
      const config = loadConfig({
        LEDGER_DATA_DIR: dataDir,
        LEDGER_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: 'esdb://node1:2113,node2:2113,node3:2113?tls=false&nodePreference=leader',
      });
      expect(config).toMatchObject({ store: 'eventstoredb', databaseUrl: undefined });
      expect(config.eventStoreConnectionString).toBe('esdb://node1:2113,node2:2113,node3:2113?tls=false&nodePreference=leader');
    });

    it('should accept postgres with a DATABASE_URL', () => {
      expect(loadConfig({ LEDGER_DATA_DIR: dataDir, LEDGER_STORE: 'postgres', DATABASE_URL: 'postgres://u:p@db:5432/ledger' }).store).toBe(
        'postgres',
      );
    });
  });

  describe('when a value is wrong', () => {
    it.each([
      [{ PORT: 'abc' }, 'PORT', /integer from 0 to 65535/],
      [{ PORT: '70000' }, 'PORT', /integer from 0 to 65535/],
      [{ LEDGER_STORE: 'mongo' }, 'LEDGER_STORE', /sqlite, postgres, eventstoredb/],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', /fatal, error, warn, info/],
      [{ LEDGER_PROJECTOR: 'maybe' }, 'LEDGER_PROJECTOR', /on, off/],
      [
        {
          AUTH_ISSUER: 'https://idp.example',
          AUTH_AUDIENCE: 'ledger',
          AUTH_JWKS_URL: 'https://idp.example/jwks',
          AUTH_REDIRECT_URL: 'https://ledger.example/callback',
        },
        'AUTH_REDIRECT_URL',
        /\/auth\/callback/,
      ],
      [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES', /integer from 1 to 1440/],
      [{ SESSION_MAX_HOURS: '1000' }, 'SESSION_MAX_HOURS', /integer from 1 to 168/],
      [{ LEDGER_STORE: 'postgres' }, 'DATABASE_URL', /required when LEDGER_STORE=postgres/],
      [{ LEDGER_STORE: 'postgres', DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL', /postgres:\/\//],
      [{ LEDGER_MASTER_KEY: 'c2hvcnQ=' }, 'LEDGER_MASTER_KEY', /exactly 32 bytes/],
      [{ LEDGER_STORE: 'eventstoredb', DATABASE_URL: 'postgres://x/y' }, 'EVENTSTORE_CONNECTION_STRING', /required/],
      [{ LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'http://node1:2113' }, 'EVENTSTORE_CONNECTION_STRING', /esdb:\/\//],
      [{ LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://' }, 'EVENTSTORE_CONNECTION_STRING', /host:port/],
      [
        { LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://node1:2113?tls=false&throwOnAppendFailure=false' },
        'EVENTSTORE_CONNECTION_STRING',
        /throwOnAppendFailure/,
      ],
      [
        { LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://node1:2113?tlsVerifyCert=false' },
        'EVENTSTORE_CONNECTION_STRING',
        /tlsCAFile/,
      ],
    ])('should refuse %j naming %s and what is allowed', (env, variable, allowed) => {
      const error = errorOf(env as Record<string, string>);
      expect(error.variable).toBe(variable);
      expect(error.message).toContain(variable);
      expect(error.message).toMatch(allowed);
      expect(error.message).not.toContain('\n');
    });

    it('should refuse a data directory that is a file', () => {
      const file = join(dataDir, 'not-a-directory');
      writeFileSync(file, 'x');
      const error = errorOf({ LEDGER_DATA_DIR: file });
      expect(error.variable).toBe('LEDGER_DATA_DIR');
      expect(error.message).toMatch(/readable, writable directory/);
    });
  });

  it('should have every variable in the README table', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const variable of CONFIG_VARIABLES) expect(readme).toContain(`| \`${variable.name}\` |`);
  });

  it('should document every variable it reads', () => {
    const documented = CONFIG_VARIABLES.map((v) => v.name).sort();
    expect(documented).toEqual([
      'AUTH_AUDIENCE',
      'AUTH_CLIENT_ID',
      'AUTH_CLIENT_SECRET',
      'AUTH_ISSUER',
      'AUTH_JWKS_URL',
      'AUTH_REDIRECT_URL',
      'DATABASE_URL',
      'EVENTSTORE_CONNECTION_STRING',
      'GRAPHQL_INTROSPECTION',
      'HOST',
      'LEDGER_CHECKPOINT_EVERY',
      'LEDGER_CHECKPOINT_SECONDS',
      'LEDGER_DATA_DIR',
      'LEDGER_MASTER_KEY',
      'LEDGER_PROJECTOR',
      'LEDGER_STORE',
      'LOG_LEVEL',
      'NODE_ENV',
      'PORT',
      'READ_YOUR_WRITES_MS',
      'SESSION_IDLE_MINUTES',
      'SESSION_MAX_HOURS',
      'SHUTDOWN_TIMEOUT_MS',
      'WEB_ROOT',
    ]);
  });
});
