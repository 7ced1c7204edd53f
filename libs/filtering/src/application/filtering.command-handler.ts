import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DecisionFacts } from '@ledger/people';
import type { FilteringCommand } from '../domain/filtering.commands.js';
import { filteringDecider, toFilteringStreamId } from '../domain/filtering.decider.js';

/** Carries one filtering command over the command bus; the handler adds the decision context. */
export class ExecuteFilteringCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<FilteringCommand>) {
    super();
  }
}

@CommandHandler(ExecuteFilteringCommand)
export class FilteringCommandHandler implements ICommandHandler<ExecuteFilteringCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteFilteringCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id]);
    return handleCommand(this.ledger, filteringDecider, toFilteringStreamId(command.tenantId), { ...command, context } as FilteringCommand);
  }
}
