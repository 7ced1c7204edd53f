import { Command } from '@nestjs/cqrs';
import type { CommandMeta, DecisionContext, Decider, DomainEvent, Role, WithoutContext } from '@ledger/kernel';
import { commandKey, handleCommand, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import type { CommandInput } from './command.input.js';

/** Any context's domain command: metadata, a kind, the decision context. */
export type AnyDomainCommand = CommandMeta & { readonly kind: string; readonly context: DecisionContext };

/** A command as a caller sends it (the API, the CLI): metadata and a kind, without what the handler looks up. */
export type CommandRequest = CommandMeta & { readonly kind: string };

/** A command's own fields as a catalogue entry builds them from its input: no metadata, no decision context. */
export type CommandBody<C> = C extends unknown ? Omit<C, 'context' | keyof CommandMeta> : never;

/** Looks up the facts a decider needs from other aggregates (the people context provides it). */
export interface DecisionFactsSource {
  contextFor(tenantId: string, staffIds: Iterable<string>): Promise<DecisionContext>;
}

/** Injection token of the DecisionFactsSource. */
export const DECISION_FACTS = 'DECISION_FACTS';

/**
 * Everything the edge needs of one aggregate: its decider, its stream helper, its id, its
 * permission rows. `R` is the command as callers send it; by default the domain command
 * without its decision context.
 */
export interface AggregateSpec<C extends AnyDomainCommand, E extends DomainEvent, S, R extends CommandRequest = WithoutContext<C>> {
  readonly decider: Decider<C, E, S>;
  /** The stream the command is decided on (always the aggregate's stream-name helper). */
  readonly toStreamId: (command: R) => string;
  /** The id a mutation returns unless the command makes a new one (the aggregate's id). */
  readonly aggregateId: (command: CommandBody<R>, tenantId: string) => string;
  /** The roles allowed per command: the one table the decider, the API and the README all read. */
  readonly roles: { readonly [K in C['kind']]: readonly Role[] };
  /** Facts from other aggregates the command carries besides the decision context (the cadence rule in force). */
  readonly lookUp?: (ledger: Ledger, request: R) => Promise<WithoutContext<C>>;
  /**
   * What must follow once the events are in the log (and again when a retried command replays):
   * an erasure destroys its key only after `SubjectErased` is recorded.
   */
  readonly afterAppend?: (ledger: Ledger, result: HandleCommandResult) => Promise<void>;
}

/** One command of an aggregate: the input it is sent with and how the input becomes the domain command. */
export interface CommandSpec<R extends CommandRequest, Input extends CommandInput> {
  /** The mutation's description (the schema shows it). */
  readonly description: string;
  /** The hand-written input class (it carries the limits and the field descriptions). */
  readonly input: new () => Input;
  /** The command's own fields; `newId` fills ids the caller may leave out. */
  toCommand(input: Input, newId: () => string): CommandBody<R>;
  /** The id the caller needs next (a new escalation, evidence, action … id); default the aggregate's. */
  resultId?(command: CommandBody<R>): string;
  /** Staff, besides the actor, whose facts the decider looks up (an assignee, a person appointed). */
  staffIds?(command: CommandBody<R>): readonly string[];
}

/** One catalogued command with its types erased, as the generic handler and the mutation factory see it. */
export interface CatalogueEntry {
  readonly kind: string;
  /** The GraphQL mutation's name: the kind with a lower-case first letter. */
  readonly mutation: string;
  readonly description: string;
  readonly input: new () => CommandInput;
  readonly roles: readonly Role[];
  /** The command as a caller sends it, and the id the caller needs next. */
  build(input: CommandInput, meta: CommandMeta, newId: () => string): { command: CommandRequest; resultId: string };
  /** Oskar Dudycz's `CommandHandler(store, toStreamId, decider)`: look up the facts, then read, fold, decide, append. */
  handle(ledger: Ledger, facts: DecisionFactsSource, command: CommandRequest): Promise<HandleCommandResult>;
}

/** Carries one catalogued command over the command bus, with the catalogue entry that handles it. */
export class ExecuteCommand extends Command<HandleCommandResult> {
  constructor(
    readonly entry: CatalogueEntry,
    readonly command: CommandRequest,
  ) {
    super();
  }
}

/** One context's commands, by kind: what the API, the CLI and the permission table read. */
export class CommandCatalogue<R extends CommandRequest> {
  constructor(readonly entries: readonly CatalogueEntry[]) {}

  entry(kind: R['kind']): CatalogueEntry {
    const found = this.entries.find((entry) => entry.kind === kind);
    if (!found) throw new Error(`No catalogue entry for ${kind}`);
    return found;
  }

  /** The bus command that runs a typed command (the CLI's demo and the tests send these). */
  execute(command: R): ExecuteCommand {
    return new ExecuteCommand(this.entry(command.kind), command);
  }
}

/**
 * The catalogue entries of one aggregate. Each entry is type-checked against the aggregate's
 * command union: `toCommand` must build exactly the fields of the command of that kind.
 */
export function aggregateCatalogue<C extends AnyDomainCommand, E extends DomainEvent, S, R extends CommandRequest = WithoutContext<C>>(
  aggregate: AggregateSpec<C, E, S, R>,
): (commands: { readonly [K in R['kind']]: CommandSpec<Extract<R, { kind: K }>, CommandInput> }) => readonly CatalogueEntry[] {
  // Two steps, so that the aggregate fixes the command types before the entries are checked against them.
  return (commands) => entriesOf(aggregate, commands);
}

function entriesOf<C extends AnyDomainCommand, E extends DomainEvent, S, R extends CommandRequest>(
  aggregate: AggregateSpec<C, E, S, R>,
  commands: { readonly [K in R['kind']]: CommandSpec<Extract<R, { kind: K }>, CommandInput> },
): readonly CatalogueEntry[] {
  const lookUp = aggregate.lookUp ?? ((_ledger: Ledger, request: R) => Promise.resolve(request as unknown as WithoutContext<C>));
  return (Object.keys(commands) as R['kind'][]).map((kind) => {
    const spec = commands[kind] as CommandSpec<R, CommandInput>;
    const staffIds = (body: CommandBody<R>) => spec.staffIds?.(body) ?? [];
    return {
      kind,
      mutation: kind.charAt(0).toLowerCase() + kind.slice(1),
      description: spec.description,
      input: spec.input,
      roles: aggregate.roles[kind as C['kind']],
      build(input, meta, newId) {
        const body = spec.toCommand(input, newId);
        const resultId = spec.resultId?.(body) ?? aggregate.aggregateId(body, meta.tenantId);
        return { command: { ...body, ...meta }, resultId };
      },
      async handle(ledger, facts, command) {
        // The command was built by this entry, or sent typed through CommandCatalogue.execute: it is one of R.
        const request = command as R;
        const context = await facts.contextFor(request.tenantId, [request.actor.id, ...staffIds(request as CommandBody<R>)]);
        // The idempotency fingerprint digests what the caller asked, not the facts looked up for it
        // (the cadence rule in force changes; a retried demo step must still be the same request).
        const { fingerprint } = commandKey(request);
        const looked = await lookUp(ledger, request);
        const result = await handleCommand(ledger, aggregate.decider, aggregate.toStreamId(request), {
          ...looked,
          fingerprint,
          context,
        } as C);
        await aggregate.afterAppend?.(ledger, result);
        return result;
      },
    };
  });
}

/** One catalogue entry's command spec, its input type inferred from the input class and its command from the catalogue. */
export function command<R extends CommandRequest, Input extends CommandInput>(
  input: new () => Input,
  spec: Omit<CommandSpec<R, Input>, 'input'>,
): CommandSpec<R, Input> {
  return { ...spec, input };
}
