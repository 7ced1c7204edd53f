import { ConcurrencyError } from '@ledger/kernel';

/**
 * Base of the errors the EventStoreDB adapter raises when the cluster, not the caller, is
 * the problem. `code` is stable; `retryable` says whether trying again later can work.
 */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  abstract readonly retryable: boolean;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

const isAppending = (operation: string) => operation.startsWith('appending') || operation.startsWith('recording');

/**
 * No node answered (gRPC 14 UNAVAILABLE, connection refused or dropped). A dropped append
 * may have committed before the connection went: only a retry with the same command id can
 * tell, and it records the command at most once.
 */
export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'LEDGER.STORE_UNAVAILABLE';
  readonly retryable = true;
  /** `unknown` for an append (it may have committed), `unchanged` for a read. */
  readonly outcome: 'unknown' | 'unchanged';
  constructor(operation: string, cause?: unknown) {
    super(
      `The event store cluster could not be reached while ${operation}` +
        (isAppending(operation)
          ? '. The append may or may not have been recorded; retry with the same command id (it is recorded at most once)'
          : '; nothing was changed. Try again in a moment'),
      { cause },
    );
    this.outcome = isAppending(operation) ? 'unknown' : 'unchanged';
  }
}

/** The cluster's TLS certificate could not be verified, or the CA file named by `tlsCAFile` could not be read. */
export class EventStoreTlsError extends EventStoreError {
  readonly code = 'LEDGER.STORE_TLS';
  readonly retryable = false;
  constructor(detail: string, cause?: unknown) {
    super(
      `The event store's TLS certificate could not be verified (${detail}). esdb:// uses TLS unless tls=false: give the CA that signed the cluster's certificates with tlsCAFile=/path/to/ca.crt in EVENTSTORE_CONNECTION_STRING, and connect by a host name the certificate names`,
      { cause },
    );
  }
}

/** One append is larger than the server accepts (`MaxAppendSize`, 1 MiB by default). Nothing was recorded. */
export class EventStoreAppendTooLargeError extends EventStoreError {
  readonly code = 'LEDGER.STORE_APPEND_TOO_LARGE';
  readonly retryable = false;
  constructor(
    operation: string,
    readonly maxAppendSize: number | undefined,
    cause?: unknown,
  ) {
    super(
      `The event store refused the events while ${operation}: together they are larger than one append may be (${maxAppendSize === undefined ? 'the server default is 1 MiB' : `${maxAppendSize} bytes`}, the server's MaxAppendSize). Nothing was recorded; attachments and long texts belong outside the events`,
      { cause },
    );
  }
}

/** The server is older than the adapter supports, or would not say its version. */
export class EventStoreVersionError extends EventStoreError {
  readonly code = 'LEDGER.STORE_VERSION_UNSUPPORTED';
  readonly retryable = false;
  constructor(
    readonly serverVersion: string,
    readonly minimum: string,
  ) {
    super(
      serverVersion === 'unknown'
        ? `The event store did not report its version (servers before 21.10 do not): the ledger needs EventStoreDB/KurrentDB ${minimum} or newer`
        : `The event store runs version ${serverVersion}: the ledger needs EventStoreDB/KurrentDB ${minimum} or newer`,
    );
  }
}

/** The node asked is not the cluster leader (an election is under way or the client has not reconnected yet). */
export class EventStoreNotLeaderError extends EventStoreError {
  readonly code = 'LEDGER.STORE_NOT_LEADER';
  readonly retryable = true;
  constructor(
    operation: string,
    readonly leader: string | undefined,
    cause?: unknown,
  ) {
    super(
      `The event store node asked while ${operation} is not the cluster leader${leader ? ` (the leader is ${leader})` : ''}; the cluster is changing leader. Try again in a moment`,
      { cause },
    );
  }
}

/** No answer within the deadline: ours, or the server's DEADLINE_EXCEEDED. */
export class EventStoreTimeoutError extends EventStoreError {
  readonly code = 'LEDGER.STORE_TIMEOUT';
  readonly retryable = true;
  constructor(
    operation: string,
    readonly deadlineMs: number | undefined,
    cause?: unknown,
  ) {
    super(
      `The event store did not answer within ${deadlineMs === undefined ? 'its deadline' : `${deadlineMs} ms`} while ${operation}` +
        (operation.startsWith('appending')
          ? '. The append may or may not have been recorded: retrying the same command is safe (it is recorded at most once)'
          : ''),
      { cause },
    );
  }
}

/** The operations that read `$all`: by default only members of `$admins` may. */
const GLOBAL_LOG = /global log|cluster answers/;

/** The credentials in EVENTSTORE_CONNECTION_STRING are missing or lack a permission. */
export class EventStoreAccessDeniedError extends EventStoreError {
  readonly code = 'LEDGER.STORE_ACCESS_DENIED';
  readonly retryable = false;
  /** `$all` when the refused operation read the global log, which only admins may by default. */
  readonly resource: '$all' | 'stream';
  constructor(operation: string, cause?: unknown) {
    const all = GLOBAL_LOG.test(operation);
    super(
      `The event store refused access while ${operation}: check the user and password in EVENTSTORE_CONNECTION_STRING and that user's permissions` +
        (all
          ? ". Reading $all needs a member of $admins by default: use an admin user, or grant the ledger's user read on $all in the default ACL ($userStreamAcl / $systemStreamAcl, settings stream $settings)"
          : ''),
      { cause },
    );
    this.resource = all ? '$all' : 'stream';
  }
}

/** An event in `$all` the ledger cannot give a position to (its commit and prepare positions differ). */
export class EventStorePositionError extends EventStoreError {
  readonly code = 'LEDGER.STORE_POSITION_UNSUPPORTED';
  readonly retryable = false;

  static commitDiffersFromPrepare(commit: bigint, prepare: bigint): EventStorePositionError {
    return new EventStorePositionError(
      `An event in the event store has commit position ${commit} but prepare position ${prepare}. The ledger writes every event over gRPC, where the two are equal; an event written in an explicit transaction (the retired TCP protocol) cannot be given a ledger position`,
    );
  }
}

/** gRPC status codes the mapping looks at (from @grpc/grpc-js `status`). */
const GRPC = { DEADLINE_EXCEEDED: 4, PERMISSION_DENIED: 7, UNAVAILABLE: 14, UNAUTHENTICATED: 16 } as const;

interface ClientErrorShape {
  readonly type?: unknown;
  readonly code?: unknown;
  readonly leader?: { readonly address?: string; readonly port?: number };
  readonly message?: unknown;
  readonly details?: unknown;
  readonly maxAppendSize?: unknown;
}

/** What the client's errors say when TLS is the problem (gRPC gives no code of its own for it). */
const TLS_PROBLEM =
  /certificate|self[- ]signed|altnames|unable to verify|UNABLE_TO_VERIFY|CERT_|SSL routines|wrong version number|handshake/i;

/**
 * Maps an error from `@eventstore/db-client` (its CommandError classes, or a raw gRPC
 * ServiceError) to the ledger's typed errors. Errors that are already ours, and errors
 * that mean something else (a programming error, say), come back unchanged.
 */
export function mapEventStoreError(error: unknown, operation: string): unknown {
  if (error instanceof EventStoreError || error instanceof ConcurrencyError) return error;
  if (typeof error !== 'object' || error === null) return error;
  const shape = error as ClientErrorShape;
  const text = `${String(shape.message ?? '')} ${String(shape.details ?? '')}`;
  if ((shape.type === 'unavailable' || shape.code === GRPC.UNAVAILABLE || shape.type === 'unknown') && TLS_PROBLEM.test(text)) {
    return new EventStoreTlsError(text.trim(), error);
  }
  switch (shape.type) {
    case 'unavailable':
      return new EventStoreUnavailableError(operation, error);
    case 'maximum-append-size-exceeded':
      return new EventStoreAppendTooLargeError(operation, typeof shape.maxAppendSize === 'number' ? shape.maxAppendSize : undefined, error);
    case 'not-leader': {
      const leader = shape.leader?.address ? `${shape.leader.address}:${shape.leader.port ?? ''}` : undefined;
      return new EventStoreNotLeaderError(operation, leader, error);
    }
    case 'deadline-exceeded':
    case 'timeout':
      return new EventStoreTimeoutError(operation, undefined, error);
    case 'access-denied':
      return new EventStoreAccessDeniedError(operation, error);
  }
  switch (shape.code) {
    case GRPC.UNAVAILABLE:
      return new EventStoreUnavailableError(operation, error);
    case GRPC.DEADLINE_EXCEEDED:
      return new EventStoreTimeoutError(operation, undefined, error);
    case GRPC.PERMISSION_DENIED:
    case GRPC.UNAUTHENTICATED:
      return new EventStoreAccessDeniedError(operation, error);
  }
  return error;
}
