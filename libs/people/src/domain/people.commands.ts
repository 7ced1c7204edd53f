import type { DomainCommand, Role } from '@ledger/kernel';
import type { SafeguardingAppointment, SettingKind } from './people.events.js';

export type RegisterSetting = DomainCommand<'RegisterSetting', { name: string; settingKind: SettingKind; localAuthority: string }>;
export type FormTrust = DomainCommand<'FormTrust', { name: string }>;
export type JoinTrust = DomainCommand<'JoinTrust', { trustId: string }>;
export type AppointSafeguardingRole = DomainCommand<'AppointSafeguardingRole', { appointment: SafeguardingAppointment; personId: string }>;
export type EndSafeguardingRole = DomainCommand<'EndSafeguardingRole', { appointment: SafeguardingAppointment; personId: string }>;
export type SettingCommand = RegisterSetting | FormTrust | JoinTrust | AppointSafeguardingRole | EndSafeguardingRole;

export type JoinStaff = DomainCommand<'JoinStaff', { staffId: string; name: string; roles: readonly Role[]; jobTitle: string }>;
export type ChangeStaffRoles = DomainCommand<'ChangeStaffRoles', { staffId: string; roles: readonly Role[]; jobTitle: string }>;
export type RecordStaffLeaving = DomainCommand<'RecordStaffLeaving', { staffId: string; reason: string }>;
export type SetAlertAddress = DomainCommand<'SetAlertAddress', { staffId: string; email: string }>;
export type StaffCommand = JoinStaff | ChangeStaffRoles | RecordStaffLeaving | SetAlertAddress;

export type RegisterPupilReference = DomainCommand<
  'RegisterPupilReference',
  { pupilId: string; reference: string; dateOfBirth: string; yearGroup: string }
>;
export type PupilCommand = RegisterPupilReference;
