import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino, { type DestinationStream, type Logger } from 'pino';
import PinoPretty from 'pino-pretty';
import type { LedgerConfig } from '@ledger/config';
import { requestId } from '../http/request-id.js';
import { REDACTED_LOG_PATHS, withoutAuthSecrets, withoutLinkTokens } from '../web/log-redaction.js';

type Request = IncomingMessage & { id?: string; originalUrl?: string };

/** The path as the client sent it (Express rewrites req.url inside mounted middleware such as Apollo's), link tokens redacted. */
const requestPath = (req: IncomingMessage) => withoutLinkTokens(pathOf((req as Request).originalUrl ?? req.url));

/** The URL as logged: its path only, except that an /auth query shows as `?[redacted]` (a secret was there, never what). */
function loggedUrl(req: IncomingMessage): string {
  const url = (req as Request).originalUrl ?? req.url ?? '/';
  const redacted = withoutAuthSecrets({ url }).url ?? url;
  return redacted === url ? pathOf(url) : redacted;
}

/** Short readable lines for a person at a terminal; JSON for everything else (log collectors, pipes, files). */
export function readableLogs(config: Pick<LedgerConfig, 'logFormat'>, stdoutIsTerminal = process.stdout.isTTY === true): boolean {
  return config.logFormat === 'pretty' || (config.logFormat === 'auto' && stdoutIsTerminal);
}

/** The path of a URL without its query string: a GraphQL GET carries the query, and a query may carry a name. */
export function pathOf(url: string | undefined): string {
  return (url ?? '/').split('?')[0]!;
}

function destination(config: Pick<LedgerConfig, 'logFormat'>): DestinationStream | undefined {
  if (!readableLogs(config)) return undefined;
  return PinoPretty({
    sync: true,
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,context,req,res,responseTime,err.stack',
    messageFormat: '{if context}{context}: {end}{msg}{if req.id} [{req.id}]{end}',
    singleLine: true,
  });
}

/** Nest's own start-up chatter (one line per module and route): useful when debugging, noise otherwise. */
const NEST_BOOT_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** Logs Nest's start-up lines at debug rather than info; everything else as it comes. */
function demoteBootLines(this: Logger, args: Parameters<Logger['info']>, method: (...args: unknown[]) => void, level: number): void {
  const first = args[0] as { context?: unknown } | undefined;
  if (level === 30 && typeof first === 'object' && first !== null && NEST_BOOT_CONTEXTS.has(String(first.context))) {
    if (this.isLevelEnabled('debug')) this.debug(...(args as [object, string]));
    return;
  }
  method.apply(this, args);
}

/**
 * pino-http for Nest: every line logged while answering a request carries the request's id
 * (req.id, also sent as x-request-id). Requests are logged by method, path, status and time
 * only — no headers, no query string, no body — so no personal data reaches the logs. The
 * web edge's redaction applies as well, should a header or an /auth query ever be logged.
 */
export function loggerParams(config: LedgerConfig): Params {
  const options = {
    level: config.logLevel,
    redact: REDACTED_LOG_PATHS,
    hooks: { logMethod: demoteBootLines },
    genReqId: (req: IncomingMessage, res: ServerResponse) => requestId(req, res),
    serializers: {
      req: (req: Request) => ({ id: req.id, method: req.method, url: loggedUrl(req) }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error !== undefined || res.statusCode >= 500 ? ('error' as const) : res.statusCode >= 400 ? ('warn' as const) : ('info' as const),
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, milliseconds: number) =>
      `${req.method} ${requestPath(req)} ${res.statusCode} in ${Math.round(milliseconds)} ms`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${requestPath(req)} ${res.statusCode}`,
    autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
  };
  const stream = destination(config);
  return { pinoHttp: stream ? [options, stream] : options };
}

/** A plain pino logger writing where the app's logs go (for code outside a request, such as the GraphQL error formatter). */
export function plainLogger(config: LedgerConfig): Logger {
  const stream = destination(config);
  return stream ? pino({ level: config.logLevel }, stream) : pino({ level: config.logLevel });
}
