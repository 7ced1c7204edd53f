import { command, context, given, staff } from '@ledger/testing';
import type { SearchCommand } from './search.commands.js';
import { searchDecider } from './search.decider.js';
import type { SearchEvent } from './search.events.js';

const ctx = context([staff('dsl-amara'), staff('teacher-ben'), staff('ta-eve'), staff('left-dan', '2024-12-31T00:00:00.000Z')]);
const c = (kind: SearchCommand['kind'], payload: object, actorId = 'teacher-ben', role = 'staff') =>
  command(kind, payload, { actorId, role, context: ctx }) as unknown as SearchCommand;

const conduct = (extra: object = {}) =>
  c('ConductSearch', {
    searchId: 's-1',
    pupilId: 'p-3',
    searcherId: 'teacher-ben',
    witnessId: 'ta-eve',
    place: 'Head of year office',
    grounds: 'Reported to be sharing a video of a fight',
    soughtItems: ['mobile phone'],
    found: 'Mobile phone',
    suspectedIndecentImage: false,
    dslInformed: true,
    ...extra,
  });
const conducted = (iioc = false): SearchEvent =>
  given(searchDecider)
    .when(conduct({ suspectedIndecentImage: iioc }))
    .then(() => undefined)[0]!;
const confiscated: SearchEvent = {
  type: 'DeviceConfiscated',
  data: { searchId: 's-1', deviceId: 'phone-1', description: 'Black phone', heldAt: 'Office safe' },
};
const withPolice: SearchEvent = {
  type: 'DeviceHandedToPolice',
  data: { searchId: 's-1', deviceId: 'phone-1', policeReference: 'CAD-9', handedBy: 'dsl-amara' },
};
const deleteData = (extra: object = {}) =>
  c('DeleteDeviceData', {
    searchId: 's-1',
    deviceId: 'phone-1',
    witnessId: 'ta-eve',
    goodReason: 'Video would cause harm if shared',
    contentCategory: 'violent video',
    ...extra,
  });

describe('searchDecider', () => {
  describe('when a search is recorded', () => {
    it('should record it whether or not anything is found', () => {
      given(searchDecider)
        .when(conduct({ found: 'Nothing' }))
        .then([
          { type: 'SearchConducted', data: expect.objectContaining({ searcherId: 'teacher-ben', witnessId: 'ta-eve', found: 'Nothing' }) },
        ]);
    });

    it('should refuse a witness who is the searcher', () => {
      given(searchDecider)
        .when(conduct({ witnessId: 'teacher-ben' }))
        .thenRejects('SEARCH.WITNESS_IS_SEARCHER');
    });

    it('should refuse a searcher or witness who is not current staff', () => {
      given(searchDecider)
        .when(conduct({ witnessId: 'left-dan' }))
        .thenRejects('STAFF.NOT_CURRENT');
      given(searchDecider)
        .when(conduct({ searcherId: 'stranger' }))
        .thenRejects('STAFF.NOT_CURRENT');
    });

    it('should refuse a governor as the one recording it', () => {
      given(searchDecider)
        .when(
          command(
            'ConductSearch',
            { searchId: 's-1', searcherId: 'teacher-ben', witnessId: 'ta-eve', grounds: 'g' },
            { role: 'governor', actorId: 'gov', context: ctx },
          ) as unknown as SearchCommand,
        )
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });

  describe('when data is deleted from a device', () => {
    it('should record the good reason, the category of content and the witness', () => {
      given(searchDecider, [conducted(), confiscated])
        .when(deleteData())
        .then([
          {
            type: 'DeviceDataDeleted',
            data: expect.objectContaining({ deletedBy: 'teacher-ben', witnessId: 'ta-eve', contentCategory: 'violent video' }),
          },
        ]);
    });

    it('should refuse when an indecent image of a child is suspected', () => {
      given(searchDecider, [conducted(true), confiscated])
        .when(deleteData())
        .thenRejects('SEARCH.IIOC_NO_DELETION');
    });

    it('should refuse once the device has gone to the police', () => {
      given(searchDecider, [conducted(), confiscated, withPolice]).when(deleteData()).thenRejects('SEARCH.DEVICE_WITH_POLICE');
    });

    it('should refuse a witness who has left or who is the one deleting', () => {
      given(searchDecider, [conducted(), confiscated])
        .when(deleteData({ witnessId: 'left-dan' }))
        .thenRejects('STAFF.NOT_CURRENT');
      given(searchDecider, [conducted(), confiscated])
        .when(deleteData({ witnessId: 'teacher-ben' }))
        .thenRejects('SEARCH.WITNESS_IS_SEARCHER');
    });
  });

  describe('when a suspected indecent image was found', () => {
    const complete = c('CompleteSearch', { searchId: 's-1', outcome: 'given_to_police' });

    it('should not complete until the device is confiscated and handed to the police', () => {
      given(searchDecider, [conducted(true)])
        .when(complete)
        .thenRejects('SEARCH.IIOC_POLICE_REQUIRED');
      given(searchDecider, [conducted(true), confiscated])
        .when(complete)
        .thenRejects('SEARCH.IIOC_POLICE_REQUIRED');
      given(searchDecider, [conducted(true), confiscated, withPolice])
        .when(complete)
        .then([{ type: 'SearchCompleted' }]);
    });

    it('should let only the DSL hand the device to the police', () => {
      given(searchDecider, [conducted(true), confiscated])
        .when(c('HandDeviceToPolice', { searchId: 's-1', deviceId: 'phone-1', policeReference: 'CAD-9' }))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
      given(searchDecider, [conducted(true), confiscated])
        .when(c('HandDeviceToPolice', { searchId: 's-1', deviceId: 'phone-1', policeReference: 'CAD-9' }, 'dsl-amara', 'dsl'))
        .then([withPolice]);
    });
  });

  describe('custody', () => {
    it('should release a confiscated device to a parent, once, and never one with the police', () => {
      const release = c('ReleaseDeviceToParent', { searchId: 's-1', deviceId: 'phone-1', releasedTo: 'Mrs Okafor' });
      const released = given(searchDecider, [conducted(), confiscated])
        .when(release)
        .then([{ type: 'DeviceReleasedToParent', data: expect.objectContaining({ pupilId: 'p-3' }) }]);
      given(searchDecider, [conducted(), confiscated, ...released])
        .when(release)
        .thenRejects('SEARCH.DEVICE_RELEASED');
      given(searchDecider, [conducted(), confiscated, withPolice]).when(release).thenRejects('SEARCH.DEVICE_WITH_POLICE');
    });

    it('should accept nothing once the search is completed', () => {
      const done: SearchEvent = { type: 'SearchCompleted', data: { searchId: 's-1', outcome: 'returned' } };
      given(searchDecider, [conducted(), done])
        .when(c('InformParentsOfSearch', { searchId: 's-1' }))
        .thenRejects('SEARCH.COMPLETED');
    });
  });
});
