import { createHash } from 'node:crypto';
import pg from 'pg';
import { workerError, type WorkerError, type WorkerStatus, type WorkerStatusSource } from './worker-status.js';

export interface LeaderElectionLogger {
  log(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface LeaderElectionOptions {
  /** How often a follower tries the lock. */
  readonly pollMs?: number;
  /** How often the leader checks its lock connection is alive. */
  readonly heartbeatMs?: number;
  /** A heartbeat that takes longer than this counts as a lost connection. */
  readonly heartbeatTimeoutMs?: number;
  readonly logger?: LeaderElectionLogger;
}

/** What runs while this process leads; `stop` must end every write it started. */
export interface LeaderWork {
  stop(): Promise<void>;
}

/** The advisory-lock key of an election name: the first 8 bytes of SHA-256, as a signed bigint. */
export function electionKey(name: string): string {
  return createHash('sha256').update(`ledger-election:${name}`).digest().readBigInt64BE(0).toString();
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)));
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One leader among processes sharing a PostgreSQL database: the leader holds a
 * session-level advisory lock on its own dedicated connection; followers poll
 * `pg_try_advisory_lock`. The lock belongs to the session, so a leader that dies (even
 * SIGKILL) or loses its connection releases it, and a follower takes over on its next
 * poll. The leader checks its connection every `heartbeatMs`: if the check fails or the
 * connection ends, it has lost leadership and stops its work at once.
 */
export class PostgresLeaderElection implements WorkerStatusSource {
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private leading = false;
  /** Whether the last attempt to reach the database worked (a follower polls on a live connection). */
  private connected = false;
  private retries = 0;
  private lastError: WorkerError | undefined;
  private readonly key: string;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;
  private readonly heartbeatTimeoutMs: number;

  constructor(
    private readonly connectionString: string,
    readonly name: string,
    private readonly options: LeaderElectionOptions = {},
  ) {
    this.key = electionKey(name);
    this.pollMs = options.pollMs ?? 1_000;
    this.heartbeatMs = options.heartbeatMs ?? 1_000;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 5_000;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  workerStatuses(): WorkerStatus[] {
    const status: WorkerStatus['status'] = this.stopping.signal.aborted
      ? 'stopped'
      : this.leading
        ? 'leading'
        : this.connected
          ? 'following'
          : 'disconnected';
    return [
      {
        name: `leader-election:${this.name}`,
        kind: 'leader-election',
        status,
        position: null,
        retries: this.retries,
        ...(this.lastError ? { lastError: this.lastError } : {}),
      },
    ];
  }

  /** Campaigns until stopped: each time this process is elected, `lead()` starts the work; losing the lock stops it. */
  start(lead: () => LeaderWork | Promise<LeaderWork>): void {
    this.loop ??= this.campaign(lead);
  }

  /** Stops the work if leading, releases the lock and ends the campaign. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private async campaign(lead: () => LeaderWork | Promise<LeaderWork>): Promise<void> {
    const stopped = this.stopping.signal;
    while (!stopped.aborted) {
      const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true });
      const lost = new AbortController();
      client.on('error', (error) => lost.abort(error));
      client.on('end', () => lost.abort(new Error('the connection ended')));
      let work: LeaderWork | undefined;
      try {
        await withTimeout(client.connect(), this.heartbeatTimeoutMs, 'connecting for the election');
        this.connected = true;
        this.retries = 0;
        while (!stopped.aborted && !lost.signal.aborted) {
          const result = await withTimeout(
            client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.key]),
            this.heartbeatTimeoutMs,
            'trying the lock',
          );
          if (result.rows[0]?.ok) break;
          await pause(this.pollMs, AbortSignal.any([stopped, lost.signal]));
        }
        if (stopped.aborted || lost.signal.aborted) continue;
        this.leading = true;
        this.options.logger?.log({ election: this.name, pid: process.pid }, 'Elected: this process now runs the projections');
        work = await lead();
        await this.holdWhileAlive(client, lost, stopped);
      } catch (error) {
        if (!stopped.aborted) {
          this.retries += 1;
          this.lastError = workerError(error);
          this.options.logger?.error({ election: this.name, err: (error as Error).message }, 'Leader election connection failed');
        }
      } finally {
        this.connected = false;
        if (lost.signal.aborted && !stopped.aborted) this.lastError = workerError(lost.signal.reason);
        if (this.leading) {
          this.leading = false;
          if (!stopped.aborted) {
            this.options.logger?.error(
              { election: this.name, reason: String((lost.signal.reason as Error | undefined)?.message ?? lost.signal.reason) },
              'Lost leadership: stopping the projections',
            );
          }
        }
        await work
          ?.stop()
          .catch((error: unknown) => this.options.logger?.error({ err: (error as Error).message }, 'Stopping the work failed'));
        // Ending the session releases the lock (pg_advisory_unlock is implied).
        await withTimeout(client.end(), this.heartbeatTimeoutMs, 'closing the election connection').catch(() => undefined);
      }
      if (!stopped.aborted) await pause(this.pollMs, stopped);
    }
  }

  /** Returns when the connection is lost (error, end, or a heartbeat that fails or hangs) or the election stops. */
  private async holdWhileAlive(client: pg.Client, lost: AbortController, stopped: AbortSignal): Promise<void> {
    const either = AbortSignal.any([lost.signal, stopped]);
    while (!either.aborted) {
      await pause(this.heartbeatMs, either);
      if (either.aborted) return;
      try {
        await withTimeout(client.query('SELECT 1'), this.heartbeatTimeoutMs, 'the leader heartbeat');
      } catch (error) {
        lost.abort(error);
      }
    }
  }
}
