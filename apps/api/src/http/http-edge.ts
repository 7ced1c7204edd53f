import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { LedgerConfig } from '@ledger/config';
import type { LedgerMetrics } from '../metrics/ledger-metrics.js';
import { rateLimit } from './rate-limit.js';
import { requestId } from './request-id.js';

/** Routes named as such in the metrics; every other path counts as "other" (the label set stays bounded). */
const KNOWN_ROUTES = new Set(['/', '/graphql', '/metrics', '/health', '/health/live', '/health/ready', '/auth/link']);

function routeOf(req: Request): string {
  const path = req.originalUrl.split('?')[0] ?? '/';
  if (KNOWN_ROUTES.has(path)) return path;
  const template = (req.route as { path?: unknown } | undefined)?.path;
  return typeof template === 'string' ? `${req.baseUrl}${template}` : 'other';
}

/**
 * The HTTP edge in front of every route, installed before Nest's own routes and Apollo:
 * TRUST_PROXY, a request id on every request, request metrics, and the GraphQL rate limit.
 * Call before the app is initialised (before listen).
 */
export function installHttpEdge(app: INestApplication, config: LedgerConfig, metrics: LedgerMetrics): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', config.trustProxy);
  express.use((req: Request, res: Response, next: NextFunction) => {
    requestId(req, res);
    const started = performance.now();
    res.once('finish', () => {
      const route = routeOf(req);
      metrics.httpRequests.inc({ route, method: req.method, status: String(res.statusCode) });
      metrics.httpDuration.observe({ route }, (performance.now() - started) / 1000);
    });
    next();
  });
  express.use(
    '/graphql',
    rateLimit({
      name: 'graphql',
      perMinute: config.rateLimits.graphqlPerMinute,
      answer: 'graphql',
      onRefused: (name) => metrics.rateLimited.inc({ limit: name }),
    }),
  );
  // Mounted here so that the sign-in link route is limited from the day it exists.
  express.use('/auth/link', signInRateLimit(config, metrics));
  // Child-protection file links are guessed like sign-in links: refused tokens count, on their own limit.
  express.use('/transfer', transferLinkRateLimit(config, metrics));
}

/** The limiter for child-protection file links (`/transfer/...`): only refused links count (`res.locals.refusedAttempt`). */
export function transferLinkRateLimit(config: LedgerConfig, metrics: LedgerMetrics): ReturnType<typeof rateLimit> {
  return rateLimit({
    name: 'transfer_link',
    perMinute: config.rateLimits.signInPerMinute,
    answer: 'json',
    counts: (res) => res.locals['refusedAttempt'] === true,
    onRefused: (name) => metrics.rateLimited.inc({ limit: name }),
  });
}

/** The limiter for sign-in links (`/auth/link`), for the route that serves them to mount. */
export function signInRateLimit(config: LedgerConfig, metrics: LedgerMetrics): ReturnType<typeof rateLimit> {
  return rateLimit({
    name: 'sign_in',
    perMinute: config.rateLimits.signInPerMinute,
    answer: { redirectTo: '/sign-in?problem=too-many-attempts' },
    counts: (res) => res.locals['refusedAttempt'] === true,
    onRefused: (name) => metrics.rateLimited.inc({ limit: name }),
  });
}
