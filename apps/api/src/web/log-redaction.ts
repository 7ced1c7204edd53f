/** The request as pino-http's standard serializer gives it. */
interface SerializedRequest {
  url?: string;
  query?: unknown;
  [field: string]: unknown;
}

/** A child-protection file link's token is in its path (`/transfer/<token>[/receipt]`): logged as `/transfer/[redacted]`. */
export function withoutLinkTokens(path: string): string {
  return path.replace(/^\/transfer\/(?!links(?:[/?]|$))[^/?]+/, '/transfer/[redacted]');
}

/**
 * /auth URLs carry secrets in their query (a sign-in link's token, an authorization code and
 * state), so their query string is never logged, nor a child-protection file link's token in its
 * path; other requests are logged as they are.
 */
export function withoutAuthSecrets(req: SerializedRequest): SerializedRequest {
  if (typeof req.url === 'string' && req.url.startsWith('/transfer/')) {
    const url = withoutLinkTokens(req.url);
    return url === req.url ? req : { ...req, url, query: undefined };
  }
  if (typeof req.url !== 'string' || !req.url.startsWith('/auth')) return req;
  const at = req.url.indexOf('?');
  return { ...req, url: at === -1 ? req.url : `${req.url.slice(0, at)}?[redacted]`, query: undefined };
}

/** Never logged: credentials in request headers and the session cookie the server sets. */
export const REDACTED_LOG_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
