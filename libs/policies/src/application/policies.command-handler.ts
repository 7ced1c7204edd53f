import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DecisionFacts } from '@ledger/people';
import type { DocumentCommand } from '../domain/document.commands.js';
import { documentDecider, toDocumentStreamId } from '../domain/document.decider.js';

/** Carries one policies command over the command bus; the handler adds the decision context. */
export class ExecuteDocumentCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<DocumentCommand>) {
    super();
  }
}

@CommandHandler(ExecuteDocumentCommand)
export class DocumentCommandHandler implements ICommandHandler<ExecuteDocumentCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteDocumentCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id]);
    return handleCommand(this.ledger, documentDecider, toDocumentStreamId(command.tenantId, command.documentId), {
      ...command,
      context,
    } as DocumentCommand);
  }
}
