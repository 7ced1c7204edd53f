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

/** No node answered (gRPC 14 UNAVAILABLE, connection refused or dropped). */
export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'LEDGER.STORE_UNAVAILABLE';
  readonly retryable = true;
  constructor(operation: string, cause?: unknown) {
    super(
      `The event store cluster could not be reached while ${operation}; nothing was lost, but the request did not complete. Try again in a moment`,
      { cause },
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

/** The credentials in EVENTSTORE_CONNECTION_STRING are missing or lack a permission. */
export class EventStoreAccessDeniedError extends EventStoreError {
  readonly code = 'LEDGER.STORE_ACCESS_DENIED';
  readonly retryable = false;
  constructor(operation: string, cause?: unknown) {
    super(
      `The event store refused access while ${operation}: check the user and password in EVENTSTORE_CONNECTION_STRING and that user's permissions`,
      { cause },
    );
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
}

/**
 * Maps an error from `@eventstore/db-client` (its CommandError classes, or a raw gRPC
 * ServiceError) to the ledger's typed errors. Errors that are already ours, and errors
 * that mean something else (a programming error, say), come back unchanged.
 */
export function mapEventStoreError(error: unknown, operation: string): unknown {
  if (error instanceof EventStoreError || error instanceof ConcurrencyError) return error;
  if (typeof error !== 'object' || error === null) return error;
  const shape = error as ClientErrorShape;
  switch (shape.type) {
    case 'unavailable':
      return new EventStoreUnavailableError(operation, error);
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
