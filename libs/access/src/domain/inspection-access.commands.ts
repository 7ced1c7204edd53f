import type { DomainCommand } from '@ledger/kernel';
import type { Inspectorate } from './inspection-access.events.js';

export type GrantInspectionAccess = DomainCommand<
  'GrantInspectionAccess',
  { grantId: string; inspectorId: string; inspectorate: Inspectorate; validFrom: string; validUntil: string; purpose: string }
>;
export type RevokeInspectionAccess = DomainCommand<'RevokeInspectionAccess', { grantId: string; reason: string }>;

export type InspectionAccessCommand = GrantInspectionAccess | RevokeInspectionAccess;
