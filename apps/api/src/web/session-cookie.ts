import type { Request, Response } from 'express';

/** The one cookie the web app has: an opaque session id, unreadable from scripts. */
export const SESSION_COOKIE = 'ledger_session';

/** Binds an OpenID Connect sign-in to the browser that started it (its state), for the callback only. */
export const OIDC_STATE_COOKIE = 'ledger_oidc_state';

type Headers = Record<string, string | string[] | undefined>;

function cookieOf(headers: Headers, name: string): string | undefined {
  const header = headers.cookie;
  const raw = Array.isArray(header) ? header.join('; ') : header;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** The session id a request carries, if any. */
export function sessionIdOf(headers: Headers): string | undefined {
  return cookieOf(headers, SESSION_COOKIE);
}

export function oidcStateOf(headers: Headers): string | undefined {
  return cookieOf(headers, OIDC_STATE_COOKIE);
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

/** Lax, so the provider's top-level redirect back brings it; gone after ten minutes or the callback. */
export function setOidcStateCookie(req: Request, res: Response, state: string): void {
  res.append('Set-Cookie', `${OIDC_STATE_COOKIE}=${state}; ${attributes(req).replace('Path=/', 'Path=/auth/callback')}; Max-Age=600`);
}

export function clearOidcStateCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', `${OIDC_STATE_COOKIE}=; ${attributes(req).replace('Path=/', 'Path=/auth/callback')}; Max-Age=0`);
}
