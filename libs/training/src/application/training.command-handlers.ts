import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fold, type WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import { DecisionFacts } from '@ledger/people';
import type { CatalogueCommand, CompletionCommand, RuleInForce } from '../domain/training.commands.js';
import {
  catalogueDecider,
  completionsDecider,
  toCatalogueStreamId,
  toTrainingRecordStreamId,
  type CatalogueState,
} from '../domain/training.decider.js';
import type { CatalogueEvent } from '../domain/training.events.js';

/** Completion commands as callers send them: the handler adds the rule in force and the context. */
export type CompletionRequest =
  WithoutContext<CompletionCommand> extends infer C ? (C extends { rule: unknown } ? Omit<C, 'rule'> : C) : never;

export class ExecuteCatalogueCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<CatalogueCommand>) {
    super();
  }
}
export class ExecuteCompletionCommand extends Command<HandleCommandResult> {
  constructor(readonly command: CompletionRequest) {
    super();
  }
}

@CommandHandler(ExecuteCatalogueCommand)
export class CatalogueCommandHandler implements ICommandHandler<ExecuteCatalogueCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteCatalogueCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id]);
    return handleCommand(this.ledger, catalogueDecider, toCatalogueStreamId(command.tenantId), { ...command, context } as CatalogueCommand);
  }
}

@CommandHandler(ExecuteCompletionCommand)
export class CompletionCommandHandler implements ICommandHandler<ExecuteCompletionCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteCompletionCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id, command.staffId]);
    const rule = command.kind === 'RetractCompletion' ? null : await this.ruleInForce(command.tenantId, await this.courseOf(command));
    const full = (command.kind === 'RetractCompletion' ? { ...command, context } : { ...command, context, rule }) as CompletionCommand;
    return handleCommand(this.ledger, completionsDecider, toTrainingRecordStreamId(command.tenantId, command.staffId), full);
  }

  /** A correction keeps the course of the completion it corrects. */
  private async courseOf(command: CompletionRequest): Promise<string> {
    if ('courseId' in command) return command.courseId;
    for await (const event of this.ledger.store.readStream(toTrainingRecordStreamId(command.tenantId, command.staffId))) {
      if (
        event.type === 'TrainingCompletionRecorded' &&
        event.data.completionId === (command as { correctsCompletionId: string }).correctsCompletionId
      )
        return event.data.courseId as string;
    }
    return '';
  }

  private async ruleInForce(tenantId: string, courseId: string): Promise<RuleInForce | null> {
    const events: CatalogueEvent[] = [];
    for await (const event of this.ledger.store.readStream(toCatalogueStreamId(tenantId)))
      events.push({ type: event.type, data: event.data } as CatalogueEvent);
    const catalogue: CatalogueState = fold(catalogueDecider, events);
    return catalogue.courses[courseId]?.rule ?? null;
  }
}
