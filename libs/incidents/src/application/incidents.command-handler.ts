import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DecisionFacts } from '@ledger/people';
import type { IncidentCommand } from '../domain/incident.commands.js';
import { incidentDecider, toIncidentStreamId } from '../domain/incident.decider.js';

/** Carries one incidents command over the command bus; the handler adds the decision context. */
export class ExecuteIncidentCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<IncidentCommand>) {
    super();
  }
}

@CommandHandler(ExecuteIncidentCommand)
export class IncidentCommandHandler implements ICommandHandler<ExecuteIncidentCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteIncidentCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [
      command.actor.id,
      ...('assigneeId' in command ? [command.assigneeId] : []),
    ]);
    return handleCommand(this.ledger, incidentDecider, toIncidentStreamId(command.tenantId, command.incidentId), {
      ...command,
      context,
    } as IncidentCommand);
  }
}
