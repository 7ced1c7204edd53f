import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the ledger keeps its events. */
export const STORE_KINDS = ['sqlite', 'postgres', 'eventstoredb'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;

export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const ON_OFF = ['on', 'off'] as const;

/** Whether this process runs the projector and the notary (under leader election when the store is shared). */
export const PROJECTOR_MODES = ['on', 'off'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];
export type NodeEnv = (typeof NODE_ENVS)[number];

/** The whole configuration of one ledger process, validated. */
export interface LedgerConfig {
  readonly port: number;
  readonly host: string;
  readonly store: StoreKind;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly eventStoreConnectionString: string | undefined;
  readonly logLevel: LogLevel;
  readonly nodeEnv: NodeEnv;
  readonly shutdownTimeoutMs: number;
  /** base64 of 32 bytes; when absent the embedded default keeps a key file in the data directory. */
  readonly masterKey: string | undefined;
  /** Sign a Merkle checkpoint after this many events... */
  readonly checkpointEvery: number;
  /** ...or after this many seconds with new events. */
  readonly checkpointSeconds: number;
  /** on: this process projects (one leader among processes sharing PostgreSQL); off: it never does (API replicas). */
  readonly projector: ProjectorMode;
  /** OIDC sign-in (all three set), else tokens signed by the local key in the data directory. */
  readonly auth:
    | { readonly mode: 'local' }
    | {
        readonly mode: 'oidc';
        readonly issuer: string;
        readonly audience: string;
        readonly jwksUrl: string;
        /** The web app's client at the provider (the browser sign-in); defaults to the audience. */
        readonly clientId: string;
        /** Absent: a public client, protected by PKCE alone. */
        readonly clientSecret: string | undefined;
        /** Absent: /auth/callback on the address the browser used. */
        readonly redirectUrl: string | undefined;
      };
  /** GraphQL introspection and the GraphiQL IDE. */
  readonly graphqlIntrospection: boolean;
  /** How long a mutation waits for the views to show its events before answering. */
  readonly readYourWritesMs: number;
  /** Readable lines (pretty) for a person at a terminal, JSON for machines; auto picks by whether stdout is a TTY. */
  readonly logFormat: LogFormat;
  /** Scheduled backups from `serve`: where, how often (seconds), how many to keep. Off when dir is undefined. */
  readonly backup: { readonly dir: string | undefined; readonly everySeconds: number; readonly keep: number };
  /** Prometheus metrics at /metrics, and the bearer token it requires (if any). */
  readonly metrics: { readonly enabled: boolean; readonly token: string | undefined };
  /** Requests per minute per client; 0 turns a limit off. */
  readonly rateLimits: { readonly graphqlPerMinute: number; readonly signInPerMinute: number };
  /** Express' `trust proxy`: false, a hop count, or a list of trusted proxy addresses/subnets. */
  readonly trustProxy: boolean | number | string;
  /** The built web app (index.html and assets/); undefined: dist/web under the package root. */
  readonly webRoot: string | undefined;
  /** Browser sessions end after this long unused... */
  readonly sessionIdleMinutes: number;
  /** ...and this long after sign-in, whatever happens. */
  readonly sessionMaxHours: number;
  /** Alerts: the channels that are configured (either may be off) and how they are sent. */
  readonly alerts: AlertConfig;
}

/** How alerts leave the ledger: email over SMTP and a signed webhook, each off when not configured. */
export interface AlertConfig {
  /** smtp:// or smtps:// URL of the mail relay; undefined: no email. */
  readonly smtpUrl: string | undefined;
  /** The From address of alert emails (required with smtpUrl). */
  readonly from: string | undefined;
  /** Where the signed webhook is POSTed; undefined: no webhook. */
  readonly webhookUrl: string | undefined;
  /** The HMAC-SHA256 key of the webhook signature (required with webhookUrl). */
  readonly webhookSecret: string | undefined;
  /** The web app's address as staff reach it: the link in every alert. */
  readonly linkUrl: string;
  /** A concern recorded longer ago than this raises no alert (a first start on an old ledger does not send its history). */
  readonly maxAgeSeconds: number;
  /** The first retry waits this long; each next one twice as long (5 attempts). */
  readonly retryMs: number;
}

/** One documented variable, in Markdown: the README table is generated from this list. */
export interface VariableDoc {
  readonly name: string;
  readonly default: string;
  readonly allowed: string;
  readonly meaning: string;
  /** For a number, its default and bounds: written here once, read by loadConfig and shown in the table. */
  readonly integer?: { readonly default: number; readonly min: number; readonly max: number };
  /** For one of a list of words, the words and the default. */
  readonly choice?: { readonly values: readonly string[]; readonly default: string };
  /** For a span such as 6h, its default and shortest allowed value. */
  readonly duration?: { readonly default: string; readonly min: string };
}

/** A number variable: the table's default and allowed columns come from its bounds. */
function integerVariable(name: string, range: { default: number; min: number; max: number; note?: string }, meaning: string): VariableDoc {
  const note = range.note === undefined ? '' : ` (${range.note})`;
  return { name, default: `\`${range.default}\``, allowed: `an integer from ${range.min} to ${range.max}${note}`, meaning, integer: range };
}

/** A variable that is one of a list of words. */
function choiceVariable(
  name: string,
  values: readonly string[],
  fallback: string,
  meaning: string,
  defaultText = `\`${fallback}\``,
): VariableDoc {
  const allowed = values.map((value) => `\`${value}\``).join(', ');
  return { name, default: defaultText, allowed, meaning, choice: { values, default: fallback } };
}

/** A span variable such as `6h`. */
function durationVariable(name: string, span: { default: string; min: string }, meaning: string): VariableDoc {
  const allowed = `a number and a unit: \`30m\`, \`6h\`, \`1d\` (at least ${span.min})`;
  return { name, default: `\`${span.default}\``, allowed, meaning, duration: span };
}

/** The README's configuration table, generated from CONFIG_VARIABLES (`npm run readme:config` writes it). */
export function configTableMarkdown(): string {
  const rows = CONFIG_VARIABLES.map((v) => `| \`${v.name}\` | ${v.default} | ${v.allowed} | ${v.meaning} |`);
  return ['| variable | default | allowed | what it does |', '|---|---|---|---|', ...rows].join('\n');
}

export const CONFIG_VARIABLES: readonly VariableDoc[] = [
  integerVariable(
    'PORT',
    { default: 3000, min: 0, max: 65535, note: '0 picks a free port' },
    'HTTP port of the API (GraphQL at `/graphql`, health at `/health`)',
  ),
  {
    name: 'HOST',
    default: '`0.0.0.0`',
    allowed: 'a host name or IP address',
    meaning: 'interface the API listens on',
  },
  choiceVariable(
    'LEDGER_STORE',
    STORE_KINDS,
    'sqlite',
    'event store: the embedded SQLite file, PostgreSQL, or an EventStoreDB/KurrentDB cluster',
  ),
  {
    name: 'LEDGER_DATA_DIR',
    default: '`./data`',
    allowed: 'a readable, writable directory (created if missing)',
    meaning: 'where the SQLite ledger and the local keys live',
  },
  {
    name: 'DATABASE_URL',
    default: '(none)',
    allowed: 'a `postgres://` URL',
    meaning:
      'PostgreSQL database; required when `LEDGER_STORE` is `postgres`; with `eventstoredb` it holds the read models and subject keys (without it the SQLite file in `LEDGER_DATA_DIR` does, for a single process)',
  },
  {
    name: 'EVENTSTORE_CONNECTION_STRING',
    default: '(none)',
    allowed:
      'an `esdb://`, `esdb+discover://`, `kurrentdb://` or `kurrent://` connection string, without `throwOnAppendFailure=false` or `tlsVerifyCert=false`',
    meaning: 'EventStoreDB/KurrentDB cluster; required when `LEDGER_STORE` is `eventstoredb`',
  },
  {
    name: 'LEDGER_MASTER_KEY',
    default: 'a key file `master.key` in `LEDGER_DATA_DIR`, created on first run (mode 0600)',
    allowed: 'base64 of exactly 32 random bytes (`openssl rand -base64 32`)',
    meaning: "wraps every data subject's key; without it no personal field can be read again, so back it up",
  },
  integerVariable(
    'LEDGER_CHECKPOINT_EVERY',
    { default: 1000, min: 1, max: 1_000_000 },
    'sign a Merkle checkpoint (Ed25519) after this many new events',
  ),
  integerVariable(
    'LEDGER_CHECKPOINT_SECONDS',
    { default: 3600, min: 1, max: 86_400 },
    '… or after this many seconds, if anything new was recorded',
  ),
  choiceVariable(
    'LEDGER_PROJECTOR',
    PROJECTOR_MODES,
    'on',
    '`on`: this process runs the projections and the notary — with `postgres` or `eventstoredb` read models only the elected leader among such processes does (a PostgreSQL advisory lock); `off`: it never does (API replicas beside a `ledger project` service)',
  ),
  {
    name: 'AUTH_ISSUER',
    default: '(none: local tokens)',
    allowed: 'the issuer URL of an OpenID Connect provider (Microsoft Entra ID, Google Workspace)',
    meaning:
      "with `AUTH_AUDIENCE` and `AUTH_JWKS_URL`, accept only that provider's tokens; unset, the API accepts tokens minted by `ledger token`",
  },
  {
    name: 'AUTH_AUDIENCE',
    default: '(none)',
    allowed: 'the audience (client id) tokens must name',
    meaning: 'required with `AUTH_ISSUER`',
  },
  {
    name: 'AUTH_CLIENT_ID',
    default: '`AUTH_AUDIENCE`',
    allowed: "the web app's client id at the provider",
    meaning: 'the client the web app signs people in as (authorization code flow with PKCE)',
  },
  {
    name: 'AUTH_CLIENT_SECRET',
    default: '(none: a public client, PKCE only)',
    allowed: "the client's secret",
    meaning: 'sent to the token endpoint (`client_secret_basic`) when the provider registered the web app as a confidential client',
  },
  {
    name: 'AUTH_REDIRECT_URL',
    default: '`/auth/callback` on the address the browser used',
    allowed: 'an `https://` URL ending in `/auth/callback` (`http://` only for localhost)',
    meaning: 'the redirect URI registered at the provider for the web app',
  },
  {
    name: 'AUTH_JWKS_URL',
    default: '(none)',
    allowed: 'an `https://` URL (`http://` only for localhost)',
    meaning: 'where the provider publishes its signing keys; required with `AUTH_ISSUER`',
  },
  choiceVariable(
    'GRAPHQL_INTROSPECTION',
    ON_OFF,
    'on',
    'GraphQL introspection and the GraphiQL IDE at `/graphql`',
    '`on`, `off` when `NODE_ENV=production`',
  ),
  integerVariable(
    'READ_YOUR_WRITES_MS',
    { default: 5000, min: 0, max: 60_000 },
    'how long a mutation waits for the compliance views to show its change before answering (the answer says if they lag)',
  ),
  {
    name: 'WEB_ROOT',
    default: '`dist/web` in the package',
    allowed: 'a directory holding the built web app (`index.html`, `assets/`)',
    meaning: 'the web app served at `/` (`npm run build` writes it)',
  },
  integerVariable(
    'SESSION_IDLE_MINUTES',
    { default: 30, min: 1, max: 1440 },
    'a browser session ends after this many minutes without a request',
  ),
  integerVariable(
    'SESSION_MAX_HOURS',
    { default: 8, min: 1, max: 168 },
    'a browser session ends this many hours after sign-in, however busy',
  ),
  choiceVariable('LOG_LEVEL', LOG_LEVELS, 'info', 'minimum level of the structured (JSON, pino) logs'),
  choiceVariable(
    'NODE_ENV',
    NODE_ENVS,
    'development',
    '`production` turns off GraphQL introspection and the GraphiQL IDE unless `GRAPHQL_INTROSPECTION=on`',
  ),
  integerVariable(
    'SHUTDOWN_TIMEOUT_MS',
    { default: 10_000, min: 100, max: 600_000 },
    'on SIGTERM/SIGINT, how long in-flight requests may take before the process exits anyway (with code 1)',
  ),
  choiceVariable(
    'LOG_FORMAT',
    LOG_FORMATS,
    'auto',
    '`auto`: short readable lines and a banner when stdout is a terminal, JSON lines otherwise',
  ),
  {
    name: 'BACKUP_DIR',
    default: '(none: no scheduled backups)',
    allowed: 'a writable directory (created if missing)',
    meaning: '`serve` writes a backup (as `ledger backup` does) into a new folder here every `BACKUP_EVERY` (SQLite store only)',
  },
  durationVariable('BACKUP_EVERY', { default: '24h', min: '1m' }, 'how often scheduled backups run'),
  integerVariable('BACKUP_KEEP', { default: 7, min: 1, max: 1000 }, 'how many scheduled backups to keep; older ones are deleted'),
  {
    name: 'SMTP_URL',
    default: '(none: no alert emails)',
    allowed: 'an `smtp://` or `smtps://` URL, with `user:password@` when the relay needs them',
    meaning: 'the mail relay alert emails go through',
  },
  {
    name: 'ALERT_FROM',
    default: '(none; required with `SMTP_URL`)',
    allowed: 'an email address',
    meaning: 'the From address of alert emails',
  },
  {
    name: 'ALERT_WEBHOOK_URL',
    default: '(none: no webhook)',
    allowed: 'an `https://` URL (`http://` only for localhost)',
    meaning: 'every alert is also POSTed here as signed JSON (Teams, Slack or a ticketing system, through a relay)',
  },
  {
    name: 'ALERT_WEBHOOK_SECRET',
    default: '(none; required with `ALERT_WEBHOOK_URL`)',
    allowed: 'any string of 32 or more characters',
    meaning: 'the key of the webhook HMAC-SHA256 signature (see Alerts)',
  },
  {
    name: 'ALERT_LINK_URL',
    default: '`http://localhost:PORT`',
    allowed: 'an `https://` or `http://` URL',
    meaning: 'the address staff open the web app at: the link in every alert',
  },
  durationVariable(
    'ALERT_MAX_AGE',
    { default: '1d', min: '1m' },
    'a concern recorded longer ago than this raises no alert, so a first start on an old ledger does not send its history',
  ),
  integerVariable(
    'ALERT_RETRY_MS',
    { default: 1000, min: 10, max: 600_000 },
    'the wait before the first retry of a failed alert; each next retry waits twice as long (5 attempts in all)',
  ),
  choiceVariable('METRICS', ON_OFF, 'on', 'Prometheus metrics at `/metrics` on the API port'),
  {
    name: 'METRICS_TOKEN',
    default: '(none: `/metrics` is open)',
    allowed: 'any string of 16 or more characters',
    meaning: 'when set, `/metrics` answers only `Authorization: Bearer <token>`',
  },
  integerVariable(
    'RATE_LIMIT_GRAPHQL',
    { default: 600, min: 0, max: 1_000_000, note: '0: no limit' },
    'GraphQL requests per minute per client address; over it, HTTP 429 with the GraphQL error code `RATE_LIMITED`',
  ),
  integerVariable(
    'RATE_LIMIT_SIGN_IN',
    { default: 10, min: 0, max: 1_000_000, note: '0: no limit' },
    'sign-in links (`/auth/link`) that did not work, per minute per client address; the same number, counted separately, for child-protection file links (`/transfer/…`)',
  ),
  {
    name: 'TRUST_PROXY',
    default: '`off`',
    allowed: '`off`, `on`, a number of proxy hops (1–10), or comma-separated proxy addresses or subnets',
    meaning: 'behind a load balancer: which proxies may set `X-Forwarded-For`, so rate limits and logs see the real client address',
  },
];

/** A configuration value is wrong; the message names the variable and what is allowed, on one line. */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function present(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The documented entry of a variable: its default and bounds live there and nowhere else. */
function documented(name: string): VariableDoc {
  const doc = CONFIG_VARIABLES.find((v) => v.name === name);
  if (doc === undefined) throw new Error(`${name} is read but not in CONFIG_VARIABLES`);
  return doc;
}

function integer(env: Env, name: string): number {
  const range = documented(name).integer;
  if (range === undefined) throw new Error(`${name} is not documented as an integer`);
  const { min, max } = range;
  const raw = present(env, name);
  if (raw === undefined) return range.default;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `${name}=${JSON.stringify(raw)} is invalid: allowed is an integer from ${min} to ${max}`);
  }
  return Number(raw);
}

/** One of the words the variable's entry lists; `fallback` only where the default depends on another variable. */
function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback?: T): T {
  const choice = documented(name).choice;
  if (choice === undefined || choice.values.join() !== allowed.join()) throw new Error(`${name} is not documented with these choices`);
  const raw = present(env, name);
  if (raw === undefined) return fallback ?? (choice.default as T);
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `${name}=${JSON.stringify(raw)} is invalid: allowed values are ${allowed.join(', ')}`);
  }
  return raw as T;
}

function url(env: Env, name: string, schemes: readonly string[]): string | undefined {
  const raw = present(env, name);
  if (raw === undefined) return undefined;
  let scheme: string;
  try {
    scheme = new URL(raw).protocol.replace(/:$/, '');
  } catch {
    throw new ConfigError(name, `${name} is not a valid URL: allowed is a ${schemes.map((s) => `${s}://`).join(' or ')} URL`);
  }
  if (!schemes.includes(scheme)) {
    throw new ConfigError(name, `${name} has scheme "${scheme}": allowed is a ${schemes.map((s) => `${s}://`).join(' or ')} URL`);
  }
  return raw;
}

/**
 * An EventStoreDB/KurrentDB connection string. Not a WHATWG URL: a cluster lists several
 * hosts (`esdb://node1:2113,node2:2113,node3:2113?tls=false`), which `new URL` refuses.
 */
function connectionString(env: Env, name: string, schemes: readonly string[]): string | undefined {
  const raw = present(env, name);
  if (raw === undefined) return undefined;
  const match = /^([a-z+]+):\/\/([^\s/?#]+)(\/?(\?[^\s#]*)?)$/.exec(raw);
  const allowed = `allowed is a ${schemes.map((s) => `${s}://`).join(' or ')} connection string with one or more host:port`;
  if (!match) throw new ConfigError(name, `${name} is not a valid connection string: ${allowed}`);
  if (!schemes.includes(match[1]!)) throw new ConfigError(name, `${name} has scheme "${match[1]}": ${allowed}`);
  for (const [key, value] of new URLSearchParams(match[4]?.slice(1) ?? '')) {
    const setting = key.toLowerCase();
    // The ledger relies on the client throwing on a wrong expected revision.
    if (setting === 'throwonappendfailure' && value.toLowerCase() === 'false') {
      throw new ConfigError(
        name,
        `${name} sets throwOnAppendFailure=false: allowed is leaving it out (the ledger needs a refused append to fail)`,
      );
    }
    // @eventstore/db-client 6.2.1 ignores it: the certificate is verified anyway.
    if (setting === 'tlsverifycert' && value.toLowerCase() === 'false') {
      throw new ConfigError(
        name,
        `${name} sets tlsVerifyCert=false, which the client ignores: allowed is tlsCAFile=/path/to/ca.crt naming the CA of the cluster's certificates (or tls=false for an insecure cluster)`,
      );
    }
  }
  return raw;
}

/**
 * Makes sure the data directory exists and is a readable, writable directory (only readable,
 * and not created, for a command that only reads). Root passes permission checks, so a
 * regular file in its place is the usual failure.
 */
function usableDirectory(name: string, path: string, readOnly: boolean): string {
  const absolute = resolve(path);
  try {
    if (!readOnly) mkdirSync(absolute, { recursive: true, mode: 0o700 });
    if (!statSync(absolute).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    accessSync(absolute, constants.R_OK | constants.X_OK | (readOnly ? 0 : constants.W_OK));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(
      name,
      `${name}=${JSON.stringify(path)} is unusable (${reason}): allowed is a readable${readOnly ? '' : ', writable'} directory`,
    );
  }
  return absolute;
}

export interface LoadConfigOptions {
  /** For commands that only read (verify, export): the data directory need only be readable. */
  readonly readOnly?: boolean;
}

/** Reads and validates the configuration; throws ConfigError naming the first wrong variable. */
export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): LedgerConfig {
  const port = integer(env, 'PORT');
  const host = present(env, 'HOST') ?? '0.0.0.0';
  const store = oneOf(env, 'LEDGER_STORE', STORE_KINDS);
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS);
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS);
  const shutdownTimeoutMs = integer(env, 'SHUTDOWN_TIMEOUT_MS');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres', 'postgresql']);
  const eventStoreConnectionString = connectionString(env, 'EVENTSTORE_CONNECTION_STRING', [
    'esdb',
    'esdb+discover',
    'kurrentdb',
    'kurrentdb+discover',
    'kurrent',
    'kurrent+discover',
  ]);
  if (store === 'postgres' && databaseUrl === undefined) {
    throw new ConfigError('DATABASE_URL', `DATABASE_URL is required when LEDGER_STORE=${store}: allowed is a postgres:// URL`);
  }
  if (store === 'eventstoredb' && eventStoreConnectionString === undefined) {
    throw new ConfigError(
      'EVENTSTORE_CONNECTION_STRING',
      'EVENTSTORE_CONNECTION_STRING is required when LEDGER_STORE=eventstoredb: allowed is an esdb:// or kurrentdb:// connection string',
    );
  }
  const checkpointEvery = integer(env, 'LEDGER_CHECKPOINT_EVERY');
  const checkpointSeconds = integer(env, 'LEDGER_CHECKPOINT_SECONDS');
  const projector = oneOf(env, 'LEDGER_PROJECTOR', PROJECTOR_MODES);
  const masterKey = present(env, 'LEDGER_MASTER_KEY');
  if (masterKey !== undefined && (!/^[A-Za-z0-9+/]+={0,2}$/.test(masterKey) || Buffer.from(masterKey, 'base64').length !== 32)) {
    throw new ConfigError(
      'LEDGER_MASTER_KEY',
      'LEDGER_MASTER_KEY is invalid: allowed is the base64 encoding of exactly 32 bytes (openssl rand -base64 32)',
    );
  }
  const auth = authConfig(env);
  const introspection = oneOf(env, 'GRAPHQL_INTROSPECTION', ON_OFF, nodeEnv === 'production' ? 'off' : 'on');
  const readYourWritesMs = integer(env, 'READ_YOUR_WRITES_MS');
  const logFormat = oneOf(env, 'LOG_FORMAT', LOG_FORMATS);
  const backupDirRaw = present(env, 'BACKUP_DIR');
  const backup = {
    dir: backupDirRaw === undefined ? undefined : usableDirectory('BACKUP_DIR', backupDirRaw, options.readOnly ?? false),
    everySeconds: duration(env, 'BACKUP_EVERY'),
    keep: integer(env, 'BACKUP_KEEP'),
  };
  const metricsToken = present(env, 'METRICS_TOKEN');
  if (metricsToken !== undefined && metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN', 'METRICS_TOKEN is too short: allowed is any string of 16 or more characters');
  }
  const metrics = { enabled: oneOf(env, 'METRICS', ON_OFF) === 'on', token: metricsToken };
  const rateLimits = {
    graphqlPerMinute: integer(env, 'RATE_LIMIT_GRAPHQL'),
    signInPerMinute: integer(env, 'RATE_LIMIT_SIGN_IN'),
  };
  const trustProxy = trustProxySetting(env);
  const dataDir = usableDirectory('LEDGER_DATA_DIR', present(env, 'LEDGER_DATA_DIR') ?? './data', options.readOnly ?? false);
  const webRootRaw = present(env, 'WEB_ROOT');
  const sessionIdleMinutes = integer(env, 'SESSION_IDLE_MINUTES');
  const sessionMaxHours = integer(env, 'SESSION_MAX_HOURS');
  const alerts = alertConfig(env, port);
  return {
    alerts,
    port,
    host,
    store,
    dataDir,
    databaseUrl,
    eventStoreConnectionString,
    logLevel,
    nodeEnv,
    shutdownTimeoutMs,
    masterKey,
    checkpointEvery,
    checkpointSeconds,
    projector,
    auth,
    graphqlIntrospection: introspection === 'on',
    readYourWritesMs,
    logFormat,
    backup,
    metrics,
    rateLimits,
    trustProxy,
    webRoot: webRootRaw === undefined ? undefined : resolve(webRootRaw),
    sessionIdleMinutes,
    sessionMaxHours,
  };
}

function alertConfig(env: Env, port: number): AlertConfig {
  const smtpUrl = url(env, 'SMTP_URL', ['smtp', 'smtps']);
  const from = present(env, 'ALERT_FROM');
  if (smtpUrl !== undefined && from === undefined)
    throw new ConfigError('ALERT_FROM', 'ALERT_FROM is required when SMTP_URL is set: allowed is an email address');
  if (from !== undefined && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(from))
    throw new ConfigError('ALERT_FROM', `ALERT_FROM=${JSON.stringify(from)} is invalid: allowed is an email address`);
  const webhookUrl = url(env, 'ALERT_WEBHOOK_URL', ['https', 'http']);
  if (webhookUrl !== undefined && new URL(webhookUrl).protocol === 'http:' && !isLocalhost(new URL(webhookUrl).hostname))
    throw new ConfigError('ALERT_WEBHOOK_URL', 'ALERT_WEBHOOK_URL is plain http: allowed is an https:// URL (http:// only for localhost)');
  const webhookSecret = present(env, 'ALERT_WEBHOOK_SECRET');
  if (webhookUrl !== undefined && (webhookSecret === undefined || webhookSecret.length < 32))
    throw new ConfigError(
      'ALERT_WEBHOOK_SECRET',
      'ALERT_WEBHOOK_SECRET is required with ALERT_WEBHOOK_URL: allowed is any string of 32 or more characters',
    );
  return {
    smtpUrl,
    from,
    webhookUrl,
    webhookSecret,
    linkUrl: (url(env, 'ALERT_LINK_URL', ['https', 'http']) ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    maxAgeSeconds: duration(env, 'ALERT_MAX_AGE'),
    retryMs: integer(env, 'ALERT_RETRY_MS'),
  };
}

function isLocalhost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** A span such as 30m, 6h or 1d, in seconds (NaN when it is not one). */
function secondsOf(span: string): number {
  const match = /^(\d+)(m|h|d)$/.exec(span);
  return match ? Number(match[1]) * { m: 60, h: 3600, d: 86_400 }[match[2] as 'm' | 'h' | 'd'] : NaN;
}

/** A span variable such as BACKUP_EVERY=6h, in seconds. */
function duration(env: Env, name: string): number {
  const span = documented(name).duration;
  if (span === undefined) throw new Error(`${name} is not documented as a duration`);
  const raw = present(env, name) ?? span.default;
  const seconds = secondsOf(raw);
  if (!(seconds >= secondsOf(span.min) && seconds <= 366 * 86_400)) {
    throw new ConfigError(name, `${name}=${JSON.stringify(raw)} is invalid: allowed is a number and a unit (m, h, d), e.g. 30m, 6h, 1d`);
  }
  return seconds;
}

function trustProxySetting(env: Env): LedgerConfig['trustProxy'] {
  const raw = present(env, 'TRUST_PROXY');
  if (raw === undefined || raw === 'off') return false;
  if (raw === 'on') return true;
  if (/^\d+$/.test(raw)) {
    if (Number(raw) < 1 || Number(raw) > 10)
      throw new ConfigError('TRUST_PROXY', `TRUST_PROXY=${raw} is invalid: a hop count is from 1 to 10`);
    return Number(raw);
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const address = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;
  if (entries.some((entry) => !address.test(entry))) {
    throw new ConfigError(
      'TRUST_PROXY',
      `TRUST_PROXY=${JSON.stringify(raw)} is invalid: allowed is off, on, a hop count, or comma-separated addresses or subnets`,
    );
  }
  return entries.join(',');
}

function authConfig(env: Env): LedgerConfig['auth'] {
  const names = ['AUTH_ISSUER', 'AUTH_AUDIENCE', 'AUTH_JWKS_URL'] as const;
  const [issuer, audience, jwksRaw] = names.map((name) => present(env, name));
  if (issuer === undefined && audience === undefined && jwksRaw === undefined) return { mode: 'local' };
  const missing = names.filter((name) => present(env, name) === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      missing[0]!,
      `${missing.join(' and ')} must be set too: OIDC sign-in needs AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL`,
    );
  }
  const jwksUrl = url(env, 'AUTH_JWKS_URL', ['https', 'http'])!;
  const host = new URL(jwksUrl).hostname;
  if (jwksUrl.startsWith('http:') && host !== 'localhost' && host !== '127.0.0.1') {
    throw new ConfigError('AUTH_JWKS_URL', 'AUTH_JWKS_URL must be https:// (http:// is allowed only for localhost)');
  }
  const redirectUrl = url(env, 'AUTH_REDIRECT_URL', ['https', 'http']);
  if (redirectUrl !== undefined) {
    const parsed = new URL(redirectUrl);
    if (parsed.pathname !== '/auth/callback') throw new ConfigError('AUTH_REDIRECT_URL', 'AUTH_REDIRECT_URL must end in /auth/callback');
    if (parsed.protocol === 'http:' && !['localhost', '127.0.0.1'].includes(parsed.hostname)) {
      throw new ConfigError('AUTH_REDIRECT_URL', 'AUTH_REDIRECT_URL must be https:// (http:// is allowed only for localhost)');
    }
  }
  return {
    mode: 'oidc',
    issuer: issuer!,
    audience: audience!,
    jwksUrl,
    clientId: present(env, 'AUTH_CLIENT_ID') ?? audience!,
    clientSecret: present(env, 'AUTH_CLIENT_SECRET'),
    redirectUrl,
  };
}
