import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DECISION_FACTS, ExecuteCommand, type DecisionFactsSource } from './catalogue.js';

/** The one command handler of every context: the catalogue entry knows the decider and the stream. */
@CommandHandler(ExecuteCommand)
export class CatalogueCommandHandler implements ICommandHandler<ExecuteCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(DECISION_FACTS) private readonly facts: DecisionFactsSource,
  ) {}

  execute({ entry, command }: ExecuteCommand): Promise<HandleCommandResult> {
    return entry.handle(this.ledger, this.facts, command);
  }
}
