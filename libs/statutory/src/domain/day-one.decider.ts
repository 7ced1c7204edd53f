import { checkOccurredAt, checkPayload, checkRole, ensure, RuleViolation, type Decider, streamId } from '@ledger/kernel';
import type { DayOneCommand } from './day-one.commands.js';
import type { DayOneEvent } from './day-one.events.js';
import { DAY_ONE_ROLES } from './day-one.roles.js';

export const DayOneErrors = {
  duplicate: (packId: string) => new RuleViolation('DAYONE.DUPLICATE_PACK', `Pack ${packId} is already recorded`, { packId }),
  badHash: () => new RuleViolation('DAYONE.PACK_HASH', 'The pack is named by the SHA-256 of its zip (64 hexadecimal characters)'),
};

export type DayOneState = { readonly status: 'packs'; readonly packIds: readonly string[] };

/** The day-one packs a setting generated (stream `dayone-<setting>.<setting>`): generating one is on the record. */
export const dayOneDecider: Decider<DayOneCommand, DayOneEvent, DayOneState> = {
  initialState: () => ({ status: 'packs', packIds: [] }),
  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command);
    switch (command.kind) {
      case 'RecordDayOnePack':
        checkRole(command, DAY_ONE_ROLES[command.kind], 'generate the inspection day-one pack');
        ensure(!state.packIds.includes(command.packId), () => DayOneErrors.duplicate(command.packId));
        ensure(/^[0-9a-f]{64}$/.test(command.packSha256), () => DayOneErrors.badHash());
        return [
          {
            type: 'DayOnePackGenerated',
            data: {
              packId: command.packId,
              packSha256: command.packSha256,
              checkpointTreeSize: command.checkpointTreeSize,
              recordsCited: command.recordsCited,
              academicYear: command.academicYear,
            },
          },
        ];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'DayOnePackGenerated':
        return { ...state, packIds: [...state.packIds, event.data.packId] };
      default: {
        const unexpected: never = event.type;
        return unexpected;
      }
    }
  },
};

export const toDayOneStreamId = (tenantId: string): string => streamId('dayone', tenantId, tenantId);
