import { AP_PLACEMENT_ROLES } from './ap-placement.roles.js';
import { CENTRAL_RECORD_ROLES } from './central-record.roles.js';
import { CP_TRANSFER_ROLES } from './cp-transfer.roles.js';
import { DAY_ONE_ROLES } from './day-one.roles.js';

/** Every statutory command's roles: what the permission table spreads. */
export const STATUTORY_ROLES = { ...CP_TRANSFER_ROLES, ...AP_PLACEMENT_ROLES, ...CENTRAL_RECORD_ROLES, ...DAY_ONE_ROLES } as const;
