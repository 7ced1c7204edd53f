import type { Role } from '@ledger/kernel';

export const SAFEGUARDING_APPOINTMENTS = [
  'dsl',
  'deputy_dsl',
  'esafety_coordinator',
  'safeguarding_governor',
  'filtering_governor',
  'filtering_slt_lead',
] as const;
export type SafeguardingAppointment = (typeof SAFEGUARDING_APPOINTMENTS)[number];
export const SETTING_KINDS = ['school', 'alternative_provision'] as const;
export type SettingKind = (typeof SETTING_KINDS)[number];

export type SettingRegistered = {
  readonly type: 'SettingRegistered';
  readonly data: {
    readonly settingId: string;
    readonly name: string;
    readonly kind: SettingKind;
    readonly localAuthority: string;
  };
};
export type TrustFormed = { readonly type: 'TrustFormed'; readonly data: { readonly trustId: string; readonly name: string } };
export type SettingJoinedTrust = {
  readonly type: 'SettingJoinedTrust';
  readonly data: { readonly settingId: string; readonly trustId: string };
};
export type SafeguardingRoleAppointed = {
  readonly type: 'SafeguardingRoleAppointed';
  readonly data: { readonly settingId: string; readonly appointment: SafeguardingAppointment; readonly personId: string };
};
export type SafeguardingRoleEnded = {
  readonly type: 'SafeguardingRoleEnded';
  readonly data: { readonly settingId: string; readonly appointment: SafeguardingAppointment; readonly personId: string };
};
export type SettingEvent = SettingRegistered | TrustFormed | SettingJoinedTrust | SafeguardingRoleAppointed | SafeguardingRoleEnded;

export type StaffMemberJoined = {
  readonly type: 'StaffMemberJoined';
  readonly data: { readonly staffId: string; readonly name: string; readonly roles: readonly Role[]; readonly jobTitle: string };
};
export type StaffRolesChanged = {
  readonly type: 'StaffRolesChanged';
  readonly data: { readonly staffId: string; readonly roles: readonly Role[]; readonly jobTitle: string };
};
export type StaffMemberLeft = { readonly type: 'StaffMemberLeft'; readonly data: { readonly staffId: string; readonly reason: string } };
/** Where alerts reach this person (personal data: encrypted under their key, erased with them; never copied into an alert event). */
export type StaffAlertAddressSet = {
  readonly type: 'StaffAlertAddressSet';
  readonly data: { readonly staffId: string; readonly email: string };
};
export type StaffEvent = StaffMemberJoined | StaffRolesChanged | StaffMemberLeft | StaffAlertAddressSet;

export type PupilReferenceRegistered = {
  readonly type: 'PupilReferenceRegistered';
  readonly data: { readonly pupilId: string; readonly reference: string; readonly dateOfBirth: string; readonly yearGroup: string };
};
export type PupilEvent = PupilReferenceRegistered;
