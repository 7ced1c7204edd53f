/** The roles a person acts in (DOMAIN.md "Who uses the ledger"). */
export const ROLES = [
  'dsl',
  'deputy_dsl',
  'head',
  'slt',
  'staff',
  'esafety_coordinator',
  'governor',
  'chair_of_governors',
  'safeguarding_governor',
  'filtering_governor',
  'inspector',
  'auditor',
  'trust_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that lead safeguarding in a setting. */
export const DSL_ROLES: readonly Role[] = ['dsl', 'deputy_dsl'];
/** Roles that lead the setting. */
export const LEADERSHIP_ROLES: readonly Role[] = ['head', 'slt', 'dsl', 'deputy_dsl'];
/** Roles held by members of staff (anyone on the staff can report a concern). */
export const STAFF_ROLES: readonly Role[] = [...LEADERSHIP_ROLES, 'staff', 'esafety_coordinator'];
/** Governors, who approve and ratify. */
export const GOVERNOR_ROLES: readonly Role[] = ['governor', 'chair_of_governors', 'safeguarding_governor', 'filtering_governor'];
