import type { NextFunction, Request, Response } from 'express';

export interface RateLimitOptions {
  /** Names the limit in the metrics (graphql, sign_in). */
  readonly name: string;
  /** Requests allowed per client address per minute; 0 turns the limit off. */
  readonly perMinute: number;
  /** How the refusal reads: a GraphQL error document, or plain JSON for other routes. */
  readonly answer: 'graphql' | 'json';
  readonly onRefused?: (name: string) => void;
  readonly now?: () => number;
}

const WINDOW_MS = 60_000;

/** The stable code a client sees when it went over a limit (HTTP 429, also as a GraphQL error). */
export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * A fixed one-minute window per client address (req.ip, which honours TRUST_PROXY), in this
 * process's memory: each replica limits on its own. Used on /graphql and on sign-in links.
 */
export function rateLimit(options: RateLimitOptions): (req: Request, res: Response, next: NextFunction) => void {
  const now = options.now ?? Date.now;
  let windowStart = now();
  let counts = new Map<string, number>();
  return (req, res, next) => {
    if (options.perMinute === 0) return next();
    const at = now();
    if (at - windowStart >= WINDOW_MS) {
      // A new window forgets every address: memory stays bounded by one minute's clients.
      windowStart = at - ((at - windowStart) % WINDOW_MS);
      counts = new Map();
    }
    const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    if (count <= options.perMinute) return next();
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - at) / 1000));
    options.onRefused?.(options.name);
    const message = `Too many requests from this address: at most ${options.perMinute} a minute. Try again in ${retryAfterSeconds} seconds`;
    res.status(429).set('retry-after', String(retryAfterSeconds));
    if (options.answer === 'graphql') res.json({ errors: [{ message, extensions: { code: RATE_LIMITED, retryAfterSeconds } }] });
    else res.json({ code: RATE_LIMITED, message, retryAfterSeconds });
  };
}
