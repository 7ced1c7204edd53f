import type { NextFunction, Request, Response } from 'express';

/**
 * The web app's policy: everything from this origin, nothing inline, nothing from other hosts
 * (school networks filter third parties, and nothing about a child may reach one).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * GraphiQL (development only, GET /graphql) is one inline page loading React and GraphiQL from
 * unpkg.com; it gets its own relaxed policy so the strict one holds everywhere else.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://unpkg.com",
  "style-src 'self' 'unsafe-inline' https://unpkg.com",
  "img-src 'self' data: https://unpkg.com",
  "font-src 'self' data: https://unpkg.com",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/** Security headers on every response, whatever answers it (static files, GraphQL, /auth, errors). */
export function securityHeaders(options: { graphiql: boolean }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const graphiql = options.graphiql && req.method === 'GET' && req.path === '/graphql';
    res.setHeader('Content-Security-Policy', graphiql ? GRAPHIQL_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    next();
  };
}
