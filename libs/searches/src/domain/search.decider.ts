import { checkCurrentStaff, checkOccurredAt, checkPayload, checkRole, ensure, streamId, type Decider } from '@ledger/kernel';
import type { SearchCommand } from './search.commands.js';
import { SearchErrors } from './search.errors.js';
import { SEARCH_ROLES } from './search.roles.js';
import type { SearchEvent } from './search.events.js';

type DeviceState = 'confiscated' | 'with_police' | 'released';

interface SearchFacts {
  readonly searchId: string;
  readonly pupilId: string;
  readonly suspectedIndecentImage: boolean;
  readonly devices: Readonly<Record<string, DeviceState>>;
}

export type SearchState = { readonly status: 'none' } | ({ readonly status: 'open' | 'completed' } & SearchFacts);

function device(state: SearchFacts, deviceId: string): DeviceState {
  const current = state.devices[deviceId];
  ensure(current, () => SearchErrors.deviceNotConfiscated(deviceId));
  return current;
}

function decideOnOpen(command: SearchCommand, state: SearchFacts): SearchEvent[] {
  const searchId = state.searchId;
  switch (command.kind) {
    case 'ConductSearch':
      throw SearchErrors.alreadyRecorded(searchId);
    case 'ConfiscateDevice':
      checkRole(command, SEARCH_ROLES[command.kind], 'confiscate a device');
      ensure(!state.devices[command.deviceId], () => SearchErrors.deviceAlreadyConfiscated(command.deviceId));
      return [
        {
          type: 'DeviceConfiscated',
          data: { searchId, deviceId: command.deviceId, description: command.description, heldAt: command.heldAt },
        },
      ];
    case 'DeleteDeviceData': {
      checkRole(command, SEARCH_ROLES[command.kind], 'delete data from a device');
      ensure(!state.suspectedIndecentImage, () => SearchErrors.indecentImageNoDeletion(searchId));
      const where = device(state, command.deviceId);
      ensure(where !== 'with_police', () => SearchErrors.deviceWithPolice(command.deviceId));
      ensure(where !== 'released', () => SearchErrors.deviceReleased(command.deviceId));
      ensure(command.witnessId !== command.actor.id, () => SearchErrors.witnessIsSearcher());
      checkCurrentStaff(command.context, command.actor.id, command.occurredAt, 'the member of staff deleting');
      checkCurrentStaff(command.context, command.witnessId, command.occurredAt, 'witness');
      ensure(command.goodReason.trim(), () => SearchErrors.emptyText('goodReason'));
      return [
        {
          type: 'DeviceDataDeleted',
          data: {
            searchId,
            deviceId: command.deviceId,
            deletedBy: command.actor.id,
            witnessId: command.witnessId,
            goodReason: command.goodReason,
            contentCategory: command.contentCategory,
          },
        },
      ];
    }
    case 'HandDeviceToPolice': {
      checkRole(command, SEARCH_ROLES[command.kind], 'hand a device to the police');
      const where = device(state, command.deviceId);
      ensure(where === 'confiscated', () => SearchErrors.deviceReleased(command.deviceId));
      ensure(command.policeReference.trim(), () => SearchErrors.emptyText('policeReference'));
      return [
        {
          type: 'DeviceHandedToPolice',
          data: { searchId, deviceId: command.deviceId, policeReference: command.policeReference, handedBy: command.actor.id },
        },
      ];
    }
    case 'ReleaseDeviceToParent': {
      checkRole(command, SEARCH_ROLES[command.kind], 'release a device');
      const where = device(state, command.deviceId);
      ensure(where === 'confiscated', () =>
        where === 'with_police' ? SearchErrors.deviceWithPolice(command.deviceId) : SearchErrors.deviceReleased(command.deviceId),
      );
      return [
        {
          type: 'DeviceReleasedToParent',
          data: {
            searchId,
            deviceId: command.deviceId,
            pupilId: state.pupilId,
            releasedTo: command.releasedTo,
            releasedBy: command.actor.id,
          },
        },
      ];
    }
    case 'InformParentsOfSearch':
      checkRole(command, SEARCH_ROLES[command.kind], 'inform parents of a search');
      return [{ type: 'ParentsInformedOfSearch', data: { searchId, informedBy: command.actor.id } }];
    case 'CompleteSearch': {
      checkRole(command, SEARCH_ROLES[command.kind], 'complete a search');
      const withPolice = Object.values(state.devices).includes('with_police');
      ensure(!state.suspectedIndecentImage || withPolice, () => SearchErrors.indecentImageNeedsPolice(searchId));
      return [{ type: 'SearchCompleted', data: { searchId, outcome: command.outcome } }];
    }
  }
}

/**
 * One search of a pupil and the custody of what was found (Education Act 2011; DfE
 * searching, screening and confiscation guidance, 2022). Stream `search-<setting>.<searchId>`.
 */
export const searchDecider: Decider<SearchCommand, SearchEvent, SearchState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command, { emptyText: SearchErrors.emptyText, nonEmptyLists: ['soughtItems'], mayBeEmpty: ['found'] });
    if (state.status === 'none') {
      if (command.kind !== 'ConductSearch') throw SearchErrors.notFound(command.searchId);
      checkRole(command, SEARCH_ROLES[command.kind], 'search a pupil');
      ensure(command.witnessId !== command.searcherId, () => SearchErrors.witnessIsSearcher());
      checkCurrentStaff(command.context, command.searcherId, command.occurredAt, 'searcher');
      checkCurrentStaff(command.context, command.witnessId, command.occurredAt, 'witness');
      ensure(command.grounds.trim(), () => SearchErrors.emptyText('grounds'));
      const {
        kind: _kind,
        commandId: _id,
        tenantId: _t,
        actor: _a,
        occurredAt: _o,
        context: _c,
        correlationId: _r,
        causationId: _s,
        fingerprint: _f,
        ...data
      } = command;
      return [{ type: 'SearchConducted', data }];
    }
    if (state.status === 'completed') throw SearchErrors.completed(state.searchId);
    return decideOnOpen(command, state);
  },

  evolve(state, event) {
    if (event.type === 'SearchConducted') {
      return {
        status: 'open',
        searchId: event.data.searchId,
        pupilId: event.data.pupilId,
        suspectedIndecentImage: event.data.suspectedIndecentImage,
        devices: {},
      };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'DeviceConfiscated':
        return { ...state, devices: { ...state.devices, [event.data.deviceId]: 'confiscated' } };
      case 'DeviceHandedToPolice':
        return { ...state, devices: { ...state.devices, [event.data.deviceId]: 'with_police' } };
      case 'DeviceReleasedToParent':
        return { ...state, devices: { ...state.devices, [event.data.deviceId]: 'released' } };
      case 'SearchCompleted':
        return { ...state, status: 'completed' };
      case 'DeviceDataDeleted':
      case 'ParentsInformedOfSearch':
        return state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export function toSearchStreamId(tenantId: string, searchId: string): string {
  return streamId('search', tenantId, searchId);
}
