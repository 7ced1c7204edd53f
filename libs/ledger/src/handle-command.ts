import { ConcurrencyError, type CommandMeta, type Decider, type DomainEvent } from '@ledger/kernel';
import { commandKey } from './command-key.js';
import type { AppendResult, ExpectedRevision } from './event-store.js';
import type { Ledger } from './ledger.js';
import { backoffMs } from './store-errors.js';

export interface HandleCommandOptions {
  /** How many times to read, decide and append in all before a ConcurrencyError is given up to the caller. */
  readonly maxAttempts?: number;
  /** The backoff between attempts: a random wait under a ceiling that doubles from `retryBaseMs` up to `retryCapMs`. */
  readonly retryBaseMs?: number;
  readonly retryCapMs?: number;
}

/**
 * Defaults sized for a whole staff acknowledging one policy at once (200 people in a
 * minute, all on the document's stream): each loser waits a random while under a growing
 * ceiling, so they stop colliding in lock-step, and at most about eight seconds in all.
 */
const DEFAULT_RETRIES = { maxAttempts: 40, retryBaseMs: 5, retryCapMs: 250 } as const;

export type HandleCommandResult =
  | AppendResult
  | { readonly stream: string; readonly events: readonly []; readonly replayed: false; readonly nextExpectedRevision: ExpectedRevision };

/**
 * The one command handler: read the stream, fold, decide, append with the exact expected
 * revision. On a ConcurrencyError it waits a random, growing while (exponential backoff
 * with jitter), re-reads and re-decides (the rule may now refuse), at most
 * `maxAttempts` times in all, then gives up with the error. The client never has to retry
 * a conflict that the ledger can resolve itself. A retried command id (in its setting, for
 * its principal) returns the original result and appends nothing; the same id with another
 * command is refused with COMMAND.ID_REUSED.
 */
export async function handleCommand<Command extends CommandMeta, Event extends DomainEvent, State>(
  ledger: Ledger,
  decider: Decider<Command, Event, State>,
  stream: string,
  command: Command,
  options: HandleCommandOptions = {},
): Promise<HandleCommandResult> {
  // Commands on one stream in this process take turns: they cannot conflict with each other,
  // only with another process (which the retries below resolve).
  return takeTurns(ledger, stream, () => decideAndAppend(ledger, decider, stream, command, options));
}

/** The stream queues of each ledger: the tail of the commands waiting on each stream. */
const turns = new WeakMap<Ledger, Map<string, Promise<void>>>();

/**
 * Runs `work` after every earlier command on the same stream of the same ledger has finished.
 * A whole staff acknowledging one policy at once then queues on the document's stream instead
 * of colliding: each reads the head the previous one left, so none is refused.
 */
async function takeTurns<T>(ledger: Ledger, stream: string, work: () => Promise<T>): Promise<T> {
  let queues = turns.get(ledger);
  if (!queues) turns.set(ledger, (queues = new Map()));
  const previous = queues.get(stream) ?? Promise.resolve();
  const run = previous.then(work);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(stream, tail);
  void tail.then(() => {
    if (queues.get(stream) === tail) queues.delete(stream);
  });
  return run;
}

async function decideAndAppend<Command extends CommandMeta, Event extends DomainEvent, State>(
  ledger: Ledger,
  decider: Decider<Command, Event, State>,
  stream: string,
  command: Command,
  options: HandleCommandOptions,
): Promise<HandleCommandResult> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_RETRIES.maxAttempts;
  const baseMs = options.retryBaseMs ?? DEFAULT_RETRIES.retryBaseMs;
  const capMs = options.retryCapMs ?? DEFAULT_RETRIES.retryCapMs;
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
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, baseMs, capMs)));
    }
  }
}
