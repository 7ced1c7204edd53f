import type { INestApplication } from '@nestjs/common';
import type { Express } from 'express';
import type { LedgerConfig } from '@ledger/config';
import { securityHeaders } from './security-headers.js';
import { webApp, webRootOf } from './static-web.js';

/** Security headers on every response and the web app at /; runs before Nest's routes are registered. */
export function serveWebEdge(app: INestApplication, config: LedgerConfig): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  app.use(securityHeaders({ graphiql: config.graphqlIntrospection }));
  app.use(webApp(webRootOf(config.webRoot)));
}
