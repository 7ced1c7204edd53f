/** The request as pino-http's standard serializer gives it. */
interface SerializedRequest {
  url?: string;
  query?: unknown;
  [field: string]: unknown;
}

/**
 * /auth URLs carry secrets in their query (a sign-in link's token, an authorization code and
 * state), so their query string is never logged; other requests are logged as they are.
 */
export function withoutAuthSecrets(req: SerializedRequest): SerializedRequest {
  if (typeof req.url !== 'string' || !req.url.startsWith('/auth')) return req;
  const at = req.url.indexOf('?');
  return { ...req, url: at === -1 ? req.url : `${req.url.slice(0, at)}?[redacted]`, query: undefined };
}

/** Never logged: credentials in request headers and the session cookie the server sets. */
export const REDACTED_LOG_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
