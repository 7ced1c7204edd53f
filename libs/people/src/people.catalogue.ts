import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { PupilCommand, SettingCommand, StaffCommand } from './domain/people.commands.js';
import {
  pupilDecider,
  settingDecider,
  staffDecider,
  toPupilStreamId,
  toSettingStreamId,
  toStaffStreamId,
} from './domain/people.decider.js';
import { PEOPLE_ROLES } from './domain/people.roles.js';
import {
  AppointSafeguardingRoleInput,
  ChangeStaffRolesInput,
  EndSafeguardingRoleInput,
  FormTrustInput,
  JoinStaffInput,
  JoinTrustInput,
  RecordStaffLeavingInput,
  RegisterPupilReferenceInput,
  RegisterSettingInput,
  SetAlertAddressInput,
} from './graphql/people.input.js';

const settings = aggregateCatalogue({
  decider: settingDecider,
  toStreamId: (c: WithoutContext<SettingCommand>) => toSettingStreamId(c.tenantId),
  aggregateId: (_c, tenantId) => tenantId,
  roles: PEOPLE_ROLES,
})({
  RegisterSetting: command(RegisterSettingInput, {
    description: 'Register this setting; returns the setting id',
    toCommand: (input) => ({
      kind: 'RegisterSetting',
      name: input.name,
      settingKind: input.settingKind,
      localAuthority: input.localAuthority,
    }),
  }),
  FormTrust: command(FormTrustInput, {
    description: 'Form a multi-academy trust; returns the trust id',
    toCommand: (input) => ({ kind: 'FormTrust', name: input.name }),
  }),
  JoinTrust: command(JoinTrustInput, {
    description: 'Record that this setting joined a trust; returns the setting id',
    toCommand: (input) => ({ kind: 'JoinTrust', trustId: input.trustId }),
  }),
  AppointSafeguardingRole: command(AppointSafeguardingRoleInput, {
    description:
      'Appoint a DSL, deputy, e-safety coordinator, safeguarding or filtering governor, or filtering SLT lead; returns the setting id',
    toCommand: (input) => ({ kind: 'AppointSafeguardingRole', appointment: input.appointment, personId: input.personId }),
  }),
  EndSafeguardingRole: command(EndSafeguardingRoleInput, {
    description: 'End a safeguarding appointment; returns the setting id',
    toCommand: (input) => ({ kind: 'EndSafeguardingRole', appointment: input.appointment, personId: input.personId }),
  }),
});

const staff = aggregateCatalogue({
  decider: staffDecider,
  toStreamId: (c: WithoutContext<StaffCommand>) => toStaffStreamId(c.tenantId, c.staffId),
  aggregateId: (c) => c.staffId,
  roles: PEOPLE_ROLES,
})({
  JoinStaff: command(JoinStaffInput, {
    description: 'Add a member of staff; returns their staff id',
    toCommand: (input, newId) => ({
      kind: 'JoinStaff',
      staffId: input.staffId ?? newId(),
      name: input.name,
      roles: input.roles,
      jobTitle: input.jobTitle,
    }),
  }),
  ChangeStaffRoles: command(ChangeStaffRolesInput, {
    description: 'Change a member of staff’s roles and job title; returns their staff id',
    toCommand: (input) => ({ kind: 'ChangeStaffRoles', staffId: input.staffId, roles: input.roles, jobTitle: input.jobTitle }),
  }),
  RecordStaffLeaving: command(RecordStaffLeavingInput, {
    description: 'Record that a member of staff left; returns their staff id',
    toCommand: (input) => ({ kind: 'RecordStaffLeaving', staffId: input.staffId, reason: input.reason }),
  }),
  SetAlertAddress: command(SetAlertAddressInput, {
    description: 'Set the email address alerts reach a member of staff at; returns their staff id',
    toCommand: (input) => ({ kind: 'SetAlertAddress', staffId: input.staffId, email: input.email }),
  }),
});

const pupils = aggregateCatalogue({
  decider: pupilDecider,
  toStreamId: (c: WithoutContext<PupilCommand>) => toPupilStreamId(c.tenantId, c.pupilId),
  aggregateId: (c) => c.pupilId,
  roles: PEOPLE_ROLES,
})({
  RegisterPupilReference: command(RegisterPupilReferenceInput, {
    description: 'Register a pseudonymous pupil reference; returns the pupil id',
    toCommand: (input, newId) => ({
      kind: 'RegisterPupilReference',
      pupilId: input.pupilId ?? newId(),
      reference: input.reference,
      dateOfBirth: input.dateOfBirth,
      yearGroup: input.yearGroup,
    }),
  }),
});

/** Every people and organisation command: settings and trusts, the staff list, pupil references. */
export const PEOPLE_CATALOGUE = new CommandCatalogue<WithoutContext<SettingCommand | StaffCommand | PupilCommand>>([
  ...settings,
  ...staff,
  ...pupils,
]);
