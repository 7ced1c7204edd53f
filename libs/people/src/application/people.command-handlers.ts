import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { WithoutContext } from '@ledger/kernel';
import { handleCommand, LEDGER, type HandleCommandResult, type Ledger } from '@ledger/ledger';
import type { PupilCommand, SettingCommand, StaffCommand } from '../domain/people.commands.js';
import {
  pupilDecider,
  settingDecider,
  staffDecider,
  toPupilStreamId,
  toSettingStreamId,
  toStaffStreamId,
} from '../domain/people.decider.js';
import { DecisionFacts } from './decision-facts.js';

export class ExecuteSettingCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<SettingCommand>) {
    super();
  }
}
export class ExecuteStaffCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<StaffCommand>) {
    super();
  }
}
export class ExecutePupilCommand extends Command<HandleCommandResult> {
  constructor(readonly command: WithoutContext<PupilCommand>) {
    super();
  }
}

@CommandHandler(ExecuteSettingCommand)
export class SettingCommandHandler implements ICommandHandler<ExecuteSettingCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteSettingCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id]);
    return handleCommand(this.ledger, settingDecider, toSettingStreamId(command.tenantId), { ...command, context } as SettingCommand);
  }
}

@CommandHandler(ExecuteStaffCommand)
export class StaffCommandHandler implements ICommandHandler<ExecuteStaffCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecuteStaffCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id]);
    return handleCommand(this.ledger, staffDecider, toStaffStreamId(command.tenantId, command.staffId), {
      ...command,
      context,
    } as StaffCommand);
  }
}

@CommandHandler(ExecutePupilCommand)
export class PupilCommandHandler implements ICommandHandler<ExecutePupilCommand> {
  constructor(
    @Inject(LEDGER) private readonly ledger: Ledger,
    private readonly facts: DecisionFacts,
  ) {}

  async execute({ command }: ExecutePupilCommand): Promise<HandleCommandResult> {
    const context = await this.facts.contextFor(command.tenantId, [command.actor.id]);
    return handleCommand(this.ledger, pupilDecider, toPupilStreamId(command.tenantId, command.pupilId), {
      ...command,
      context,
    } as PupilCommand);
  }
}
