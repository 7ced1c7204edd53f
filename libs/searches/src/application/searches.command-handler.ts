import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DecisionFacts } from '@ledger/people';
import type { SearchCommand } from '../domain/search.commands.js';
import { searchDecider, toSearchStreamId } from '../domain/search.decider.js';

/** Carries one searches command over the command bus; the handler adds the decision context. */
export class ExecuteSearchCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<SearchCommand>) {
    super();
  }
}

@CommandHandler(ExecuteSearchCommand)
export class SearchCommandHandler implements ICommandHandler<ExecuteSearchCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteSearchCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [
      command.actor.id,
      ...('searcherId' in command ? [command.searcherId] : []),
      ...('witnessId' in command ? [command.witnessId] : []),
    ]);
    return handleCommand(this.ledger, searchDecider, toSearchStreamId(command.tenantId, command.searchId), {
      ...command,
      context,
    } as SearchCommand);
  }
}
