import { ConcurrencyError, type CommandMeta, type Decider, type DomainEvent } from '@ledger/kernel';
import { commandKey } from './command-key.js';
import type { AppendResult, ExpectedRevision } from './event-store.js';
import type { Ledger } from './ledger.js';

export interface HandleCommandOptions {
  /** How many times to re-read and re-decide after a ConcurrencyError before giving up. */
  readonly maxAttempts?: number;
}

export type HandleCommandResult =
  | AppendResult
  | { readonly stream: string; readonly events: readonly []; readonly replayed: false; readonly nextExpectedRevision: ExpectedRevision };

/**
 * The one command handler: read the stream, fold, decide, append with the exact expected
 * revision. On a ConcurrencyError it re-reads and re-decides (the rule may now refuse),
 * at most `maxAttempts` times, then gives up with the error. A retried command id (in its
 * setting, for its principal) returns the original result and appends nothing; the same id
 * with another command is refused with COMMAND.ID_REUSED.
 */
export async function handleCommand<Command extends CommandMeta, Event extends DomainEvent, State>(
  ledger: Ledger,
  decider: Decider<Command, Event, State>,
  stream: string,
  command: Command,
  options: HandleCommandOptions = {},
): Promise<HandleCommandResult> {
  const maxAttempts = options.maxAttempts ?? 5;
  const key = commandKey(command);
  const done = await ledger.store.appendedByCommand(key);
  if (done) return done;
  for (let attempt = 1; ; attempt += 1) {
    let state = decider.initialState();
    let revision: ExpectedRevision = 'no_stream';
    let hash: string | undefined;
    for await (const recorded of ledger.readStream(stream)) {
      state = decider.evolve(state, { type: recorded.type, data: recorded.data } as unknown as Event);
      revision = recorded.revision;
      hash = recorded.hash;
    }
    const events = decider.decide(command, state);
    if (events.length === 0) return { stream, events: [], replayed: false, nextExpectedRevision: revision };
    const meta = {
      tenantId: command.tenantId,
      actor: command.actor,
      occurredAt: command.occurredAt,
      correlationId: command.correlationId ?? command.commandId,
      causationId: command.causationId ?? command.commandId,
      commandId: command.commandId,
    };
    try {
      return await ledger.append(
        stream,
        revision,
        events.map((event) => ({ type: event.type, data: event.data as Record<string, unknown>, meta })),
        { command: key, expectedHash: hash },
      );
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= maxAttempts) throw error;
    }
  }
}
