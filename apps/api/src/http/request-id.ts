import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What an incoming x-request-id may look like to be kept (a proxy's id); anything else is replaced. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The request's id: the load balancer's x-request-id when it looks like an id, else a new
 * UUID. It goes back in the x-request-id response header and into every log line of the
 * request (pino-http's req.id).
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const existing = (req as IncomingMessage & { id?: unknown }).id;
  if (typeof existing === 'string') return existing;
  const offered = req.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && ACCEPTABLE.test(offered) ? offered : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
