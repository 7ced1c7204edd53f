import { command, context, given, staff } from '@ledger/testing';
import type { PupilCommand, SettingCommand, StaffCommand } from './people.commands.js';
import { pupilDecider, settingDecider, staffDecider } from './people.decider.js';
import type { SettingEvent, StaffEvent } from './people.events.js';

const unregistered = context([], { settingRegisteredAt: undefined });
const setting = (kind: SettingCommand['kind'], payload: object, role = 'head', ctx = context()) =>
  command(kind, payload, { role, actorId: 'head-cho', context: ctx }) as unknown as SettingCommand;
const registered: SettingEvent = {
  type: 'SettingRegistered',
  data: { settingId: 'oakfield-ap', name: 'Oakfield AP', kind: 'alternative_provision', localAuthority: 'Northshire' },
};

describe('settingDecider', () => {
  it('should register a setting before it exists, once', () => {
    given(settingDecider)
      .when(
        setting(
          'RegisterSetting',
          { name: 'Oakfield AP', settingKind: 'alternative_provision', localAuthority: 'Northshire' },
          'trust_admin',
          unregistered,
        ),
      )
      .then([{ type: 'SettingRegistered', data: expect.objectContaining({ kind: 'alternative_provision' }) }]);
    given(settingDecider, [registered])
      .when(setting('RegisterSetting', { name: 'x', settingKind: 'school', localAuthority: 'x' }))
      .thenRejects('SETTING.ALREADY_REGISTERED');
  });

  it('should refuse a registration dated in the future', () => {
    given(settingDecider)
      .when(
        command(
          'RegisterSetting',
          { name: 'x', settingKind: 'school', localAuthority: 'x' },
          { role: 'head', occurredAt: '2030-01-01T00:00:00.000Z', context: unregistered },
        ) as unknown as SettingCommand,
      )
      .thenRejects('COMMAND.OCCURRED_IN_FUTURE');
  });

  it('should appoint a DSL once and end only an appointment that exists', () => {
    const appointed = given(settingDecider, [registered])
      .when(setting('AppointSafeguardingRole', { appointment: 'dsl', personId: 'dsl-amara' }))
      .then([{ type: 'SafeguardingRoleAppointed' }]);
    given(settingDecider, [registered, ...appointed])
      .when(setting('AppointSafeguardingRole', { appointment: 'dsl', personId: 'dsl-amara' }))
      .thenRejects('SETTING.ALREADY_APPOINTED');
    given(settingDecider, [registered])
      .when(setting('EndSafeguardingRole', { appointment: 'dsl', personId: 'dsl-amara' }))
      .thenRejects('SETTING.NOT_APPOINTED');
    given(settingDecider, [registered])
      .when(setting('AppointSafeguardingRole', { appointment: 'dsl', personId: 'x' }, 'staff'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
  });
});

describe('staffDecider', () => {
  const s = (kind: StaffCommand['kind'], payload: object, role = 'head') =>
    command(
      kind,
      { staffId: 'teacher-ben', ...payload },
      { role, actorId: 'head-cho', context: context([staff('head-cho')]) },
    ) as unknown as StaffCommand;
  const joined: StaffEvent = {
    type: 'StaffMemberJoined',
    data: { staffId: 'teacher-ben', name: 'Ben Achterberg', roles: ['staff'], jobTitle: 'Teacher' },
  };
  const left: StaffEvent = { type: 'StaffMemberLeft', data: { staffId: 'teacher-ben', reason: 'Moved school' } };

  it('should record joining, role changes and leaving', () => {
    given(staffDecider)
      .when(s('JoinStaff', { name: 'Ben Achterberg', roles: ['staff'], jobTitle: 'Teacher' }))
      .then([joined]);
    given(staffDecider, [joined])
      .when(s('ChangeStaffRoles', { roles: ['staff', 'deputy_dsl'], jobTitle: 'Head of Year' }))
      .then([{ type: 'StaffRolesChanged' }]);
    given(staffDecider, [joined])
      .when(s('RecordStaffLeaving', { reason: 'Moved school' }))
      .then([left]);
  });

  it('should record where alerts reach someone, and refuse it for someone unknown or gone', () => {
    given(staffDecider, [joined])
      .when(s('SetAlertAddress', { email: 'ben@example.org' }))
      .then([{ type: 'StaffAlertAddressSet', data: { staffId: 'teacher-ben', email: 'ben@example.org' } }]);
    given(staffDecider)
      .when(s('SetAlertAddress', { email: 'ben@example.org' }))
      .thenRejects('STAFF.NOT_FOUND');
    given(staffDecider, [joined, left])
      .when(s('SetAlertAddress', { email: 'ben@example.org' }))
      .thenRejects('STAFF.ALREADY_LEFT');
    given(staffDecider, [joined])
      .when(s('SetAlertAddress', { email: 'ben@example.org' }, 'staff'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
  });

  it('should refuse changes to someone who has left, and to the staff list by a teacher', () => {
    given(staffDecider, [joined, left])
      .when(s('ChangeStaffRoles', { roles: ['staff'], jobTitle: 'x' }))
      .thenRejects('STAFF.ALREADY_LEFT');
    given(staffDecider)
      .when(s('JoinStaff', { name: 'x', roles: ['staff'], jobTitle: 'x' }, 'staff'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
  });
});

describe('pupilDecider', () => {
  const p = (payload: object) =>
    command(
      'RegisterPupilReference',
      { pupilId: 'p-1', reference: 'OAK-0042', yearGroup: 'Year 10', ...payload },
      { role: 'dsl', actorId: 'dsl-amara' },
    ) as unknown as PupilCommand;

  it('should register a pseudonymous reference and refuse a malformed date of birth', () => {
    given(pupilDecider)
      .when(p({ dateOfBirth: '2010-04-12' }))
      .then([{ type: 'PupilReferenceRegistered' }]);
    given(pupilDecider)
      .when(p({ dateOfBirth: '12/04/2010' }))
      .thenRejects('PUPIL.INVALID_DATE_OF_BIRTH');
  });

  it('should refuse a date of birth no pupil could have, and control characters in the reference', () => {
    for (const dateOfBirth of ['9999-12-31', '2999-06-01', '1965-01-01']) {
      given(pupilDecider).when(p({ dateOfBirth })).thenRejects('COMMAND.DATE_OUT_OF_RANGE');
    }
    given(pupilDecider)
      .when(p({ dateOfBirth: '2010-04-12', reference: 'OAK\u00000042' }))
      .thenRejects('COMMAND.TEXT_NOT_PRINTABLE');
    given(pupilDecider)
      .when(p({ dateOfBirth: '2010-04-12', yearGroup: '  ' }))
      .thenRejects('COMMAND.TEXT_EMPTY');
  });
});
