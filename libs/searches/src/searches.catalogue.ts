import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { SearchCommand } from './domain/search.commands.js';
import { searchDecider, toSearchStreamId } from './domain/search.decider.js';
import { SEARCH_ROLES } from './domain/search.roles.js';
import {
  CompleteSearchInput,
  ConductSearchInput,
  ConfiscateDeviceInput,
  DeleteDeviceDataInput,
  HandDeviceToPoliceInput,
  InformParentsOfSearchInput,
  ReleaseDeviceToParentInput,
} from './graphql/search.input.js';

/** Every searches and confiscation command: device commands return the device id, the others the search id. */
export const SEARCHES_CATALOGUE = new CommandCatalogue<WithoutContext<SearchCommand>>(
  aggregateCatalogue({
    decider: searchDecider,
    toStreamId: (c) => toSearchStreamId(c.tenantId, c.searchId),
    aggregateId: (c) => c.searchId,
    roles: SEARCH_ROLES,
  })({
    ConductSearch: command(ConductSearchInput, {
      description: 'Record a search of a pupil, whether or not anything was found; returns the search id',
      toCommand: (input, newId) => ({
        kind: 'ConductSearch',
        searchId: input.searchId ?? newId(),
        pupilId: input.pupilId,
        searcherId: input.searcherId,
        witnessId: input.witnessId,
        place: input.place,
        grounds: input.grounds,
        soughtItems: input.soughtItems,
        found: input.found,
        suspectedIndecentImage: input.suspectedIndecentImage,
        dslInformed: input.dslInformed,
      }),
      staffIds: (c) => [c.searcherId, c.witnessId],
    }),
    ConfiscateDevice: command(ConfiscateDeviceInput, {
      description: 'Record that a device was confiscated; returns the device id',
      toCommand: (input, newId) => ({
        kind: 'ConfiscateDevice',
        searchId: input.searchId,
        deviceId: input.deviceId ?? newId(),
        description: input.description,
        heldAt: input.heldAt,
      }),
      resultId: (c) => c.deviceId,
    }),
    DeleteDeviceData: command(DeleteDeviceDataInput, {
      description:
        'Record data deleted from a device: who, the witness, the good reason and the category of content; returns the device id',
      toCommand: (input) => ({
        kind: 'DeleteDeviceData',
        searchId: input.searchId,
        deviceId: input.deviceId,
        witnessId: input.witnessId,
        goodReason: input.goodReason,
        contentCategory: input.contentCategory,
      }),
      resultId: (c) => c.deviceId,
      staffIds: (c) => [c.witnessId],
    }),
    HandDeviceToPolice: command(HandDeviceToPoliceInput, {
      description: 'Record that a device was handed to the police; returns the device id',
      toCommand: (input) => ({
        kind: 'HandDeviceToPolice',
        searchId: input.searchId,
        deviceId: input.deviceId,
        policeReference: input.policeReference,
      }),
      resultId: (c) => c.deviceId,
    }),
    ReleaseDeviceToParent: command(ReleaseDeviceToParentInput, {
      description: 'Record that a device was released to a parent or carer; returns the device id',
      toCommand: (input) => ({
        kind: 'ReleaseDeviceToParent',
        searchId: input.searchId,
        deviceId: input.deviceId,
        releasedTo: input.releasedTo,
      }),
      resultId: (c) => c.deviceId,
    }),
    InformParentsOfSearch: command(InformParentsOfSearchInput, {
      description: 'Record that parents or carers were informed of the search; returns the search id',
      toCommand: (input) => ({ kind: 'InformParentsOfSearch', searchId: input.searchId }),
    }),
    CompleteSearch: command(CompleteSearchInput, {
      description: 'Complete the search with its outcome; returns the search id',
      toCommand: (input) => ({ kind: 'CompleteSearch', searchId: input.searchId, outcome: input.outcome }),
    }),
  }),
);
