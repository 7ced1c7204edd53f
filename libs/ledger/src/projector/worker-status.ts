import { isTransientFailure, storeFailureOf } from '../store-errors.js';

/** The last error a background worker met: its stable code when it has one, and whether it is being retried. */
export interface WorkerError {
  readonly code?: string;
  readonly message: string;
  /** When it happened (ISO-8601). */
  readonly at: string;
  /** Transient failures (disk full, database gone) are retried with backoff; others stop the worker. */
  readonly transient: boolean;
}

/** One background worker as /health shows it: each projection, the notary, the leader election. */
export interface WorkerStatus {
  readonly name: string;
  readonly kind: 'projection' | 'notary' | 'leader-election';
  readonly status: 'idle' | 'running' | 'retrying' | 'failed' | 'stopped' | 'leading' | 'following' | 'disconnected';
  /** The last global position this worker has taken into account, where it follows the log. */
  readonly position: string | null;
  /** Retries since the last success. */
  readonly retries: number;
  readonly lastError?: WorkerError;
}

/** Anything that can say how its background workers are doing. */
export interface WorkerStatusSource {
  workerStatuses(): WorkerStatus[];
}

/** A worker's error as health reports it. The time is the wall clock's: this is operational telemetry, not a recorded fact. */
export function workerError(error: unknown, at: Date = new Date()): WorkerError {
  // The stable code of a storage failure (LEDGER.DISK_FULL) rather than the driver's (SQLITE_FULL).
  const code = storeFailureOf(error)?.code ?? (error as { code?: unknown } | null)?.code;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    message: error instanceof Error ? error.message : String(error),
    at: at.toISOString(),
    transient: isTransientFailure(error),
  };
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
