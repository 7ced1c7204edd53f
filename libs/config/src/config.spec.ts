import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_VARIABLES, ConfigError, configTableMarkdown, loadConfig } from './config.js';

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

  describe('when the operations variables are set', () => {
    it.each([
      [{ BACKUP_EVERY: '90s' }, 'BACKUP_EVERY'],
      [{ BACKUP_EVERY: '0m' }, 'BACKUP_EVERY'],
      [{ BACKUP_KEEP: '0' }, 'BACKUP_KEEP'],
      [{ METRICS: 'yes' }, 'METRICS'],
      [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
      [{ RATE_LIMIT_GRAPHQL: '-1' }, 'RATE_LIMIT_GRAPHQL'],
      [{ TRUST_PROXY: '11' }, 'TRUST_PROXY'],
      [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
      [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
      [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
      [{ SMTP_URL: 'smtp://mail.example.org' }, 'ALERT_FROM'],
      [{ SMTP_URL: 'smtp://mail.example.org', ALERT_FROM: 'not an address' }, 'ALERT_FROM'],
      [{ ALERT_WEBHOOK_URL: 'https://hooks.example.org/x' }, 'ALERT_WEBHOOK_SECRET'],
      [{ ALERT_WEBHOOK_URL: 'https://hooks.example.org/x', ALERT_WEBHOOK_SECRET: 'too-short' }, 'ALERT_WEBHOOK_SECRET'],
      [{ ALERT_WEBHOOK_URL: 'http://hooks.example.org/x', ALERT_WEBHOOK_SECRET: 'x'.repeat(32) }, 'ALERT_WEBHOOK_URL'],
      [{ ALERT_MAX_AGE: '10s' }, 'ALERT_MAX_AGE'],
      [{ ALERT_RETRY_MS: '5' }, 'ALERT_RETRY_MS'],
    ])('should refuse %j naming %s', (env, variable) => {
      expect(errorOf(env).variable).toBe(variable);
    });

    it('should read the alert channels, and leave them off by default', () => {
      expect(loadConfig({ LEDGER_DATA_DIR: dataDir, PORT: '4000' }).alerts).toEqual({
        smtpUrl: undefined,
        from: undefined,
        webhookUrl: undefined,
        webhookSecret: undefined,
        linkUrl: 'http://localhost:4000',
        maxAgeSeconds: 86_400,
        retryMs: 1000,
      });
      const alerts = loadConfig({
        LEDGER_DATA_DIR: dataDir,
        SMTP_URL: 'smtps://user:pw@mail.example.org:465',
        ALERT_FROM: 'ledger@school.example',
        ALERT_WEBHOOK_URL: 'http://localhost:9000/hook',
        ALERT_WEBHOOK_SECRET: 'x'.repeat(32),
        ALERT_LINK_URL: 'https://ledger.school.example/',
        ALERT_MAX_AGE: '6h',
      }).alerts;
      expect(alerts).toMatchObject({ from: 'ledger@school.example', linkUrl: 'https://ledger.school.example', maxAgeSeconds: 21_600 });
    });

    it('should read durations, hop counts and proxy lists', () => {
      const config = loadConfig({ LEDGER_DATA_DIR: dataDir, BACKUP_EVERY: '6h', TRUST_PROXY: '10.0.0.0/8, loopback', LOG_FORMAT: 'json' });
      expect(config.backup.everySeconds).toBe(21_600);
      expect(config.trustProxy).toBe('10.0.0.0/8,loopback');
      expect(loadConfig({ LEDGER_DATA_DIR: dataDir, TRUST_PROXY: '2' }).trustProxy).toBe(2);
      expect(loadConfig({ LEDGER_DATA_DIR: dataDir }).trustProxy).toBe(false);
      expect(loadConfig({ LEDGER_DATA_DIR: dataDir }).rateLimits).toEqual({ graphqlPerMinute: 600, signInPerMinute: 10 });
    });
  });

  it('should have the README show the table generated from CONFIG_VARIABLES (npm run readme:config)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\n${configTableMarkdown()}\n`);
  });

  it('should default each number, word and span to what its entry documents', () => {
    const config = loadConfig({ LEDGER_DATA_DIR: dataDir });
    expect(config).toMatchObject({ port: 3000, store: 'sqlite', logLevel: 'info', shutdownTimeoutMs: 10_000, sessionIdleMinutes: 30 });
    expect(config.backup).toMatchObject({ everySeconds: 86_400, keep: 7 });
    expect(CONFIG_VARIABLES.find((v) => v.name === 'PORT')).toMatchObject({ default: '`3000`', integer: { default: 3000 } });
  });

  describe('when it reads the environment', () => {
    /** Loads the configuration from `env`, returning every variable name it looked at, whether or not it was set. */
    const namesReadFrom = (env: Record<string, string>): Set<string> => {
      const read = new Set<string>();
      const watched = new Proxy(env, {
        get: (target, name) => {
          if (typeof name === 'string') read.add(name);
          return target[name as string];
        },
        has: (target, name) => {
          if (typeof name === 'string') read.add(name);
          return name in target;
        },
      });
      try {
        loadConfig(watched);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
      }
      return read;
    };
    // Each way of running it, so that variables read only on one path are seen too.
    const settings: Record<string, string>[] = [
      {},
      { LEDGER_STORE: 'postgres', DATABASE_URL: 'postgres://ledger@localhost/ledger' },
      { LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' },
      {
        AUTH_ISSUER: 'https://login.example.org',
        AUTH_AUDIENCE: 'ledger',
        AUTH_JWKS_URL: 'https://login.example.org/keys',
        AUTH_CLIENT_ID: 'ledger',
        AUTH_CLIENT_SECRET: 'secret',
        AUTH_REDIRECT_URL: 'https://ledger.example.org/auth/callback',
      },
      { BACKUP_DIR: join(dataDir, 'backups'), BACKUP_EVERY: '6h', BACKUP_KEEP: '3', METRICS: 'on', METRICS_TOKEN: 'x'.repeat(32) },
    ];
    const ways = settings.map((env) => ({ LEDGER_DATA_DIR: dataDir, ...env }));
    const read = new Set(ways.flatMap((env) => [...namesReadFrom(env)]));
    const documented = new Set(CONFIG_VARIABLES.map((v) => v.name));

    it('should document every variable it reads', () => {
      expect([...read].filter((name) => !documented.has(name)).sort()).toEqual([]);
    });

    it('should read every variable it documents', () => {
      expect([...documented].filter((name) => !read.has(name)).sort()).toEqual([]);
    });

    it('should be the only code that reads the environment', () => {
      // Tests and their harness may read their own variables; the product reads through loadConfig only.
      const offenders = sourceFiles(new URL('../../../', import.meta.url))
        .filter((file) => !/\.(spec|int-spec|e2e-spec|browser-spec)\.ts$/.test(file) && !file.includes('/libs/testing/'))
        .filter((file) => !file.endsWith('/libs/config/src/config.ts'))
        .filter((file) => /process\.env(?!\s*[,)])/.test(readFileSync(file, 'utf8')));
      expect(offenders).toEqual([]);
    });
  });
});

/** Every TypeScript file under apps/ and libs/ of the repository at `root`. */
function sourceFiles(root: URL): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'gql') walk(path);
      else if (entry.isFile() && /\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  for (const top of ['apps', 'libs']) walk(join(fileURLToPath(root), top));
  return files;
}
