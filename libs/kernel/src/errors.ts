/**
 * Base of every business-rule error. `code` is stable forever ("INCIDENT.ALREADY_CLOSED");
 * the edge maps it to a transport error once. Tests assert the code, never the message.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** The stream moved on since it was read: expected and actual revision differ. */
export class ConcurrencyError extends DomainError {
  readonly code = 'LEDGER.CONCURRENCY';

  constructor(
    readonly stream: string,
    readonly expected: number | 'no_stream',
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${String(expected)} but it is at ${String(actual)}`, { stream, expected, actual });
  }
}

/**
 * A commandId (idempotency key) was sent again with a different command: another mutation
 * or other input. Retrying the same command with the same key is safe; a new command
 * needs a new key.
 */
export class CommandIdReusedError extends DomainError {
  readonly code = 'COMMAND.ID_REUSED';

  private constructor(readonly commandId: string) {
    super(
      `The commandId ${commandId} was already used for a different request. A retry must repeat the same request exactly; a new request needs a new commandId.`,
      { commandId },
    );
  }

  static forCommand(commandId: string): CommandIdReusedError {
    return new CommandIdReusedError(commandId);
  }
}
