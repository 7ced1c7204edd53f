import { LEADERSHIP_ROLES, STAFF_ROLES, type Role } from '@ledger/kernel';
import type { PupilCommand, SettingCommand, StaffCommand } from './people.commands.js';

const REGISTRARS: readonly Role[] = ['head', 'trust_admin'];
const APPOINTERS: readonly Role[] = [...REGISTRARS, 'chair_of_governors'];
const STAFF_LIST: readonly Role[] = [...LEADERSHIP_ROLES, 'trust_admin'];

/** Who may issue each people command: the one table the deciders check, the API's permission table lists and the README prints. */
export const PEOPLE_ROLES = {
  RegisterSetting: REGISTRARS,
  FormTrust: REGISTRARS,
  JoinTrust: REGISTRARS,
  AppointSafeguardingRole: APPOINTERS,
  EndSafeguardingRole: APPOINTERS,
  JoinStaff: STAFF_LIST,
  ChangeStaffRoles: STAFF_LIST,
  RecordStaffLeaving: STAFF_LIST,
  SetAlertAddress: STAFF_LIST,
  RegisterPupilReference: STAFF_ROLES,
} as const satisfies Record<(SettingCommand | StaffCommand | PupilCommand)['kind'], readonly Role[]>;
