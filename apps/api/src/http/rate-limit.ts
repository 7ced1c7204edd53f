import type { NextFunction, Request, Response } from 'express';

export interface RateLimitOptions {
  /** Names the limit in the metrics (graphql, sign_in). */
  readonly name: string;
  /** Requests allowed per client address per minute; 0 turns the limit off. */
  readonly perMinute: number;
  /**
   * How the refusal reads: a GraphQL error document, plain JSON, or (for a person's browser) a
   * redirect to the web app's sign-in page, which says in a sentence what happened.
   */
  readonly answer: 'graphql' | 'json' | { readonly redirectTo: string };
  /**
   * Which requests count towards the limit, decided once the answer is sent. By default every
   * request counts; the sign-in limit counts only refused links (`res.locals.refusedAttempt`), so a
   * whole school signing in from behind one address on a Monday morning is never held up, while
   * guessing links is.
   */
  readonly counts?: (res: Response) => boolean;
  readonly onRefused?: (name: string) => void;
  readonly now?: () => number;
}

const WINDOW_MS = 60_000;

/** The stable code a client sees when it went over a limit (HTTP 429, also as a GraphQL error). */
export const RATE_LIMITED = 'RATE_LIMITED';

/**
 * A fixed one-minute window per client address (req.ip, which honours TRUST_PROXY), in this
 * process's memory: each replica limits on its own. Used on /graphql and on sign-in links
 * (where only refused links count).
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
    const counted = options.counts;
    if (counted === undefined) {
      const count = (counts.get(client) ?? 0) + 1;
      counts.set(client, count);
      if (count <= options.perMinute) return next();
    } else if ((counts.get(client) ?? 0) < options.perMinute) {
      const window = counts;
      res.once('finish', () => {
        if (window === counts && counted(res)) counts.set(client, (counts.get(client) ?? 0) + 1);
      });
      return next();
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - at) / 1000));
    options.onRefused?.(options.name);
    const message = `Too many requests from this address: at most ${options.perMinute} a minute. Try again in ${retryAfterSeconds} seconds`;
    if (typeof options.answer === 'object') {
      res.set('retry-after', String(retryAfterSeconds)).redirect(303, options.answer.redirectTo);
      return;
    }
    res.status(429).set('retry-after', String(retryAfterSeconds));
    if (options.answer === 'graphql') res.json({ errors: [{ message, extensions: { code: RATE_LIMITED, retryAfterSeconds } }] });
    else res.json({ code: RATE_LIMITED, message, retryAfterSeconds });
  };
}
