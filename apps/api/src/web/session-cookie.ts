import type { Request, Response } from 'express';

/** The one cookie the web app has: an opaque session id, unreadable from scripts. */
export const SESSION_COOKIE = 'ledger_session';

/** The session id a request carries, if any. */
export function sessionIdOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  const header = headers.cookie;
  const raw = Array.isArray(header) ? header.join('; ') : header;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === SESSION_COOKIE) {
      const value = part.slice(at + 1).trim();
      return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Secure everywhere but plain http on this machine, where a browser would not send a Secure cookie back. */
function secure(req: Request): boolean {
  const local = ['localhost', '127.0.0.1', '[::1]', '::1'].includes(req.hostname);
  return !(local && req.protocol === 'http');
}

function attributes(req: Request): string {
  return `Path=/; HttpOnly; SameSite=Lax${secure(req) ? '; Secure' : ''}`;
}

/** Sets the session cookie; no Max-Age, so it goes when the browser closes, and the server ends it sooner anyway. */
export function setSessionCookie(req: Request, res: Response, id: string): void {
  res.append('Set-Cookie', `${SESSION_COOKIE}=${id}; ${attributes(req)}`);
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', `${SESSION_COOKIE}=; ${attributes(req)}; Max-Age=0`);
}
