import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import type { LedgerConfig } from '@ledger/config';
import { securityHeaders } from './security-headers.js';
import { webApp, webRootOf } from './static-web.js';

/** Security headers on every response (refusals from later middleware included); runs before Nest's routes are registered. */
export function secureResponses(app: INestApplication, config: LedgerConfig): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  app.use(securityHeaders({ graphiql: config.graphqlIntrospection }));
}

/** The web app at /; runs before Nest's routes are registered. */
export function serveWebApp(app: INestApplication, config: LedgerConfig): void {
  app.use(webApp(webRootOf(config.webRoot)));
}
