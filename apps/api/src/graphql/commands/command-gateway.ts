import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, type Command } from '@nestjs/cqrs';
import type { Principal } from '@ledger/access';
import { newId, type Clock, type CommandMeta } from '@ledger/kernel';
import { CLOCK, commandFingerprint, type HandleCommandResult, type Projector } from '@ledger/ledger';
import { PROJECTOR, READ_YOUR_WRITES_MS } from '../../tokens.js';
import type { CommandInput } from '@ledger/commands';
import type { CommandResult } from './command-result.model.js';

/**
 * Turns a validated mutation input into a domain command — the actor from the token, time
 * and ids filled in — sends it over the command bus, then waits (bounded) until the views
 * show it, so the caller reads their own write.
 */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly bus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Inject(READ_YOUR_WRITES_MS) private readonly waitMs: number,
  ) {}

  /**
   * Command metadata for an input sent by a principal. The fingerprint digests the mutation
   * (each has its own input type) and the input as sent, so a commandId sent again with
   * another mutation or other input is refused rather than answered with the first result.
   */
  meta(principal: Principal, input: CommandInput): CommandMeta {
    const { commandId, ...asked } = input;
    return {
      commandId: commandId ?? newId(),
      fingerprint: commandFingerprint({ mutation: input.constructor.name, input: asked }),
      tenantId: input.tenantId,
      actor: { id: principal.actorId, role: principal.role },
      occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : this.clock.now().toISOString(),
      ...(input.correlationId ? { correlationId: input.correlationId } : {}),
    };
  }

  async run(id: string, meta: CommandMeta, command: Command<HandleCommandResult>): Promise<CommandResult> {
    const result = await this.bus.execute(command);
    const events = result.events.map((e) => ({ id: e.id, type: e.type, position: e.position, revision: e.revision, hash: e.hash }));
    const position = 'lastPosition' in result ? result.lastPosition : undefined;
    const viewsUpToDate = position === undefined || (await this.projector.waitFor(position, this.waitMs));
    return {
      id,
      commandId: meta.commandId,
      stream: result.stream,
      events,
      replayed: result.replayed,
      position,
      viewsUpToDate,
      notice: viewsUpToDate
        ? undefined
        : `Recorded at position ${position}, but the compliance views had not caught up after ${this.waitMs} ms; they may lag for a moment`,
    };
  }
}
