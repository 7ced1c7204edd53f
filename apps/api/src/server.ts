import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadLocalSigningKey, TokenVerifier } from '@ledger/access';
import type { LedgerConfig } from '@ledger/config';
import { openLedger, Projector, type EventStore, type LedgerRuntime } from '@ledger/ledger';
import { PROJECTIONS } from './projections.js';
import { completeErasures } from '@ledger/privacy';
import { PERSONAL_DATA } from './domain.module.js';
import { AppModule } from './app.module.js';
import { startProjectionWorkers, type ProjectionWorkers } from './projection-workers.js';
import { startScheduledBackups, type ScheduledBackups } from './backup/scheduled-backups.js';
import { LedgerMetrics } from './metrics/ledger-metrics.js';
import { installHttpEdge } from './http/http-edge.js';
import { startupBanner } from './logging/banner.js';
import { readableLogs } from './logging/logging.js';
import { APP_VERSION } from './version.js';
import { secureResponses, serveWebApp } from './web/web-edge.js';

export interface RunningServer {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly runtime: LedgerRuntime;
  readonly projector: Projector;
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish, closes the store. */
  close(): Promise<void>;
}

/** Opens the store and starts the API; the caller owns signals and exit codes. */
export async function startServer(config: LedgerConfig): Promise<RunningServer> {
  const { verifier, localKeyCreated } = await tokenVerifierFor(config);
  const metrics = new LedgerMetrics();
  const runtime = await openLedger(config, { personalData: PERSONAL_DATA, appendObserver: metrics });
  // An erasure recorded just before a crash destroys its key now, before anything is read.
  const erasuresCompleted = await completeErasures(runtime.ledger).catch(async (error: unknown) => {
    await runtime.close();
    throw error;
  });
  const store = runtime.store;
  // The projector starts logging through Nest's logger once the app exists.
  let logger: Logger | undefined;
  const projector = new Projector(store, runtime.readModels, PROJECTIONS, {
    log: (message, ...rest) => logger?.log(message, ...rest),
    error: (message, ...rest) => logger?.error(message, ...rest),
  });
  const workerLogger = {
    log: (message: unknown, ...rest: unknown[]) => logger?.log(message, ...rest),
    error: (message: unknown, ...rest: unknown[]) => logger?.error(message, ...rest),
  };
  let workers: ProjectionWorkers | undefined;
  let backups: ScheduledBackups | undefined;
  // /health asks the workers once they run (they start after the app exists), the projector until then.
  const workerStatuses = { workerStatuses: () => workers?.workerStatuses() ?? projector.workerStatuses() };
  let app: INestApplication;
  try {
    app = await NestFactory.create(AppModule.forRoot(config, runtime, projector, verifier, metrics, workerStatuses), { bufferLogs: true });
    // Security headers first, so that refusals (rate limits) carry them too; then ids, metrics and limits; then the web app.
    secureResponses(app, config);
    installHttpEdge(app, config, metrics);
    serveWebApp(app, config);
    metrics.observeLedger(runtime, projector, () => new Date());
    app.useLogger(app.get(Logger));
    logger = app.get(Logger);
    if (erasuresCompleted > 0) app.get(Logger).log(`Completed ${erasuresCompleted} erasure(s) recorded before the last stop`, 'Ledger');
    // The projector and the notary: here, elected among processes sharing PostgreSQL, or not at all (LEDGER_PROJECTOR=off).
    workers = startProjectionWorkers(config, runtime, projector, workerLogger, { alertObserver: metrics });
    await app.listen(config.port, config.host);
    backups = startScheduledBackups(config, app.get(Logger));
  } catch (error) {
    await backups?.stop();
    await workers?.stop();
    await projector.stop();
    await runtime.close();
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://localhost:${port}`;
  if (runtime.masterKey.source === 'new key file') {
    app
      .get(Logger)
      .warn(
        { file: runtime.masterKey.file },
        'Created a new master key for personal data. Back this file up somewhere safe: without it no personal field can ever be read again',
        'Ledger',
      );
  }
  if (localKeyCreated) {
    app
      .get(Logger)
      .log({ file: localKeyCreated }, 'Created the local token signing key; mint tokens with `npm run ledger -- token`', 'Ledger');
  }
  app.get(Logger).log({ url: `${url}/graphql`, store: store.adapter, dataDir: config.dataDir }, 'Ledger API listening', 'Ledger');
  let closing: Promise<void> | undefined;
  return {
    app,
    store,
    runtime,
    projector,
    url,
    close: () =>
      (closing ??= (async () => {
        // app.close() stops the HTTP server accepting and waits for open requests.
        await app.close();
        await backups?.stop();
        await workers?.stop();
        await projector.stop();
        await runtime.close();
      })()),
  };
}

/** OIDC when configured, else the local signing key in the data directory (created on first run). */
export async function tokenVerifierFor(config: LedgerConfig): Promise<{ verifier: TokenVerifier; localKeyCreated?: string }> {
  if (config.auth.mode === 'oidc') return { verifier: new TokenVerifier(config.auth) };
  const key = (await loadLocalSigningKey(config.dataDir, { create: true }))!;
  return { verifier: new TokenVerifier({ mode: 'local', key }), localKeyCreated: key.created ? key.file : undefined };
}

/**
 * Runs the API until SIGTERM or SIGINT, then shuts down gracefully and exits 0.
 * If in-flight requests outlast the shutdown timeout, exits 1 so supervisors notice.
 */
export async function serveUntilSignalled(config: LedgerConfig, afterStart?: (server: RunningServer) => Promise<void>): Promise<void> {
  const server = await startServer(config);
  const logger = server.app.get(Logger);
  if (readableLogs(config))
    process.stdout.write(
      startupBanner({ url: server.url, store: server.store.adapter, dataDir: config.dataDir, version: APP_VERSION }, config),
    );
  const shutdown = (signal: NodeJS.Signals) => {
    logger.log({ signal }, 'Shutting down: no new requests, finishing in-flight ones', 'Ledger');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'Shutdown timed out; exiting', 'Ledger');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    server.close().then(
      () => {
        logger.log('Ledger closed cleanly', 'Ledger');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Error while shutting down', 'Ledger');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  await afterStart?.(server);
}
