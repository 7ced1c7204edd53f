import { LEADERSHIP_ROLES, type Role } from '@ledger/kernel';
import type { ApPlacementCommand } from './ap-placement.commands.js';

/** Who may record alternative-provision placements and their reviews: the DSL, deputies, head and SLT. */
export const AP_PLACEMENT_ROLES = {
  RecordApPlacement: LEADERSHIP_ROLES,
  ReviewApPlacement: LEADERSHIP_ROLES,
  EndApPlacement: LEADERSHIP_ROLES,
} as const satisfies Record<ApPlacementCommand['kind'], readonly Role[]>;
