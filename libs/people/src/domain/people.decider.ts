import {
  checkCurrentStaff,
  checkDateOfBirth,
  checkOccurredAt,
  checkPayload,
  checkRole,
  ensure,
  streamId,
  type Decider,
  type Role,
} from '@ledger/kernel';
import type { PupilCommand, SettingCommand, StaffCommand } from './people.commands.js';
import { PeopleErrors } from './people.errors.js';
import { PEOPLE_ROLES } from './people.roles.js';
import type { PupilEvent, SettingEvent, StaffEvent } from './people.events.js';

export type SettingState =
  | { readonly status: 'none' }
  | { readonly status: 'trust'; readonly trustId: string }
  | {
      readonly status: 'registered';
      readonly settingId: string;
      readonly trustId: string | null;
      readonly appointments: readonly string[];
    };

/** A setting (school or AP provider), or a trust (stream `setting-<id>.<id>`). */
export const settingDecider: Decider<SettingCommand, SettingEvent, SettingState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    const creating = command.kind === 'RegisterSetting' || command.kind === 'FormTrust';
    checkOccurredAt(command, { allowBeforeSetting: creating });
    checkPayload(command);
    if (creating) {
      checkRole(command, PEOPLE_ROLES[command.kind], command.kind === 'FormTrust' ? 'form a trust' : 'register a setting');
      ensure(state.status === 'none', () => PeopleErrors.settingExists(command.tenantId));
      return command.kind === 'FormTrust'
        ? [{ type: 'TrustFormed', data: { trustId: command.tenantId, name: command.name } }]
        : [
            {
              type: 'SettingRegistered',
              data: { settingId: command.tenantId, name: command.name, kind: command.settingKind, localAuthority: command.localAuthority },
            },
          ];
    }
    ensure(state.status !== 'none', () => PeopleErrors.notRegistered(command.tenantId));
    ensure(state.status === 'registered', () => PeopleErrors.notATrust(command.tenantId));
    const settingId = state.settingId;
    switch (command.kind) {
      case 'JoinTrust':
        checkRole(command, PEOPLE_ROLES[command.kind], 'join a trust');
        return [{ type: 'SettingJoinedTrust', data: { settingId, trustId: command.trustId } }];
      case 'AppointSafeguardingRole': {
        checkRole(command, PEOPLE_ROLES[command.kind], 'make a safeguarding appointment');
        const key = `${command.appointment}:${command.personId}`;
        ensure(!state.appointments.includes(key), () => PeopleErrors.alreadyAppointed(command.appointment, command.personId));
        return [{ type: 'SafeguardingRoleAppointed', data: { settingId, appointment: command.appointment, personId: command.personId } }];
      }
      case 'EndSafeguardingRole': {
        checkRole(command, PEOPLE_ROLES[command.kind], 'end a safeguarding appointment');
        ensure(state.appointments.includes(`${command.appointment}:${command.personId}`), () =>
          PeopleErrors.notAppointed(command.appointment, command.personId),
        );
        return [{ type: 'SafeguardingRoleEnded', data: { settingId, appointment: command.appointment, personId: command.personId } }];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'TrustFormed':
        return { status: 'trust', trustId: event.data.trustId };
      case 'SettingRegistered':
        return { status: 'registered', settingId: event.data.settingId, trustId: null, appointments: [] };
      case 'SettingJoinedTrust':
        return state.status === 'registered' ? { ...state, trustId: event.data.trustId } : state;
      case 'SafeguardingRoleAppointed':
        return state.status === 'registered'
          ? { ...state, appointments: [...state.appointments, `${event.data.appointment}:${event.data.personId}`] }
          : state;
      case 'SafeguardingRoleEnded':
        return state.status === 'registered'
          ? { ...state, appointments: state.appointments.filter((a) => a !== `${event.data.appointment}:${event.data.personId}`) }
          : state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export type StaffState =
  { readonly status: 'none' } | { readonly status: 'current' | 'left'; readonly staffId: string; readonly roles: readonly Role[] };

/** A member of staff (stream `staff-<setting>.<staffId>`). */
export const staffDecider: Decider<StaffCommand, StaffEvent, StaffState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    checkOccurredAt(command);
    checkRole(command, PEOPLE_ROLES[command.kind], 'change the staff list');
    checkPayload(command, { nonEmptyLists: ['roles'], emptyList: () => PeopleErrors.noRoles() });
    if (command.kind === 'JoinStaff') {
      ensure(state.status === 'none', () => PeopleErrors.staffExists(command.staffId));
      ensure(command.roles.length > 0, () => PeopleErrors.noRoles());
      return [
        {
          type: 'StaffMemberJoined',
          data: { staffId: command.staffId, name: command.name, roles: command.roles, jobTitle: command.jobTitle },
        },
      ];
    }
    ensure(state.status !== 'none', () => PeopleErrors.staffUnknown(command.staffId));
    ensure(state.status === 'current', () => PeopleErrors.staffLeft(command.staffId));
    if (command.kind === 'ChangeStaffRoles') {
      ensure(command.roles.length > 0, () => PeopleErrors.noRoles());
      return [{ type: 'StaffRolesChanged', data: { staffId: command.staffId, roles: command.roles, jobTitle: command.jobTitle } }];
    }
    if (command.kind === 'SetAlertAddress')
      return [{ type: 'StaffAlertAddressSet', data: { staffId: command.staffId, email: command.email } }];
    return [{ type: 'StaffMemberLeft', data: { staffId: command.staffId, reason: command.reason } }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'StaffMemberJoined':
        return { status: 'current', staffId: event.data.staffId, roles: event.data.roles };
      case 'StaffRolesChanged':
        return state.status === 'none' ? state : { ...state, roles: event.data.roles };
      case 'StaffMemberLeft':
        return state.status === 'none' ? state : { ...state, status: 'left' };
      case 'StaffAlertAddressSet':
        return state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export type PupilState = { readonly status: 'none' } | { readonly status: 'registered'; readonly pupilId: string };

/** A pseudonymous pupil reference: the ledger is not the MIS (stream `pupil-<setting>.<pupilId>`). */
export const pupilDecider: Decider<PupilCommand, PupilEvent, PupilState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    checkOccurredAt(command);
    checkRole(command, PEOPLE_ROLES[command.kind], 'register a pupil reference');
    checkCurrentStaff(command.context, command.actor.id, command.occurredAt, 'the member of staff registering');
    ensure(state.status === 'none', () => PeopleErrors.pupilExists(command.pupilId));
    ensure(/^\d{4}-\d{2}-\d{2}$/.test(command.dateOfBirth), () => PeopleErrors.invalidDateOfBirth(command.dateOfBirth));
    checkPayload(command);
    checkDateOfBirth('dateOfBirth', command.dateOfBirth, command.context.now);
    return [
      {
        type: 'PupilReferenceRegistered',
        data: { pupilId: command.pupilId, reference: command.reference, dateOfBirth: command.dateOfBirth, yearGroup: command.yearGroup },
      },
    ];
  },
  evolve: (_state, event) => ({ status: 'registered', pupilId: event.data.pupilId }),
};

export const toSettingStreamId = (tenantId: string): string => streamId('setting', tenantId, tenantId);
export const toStaffStreamId = (tenantId: string, staffId: string): string => streamId('staff', tenantId, staffId);
export const toPupilStreamId = (tenantId: string, pupilId: string): string => streamId('pupil', tenantId, pupilId);
