import { Command } from '@nestjs/cqrs';
import type { CommandMeta, DecisionContext, Decider, DomainEvent, Role, WithoutContext } from '@ledger/kernel';
import { handleCommand, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import type { CommandInput } from './command.input.js';

/** Any context's domain command: metadata, a kind, the decision context. */
export type AnyDomainCommand = CommandMeta & { readonly kind: string; readonly context: DecisionContext };

/** A command's own fields as a catalogue entry builds them from its input: no metadata, no decision context. */
export type CommandBody<C> = C extends unknown ? Omit<C, 'context' | keyof CommandMeta> : never;

/** Looks up the facts a decider needs from other aggregates (the people context provides it). */
export interface DecisionFactsSource {
  contextFor(tenantId: string, staffIds: Iterable<string>): Promise<DecisionContext>;
}

/** Injection token of the DecisionFactsSource. */
export const DECISION_FACTS = 'DECISION_FACTS';

/** Everything the edge needs of one aggregate: its decider, its stream helper, its id, its permission rows. */
export interface AggregateSpec<C extends AnyDomainCommand, E extends DomainEvent, S> {
  readonly decider: Decider<C, E, S>;
  /** The stream the command is decided on (always the aggregate's stream-name helper). */
  readonly toStreamId: (command: WithoutContext<C>) => string;
  /** The id a mutation returns unless the command makes a new one (the aggregate's id). */
  readonly aggregateId: (command: CommandBody<C>, tenantId: string) => string;
  /** The roles allowed per command: the one table the decider, the API and the README all read. */
  readonly roles: { readonly [K in C['kind']]: readonly Role[] };
}

/** One command of an aggregate: the input it is sent with and how the input becomes the domain command. */
export interface CommandSpec<C extends AnyDomainCommand, Input extends CommandInput> {
  /** The mutation's description (the schema shows it). */
  readonly description: string;
  /** The hand-written input class (it carries the limits and the field descriptions). */
  readonly input: new () => Input;
  /** The domain command's own fields; `newId` fills ids the caller may leave out. */
  toCommand(input: Input, newId: () => string): CommandBody<C>;
  /** The id the caller needs next (a new escalation, evidence, action … id); default the aggregate's. */
  readonly resultId?: (command: CommandBody<C>) => string;
  /** Staff, besides the actor, whose facts the decider looks up (an assignee, a person appointed). */
  readonly staffIds?: (command: CommandBody<C>) => readonly string[];
}

/** One catalogued command with its types erased, as the generic handler and the mutation factory see it. */
export interface CatalogueEntry {
  readonly kind: string;
  /** The GraphQL mutation's name: the kind with a lower-case first letter. */
  readonly mutation: string;
  readonly description: string;
  readonly input: new () => CommandInput;
  readonly roles: readonly Role[];
  /** The domain command (without its decision context) and the id the caller needs next. */
  build(input: CommandInput, meta: CommandMeta, newId: () => string): { command: CataloguedCommand; resultId: string };
  /** Oskar Dudycz's `CommandHandler(store, toStreamId, decider)`: look up the facts, then read, fold, decide, append. */
  handle(ledger: Ledger, facts: DecisionFactsSource, command: CataloguedCommand): Promise<HandleCommandResult>;
}

/** A domain command as it travels over the bus: the handler adds the decision context. */
export type CataloguedCommand = WithoutContext<AnyDomainCommand>;

/** Carries one catalogued command over the command bus, with the catalogue entry that handles it. */
export class ExecuteCommand extends Command<HandleCommandResult> {
  constructor(
    readonly entry: CatalogueEntry,
    readonly command: CataloguedCommand,
  ) {
    super();
  }
}

/** One context's commands, by kind: what the API, the CLI and the permission table read. */
export class CommandCatalogue<C extends AnyDomainCommand> {
  constructor(readonly entries: readonly CatalogueEntry[]) {}

  entry(kind: C['kind']): CatalogueEntry {
    const found = this.entries.find((entry) => entry.kind === kind);
    if (!found) throw new Error(`No catalogue entry for ${kind}`);
    return found;
  }

  /** The bus command that runs a typed domain command (the CLI's demo sends these). */
  execute(command: WithoutContext<C>): ExecuteCommand {
    return new ExecuteCommand(this.entry(command.kind), command);
  }
}

/**
 * The catalogue entries of one aggregate. Each entry is type-checked against the aggregate's
 * command union: `toCommand` must build exactly the fields of the command of that kind.
 */
export function aggregateCatalogue<C extends AnyDomainCommand, E extends DomainEvent, S>(
  aggregate: AggregateSpec<C, E, S>,
  commands: { readonly [K in C['kind']]: CommandSpec<Extract<C, { kind: K }>, CommandInput> },
): readonly CatalogueEntry[] {
  return (Object.keys(commands) as C['kind'][]).map((kind) => {
    const spec = commands[kind] as CommandSpec<C, CommandInput>;
    const staffIds = spec.staffIds ?? (() => []);
    return {
      kind,
      mutation: kind.charAt(0).toLowerCase() + kind.slice(1),
      description: spec.description,
      input: spec.input,
      roles: aggregate.roles[kind],
      build(input, meta, newId) {
        const body = spec.toCommand(input, newId);
        const resultId = spec.resultId?.(body) ?? aggregate.aggregateId(body, meta.tenantId);
        return { command: { ...body, ...meta }, resultId };
      },
      async handle(ledger, facts, command) {
        // The command was built by this entry (or sent typed by the CLI), so it is one of C.
        const typed = command as WithoutContext<C>;
        const context = await facts.contextFor(typed.tenantId, [typed.actor.id, ...staffIds(typed as CommandBody<C>)]);
        return handleCommand(ledger, aggregate.decider, aggregate.toStreamId(typed), { ...typed, context } as C);
      },
    };
  });
}

/** One catalogue entry's command spec, its input type inferred from the input class and its command from the catalogue. */
export function command<C extends AnyDomainCommand, Input extends CommandInput>(
  input: new () => Input,
  spec: Omit<CommandSpec<C, Input>, 'input'>,
): CommandSpec<C, Input> {
  return { ...spec, input };
}
