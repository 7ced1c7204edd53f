import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DecisionFacts } from '@ledger/people';
import type { InspectionAccessCommand } from '../domain/inspection-access.commands.js';
import { inspectionAccessDecider, toInspectionAccessStreamId } from '../domain/inspection-access.decider.js';

/** Carries a grant or a revocation of inspection access over the command bus. */
export class ExecuteInspectionAccessCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<InspectionAccessCommand>) {
    super();
  }
}

@CommandHandler(ExecuteInspectionAccessCommand)
export class InspectionAccessCommandHandler implements ICommandHandler<ExecuteInspectionAccessCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteInspectionAccessCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, []);
    return handleCommand(this.ledger, inspectionAccessDecider, toInspectionAccessStreamId(command.tenantId), {
      ...command,
      context,
    } as InspectionAccessCommand);
  }
}
