import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { LedgerConfig } from '@ledger/config';
import { openEventStore, type EventStore } from '@ledger/ledger';
import { AppModule } from './app.module.js';

export interface RunningServer {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish, closes the store. */
  close(): Promise<void>;
}

/** Opens the store and starts the API; the caller owns signals and exit codes. */
export async function startServer(config: LedgerConfig): Promise<RunningServer> {
  const store = await openEventStore(config);
  let app: INestApplication;
  try {
    app = await NestFactory.create(AppModule.forRoot(config, store), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.listen(config.port, config.host);
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://localhost:${port}`;
  app.get(Logger).log({ url: `${url}/graphql`, store: store.adapter, dataDir: config.dataDir }, 'Ledger API listening', 'Ledger');
  let closing: Promise<void> | undefined;
  return {
    app,
    store,
    url,
    close: () =>
      (closing ??= (async () => {
        // app.close() stops the HTTP server accepting and waits for open requests.
        await app.close();
        await store.close();
      })()),
  };
}

/**
 * Runs the API until SIGTERM or SIGINT, then shuts down gracefully and exits 0.
 * If in-flight requests outlast the shutdown timeout, exits 1 so supervisors notice.
 */
export async function serveUntilSignalled(config: LedgerConfig): Promise<void> {
  const server = await startServer(config);
  const logger = server.app.get(Logger);
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
}
