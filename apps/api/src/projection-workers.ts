import { AlertDispatcher, type AlertObserver } from '@ledger/alerts';
import { CLOCK_DEFINITIONS, dueDate, ruleInForce, StatutoryClocks } from '@ledger/clocks';
import type { LedgerConfig } from '@ledger/config';
import { londonDate, systemClock } from '@ledger/kernel';
import {
  loadSigningKey,
  MerkleLog,
  Notary,
  PostgresLeaderElection,
  type LedgerRuntime,
  type LeaderWork,
  type Projector,
  type WorkerStatus,
  type WorkerStatusSource,
} from '@ledger/ledger';

export interface WorkerLogger {
  log(message: unknown, ...rest: unknown[]): void;
  error(message: unknown, ...rest: unknown[]): void;
}

export interface ProjectionWorkers extends WorkerStatusSource {
  /** Stops the projector and the notary if they run, and leaves the election. */
  stop(): Promise<void>;
  /** How this process takes part: always (one process), elected (one of several), or never. */
  readonly mode: 'single' | 'elected' | 'off';
}

/** Name of the advisory lock the projector processes of one database compete for. */
export const PROJECTOR_ELECTION = 'projector';

/**
 * Starts the projector, the notary and the alerts as the configuration says. With the SQLite store
 * there is one process and no election. With read models in PostgreSQL (the postgres and
 * eventstoredb stores) several processes may share them, so only the one holding the
 * PostgreSQL advisory lock projects; the others wait and take over when it dies.
 * LEDGER_PROJECTOR=off keeps this process out altogether (API replicas).
 */
export function startProjectionWorkers(
  config: LedgerConfig,
  runtime: LedgerRuntime,
  projector: Projector,
  logger: WorkerLogger,
  options: { pollMs?: number; heartbeatMs?: number; alertObserver?: AlertObserver } = {},
): ProjectionWorkers {
  const alertObserver: AlertObserver = options.alertObserver ?? { alertSent: () => undefined, alertFailed: () => undefined };
  if (config.projector === 'off') return { mode: 'off', stop: async () => undefined, workerStatuses: () => [] };
  // The notary of the current term, for /health.
  let notaryNow: Notary | undefined;
  const working = (): WorkerStatus[] => [...projector.workerStatuses(), ...(notaryNow?.workerStatuses() ?? [])];
  const lead = (): LeaderWork => {
    projector.start();
    // A new notary each term: it resumes the stored tree from its marker.
    const notary = new Notary(
      runtime.ledger,
      new MerkleLog(runtime.store, runtime.merkleTree),
      () => loadSigningKey(config.dataDir),
      { every: config.checkpointEvery, intervalMs: config.checkpointSeconds * 1000 },
      systemClock,
      { error: (message, ...rest) => logger.error(message, ...rest), log: (message, ...rest) => logger.log(message, ...rest) },
    );
    notaryNow = notary;
    notary.start();
    // Alerts go out from the leader only, so several replicas send each one once.
    const clocks = new StatutoryClocks(runtime.store, systemClock);
    const triage = CLOCK_DEFINITIONS.find((definition) => definition.clock === 'concern_triage')!;
    const alerts = new AlertDispatcher(
      runtime.ledger,
      config.alerts,
      systemClock,
      alertObserver,
      { log: (details, message) => logger.log(details, message), error: (details, message) => logger.error(details, message) },
      {
        // The deadline in the alert is the triage clock's: the setting's calendar and rule in force.
        triageDeadline: async (tenantId, occurredAt) => {
          const { calendar, rules } = await clocks.calendarAndRules(tenantId);
          return dueDate(calendar, londonDate(occurredAt), ruleInForce(triage, rules, occurredAt).workingDays);
        },
      },
    );
    alerts.start();
    return {
      stop: async () => {
        await alerts.stop();
        await notary.stop();
        await projector.stop();
      },
    };
  };
  const sharedDatabase = config.store === 'sqlite' ? undefined : config.databaseUrl;
  if (sharedDatabase === undefined) {
    const work = lead();
    return { mode: 'single', stop: () => work.stop(), workerStatuses: working };
  }
  const election = new PostgresLeaderElection(sharedDatabase, PROJECTOR_ELECTION, {
    pollMs: options.pollMs,
    heartbeatMs: options.heartbeatMs,
    logger: { log: (details, message) => logger.log(details, message), error: (details, message) => logger.error(details, message) },
  });
  election.start(lead);
  return { mode: 'elected', stop: () => election.stop(), workerStatuses: () => [...election.workerStatuses(), ...working()] };
}
