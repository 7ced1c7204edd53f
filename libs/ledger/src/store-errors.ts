import { DomainError } from '@ledger/kernel';

/** The records do not continue the stream's hash chain (the caller built them against another head). Every adapter raises this one. */
export class ChainError extends DomainError {
  readonly code = 'LEDGER.CHAIN_BROKEN';

  constructor(readonly stream: string) {
    super(`The events do not continue the hash chain of ${stream}; nothing was recorded`, { stream });
  }
}

/**
 * Another process stored a different key for a new data subject at the same moment, so the
 * appends sealed with this process's key were not recorded. Trying again uses the stored key.
 */
export class SubjectKeyRaceError extends DomainError {
  readonly code = 'LEDGER.SUBJECT_KEY_RACE';

  constructor() {
    super(
      'Another part of the system recorded the first personal data for the same person at the same moment, so nothing was recorded. Please try again.',
    );
  }
}

/** The database cannot be reached (stopped, restarting, connection lost). Nothing was recorded; trying again later can work. */
export class StoreUnavailableError extends DomainError {
  readonly code = 'LEDGER.STORE_UNAVAILABLE';

  constructor(options?: { cause?: unknown }) {
    super('The ledger database cannot be reached at the moment, so nothing was recorded. Please try again in a minute.');
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** The disk holding the ledger is full. Nothing was recorded; someone must free space first. */
export class DiskFullError extends DomainError {
  readonly code = 'LEDGER.DISK_FULL';

  constructor(options?: { cause?: unknown }) {
    super(
      "The ledger could not save this because the server's disk is full, so nothing was recorded. " +
        'Please ask whoever looks after the server (your IT lead) to free some disk space, then try again.',
    );
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** SQLite (better-sqlite3 codes) and PostgreSQL (SQLSTATE 53100) and the OS saying the disk is full. */
const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', '53100']);

/** The database is busy or its I/O failed for now: waiting and trying again can work. */
const BUSY_CODES = /^(SQLITE_BUSY|SQLITE_LOCKED|SQLITE_IOERR|SQLITE_PROTOCOL)/;

/**
 * The connection to the database is gone or cannot be made: socket errors, PostgreSQL's
 * connection-exception class (08xxx), an administrator or crash shutdown and "the database is
 * starting up" (57P01–57P03), too many connections (53300).
 */
const UNREACHABLE_CODES =
  /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|08...|57P0[123]|53300)$/;

/** What pg says, without a code, when a connection ends under it or cannot be had in time. */
const UNREACHABLE_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

/** Serialisation failures and deadlocks: PostgreSQL asks the caller to run the transaction again. */
const RETRY_TRANSACTION_CODES = new Set(['40001', '40P01']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The error and its causes, outermost first (AggregateError's members too: pg reports every address it tried). */
function* chainOf(error: unknown): Iterable<unknown> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || next === null || seen.has(next)) continue;
    seen.add(next);
    yield next;
    if (next instanceof AggregateError) queue.push(...next.errors);
    if (next instanceof Error && next.cause !== undefined) queue.push(next.cause);
  }
}

/**
 * The stable ledger error a storage failure stands for: disk full, or the database
 * unreachable. Undefined when the error is not one of those (a bug, a refusal, a bad row).
 */
export function storeFailureOf(error: unknown): DiskFullError | StoreUnavailableError | undefined {
  for (const link of chainOf(error)) {
    if (link instanceof DiskFullError || link instanceof StoreUnavailableError) return link;
    const code = codeOf(link);
    if (code !== undefined && DISK_FULL_CODES.has(code)) return new DiskFullError({ cause: error });
    if (code !== undefined && UNREACHABLE_CODES.test(code)) return new StoreUnavailableError({ cause: error });
    if (code === 'LEDGER.STORE_UNAVAILABLE') return new StoreUnavailableError({ cause: error });
    if (link instanceof Error && code === undefined && UNREACHABLE_MESSAGES.includes(link.message))
      return new StoreUnavailableError({ cause: error });
  }
  return undefined;
}

/** A storage failure as the caller should see it: the stable error it stands for, else itself. */
export function asStoreError(error: unknown): unknown {
  return storeFailureOf(error) ?? error;
}

/**
 * Whether a failure is transient — the disk full, the database busy, gone or restarting, a
 * connection lost — so that the same work can succeed later, or deterministic (a projection
 * that throws on an event, a broken chain, a bug), so that retrying would fail the same way.
 * Background workers retry the first kind with backoff and stop on the second.
 */
export function isTransientFailure(error: unknown): boolean {
  if (storeFailureOf(error) !== undefined) return true;
  for (const link of chainOf(error)) {
    const code = codeOf(link);
    if (code !== undefined && (BUSY_CODES.test(code) || RETRY_TRANSACTION_CODES.has(code))) return true;
    // The EventStoreDB adapter's own errors say whether trying again can work.
    if ((link as { retryable?: unknown }).retryable === true) return true;
  }
  return false;
}

/** Exponential backoff with jitter: the wait before retry number `attempt` (from 1), between half the ceiling and the ceiling, which doubles from `baseMs` up to `capMs`. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
