import type { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from '@ledger/config';
import { openLedger, Projector } from '@ledger/ledger';
import { PERSONAL_DATA } from '../../../api/src/domain.module.js';
import { PROJECTIONS } from '../../../api/src/projections.js';
import { startProjectionWorkers } from '../../../api/src/projection-workers.js';

/**
 * `ledger project`: runs only the projector and the notary, with no HTTP API, for the
 * projector service of a clustered deployment. With read models in PostgreSQL it takes
 * part in the election, so any number of these can run and exactly one projects.
 */
export function registerProjectCommand(program: Command): void {
  program
    .command('project')
    .description('run only the projections and the notary (one elected leader among processes sharing PostgreSQL); stops on SIGTERM/SIGINT')
    .action(async () => {
      const config = loadConfig();
      const logger = pino({ level: config.logLevel, base: { pid: process.pid, role: 'projector' } });
      const runtime = await openLedger(config, {
        personalData: PERSONAL_DATA,
        eventStoreLogger: { warn: (details, message) => logger.warn(details, message) },
      });
      const projector = new Projector(runtime.store, runtime.readModels, PROJECTIONS, {
        log: (message, ...rest) => logger.info(message as object, ...(rest as [])),
        error: (message, ...rest) => logger.error(message as object, ...(rest as [])),
      });
      const workers = startProjectionWorkers({ ...config, projector: 'on' }, runtime, projector, {
        log: (details, message) => logger.info(details as object, message as string),
        error: (details, message) => logger.error(details as object, message as string),
      });
      logger.info({ store: config.store, mode: workers.mode }, 'Projector process started');
      await new Promise<void>((resolve) => {
        const shutdown = (signal: NodeJS.Signals) => {
          logger.info({ signal }, 'Projector process stopping');
          resolve();
        };
        process.once('SIGTERM', shutdown);
        process.once('SIGINT', shutdown);
      });
      await workers.stop();
      await projector.stop();
      await runtime.close();
      logger.info('Projector process stopped cleanly');
    });
}
