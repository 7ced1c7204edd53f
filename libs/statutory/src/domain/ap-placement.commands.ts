import type { DomainCommand } from '@ledger/kernel';
import type { ProviderRegistration, SchoolDay } from './ap-placement.events.js';

export type RecordApPlacement = DomainCommand<
  'RecordApPlacement',
  {
    placementId: string;
    pupilId: string;
    providerName: string;
    registration: ProviderRegistration;
    urn: string | null;
    startOn: string;
    days: readonly SchoolDay[];
    hoursPerWeek: number;
    providerChecks: readonly string[];
  }
>;
export type ReviewApPlacement = DomainCommand<
  'ReviewApPlacement',
  { placementId: string; reviewId: string; attendancePercent: number; welfareNotes: string }
>;
export type EndApPlacement = DomainCommand<'EndApPlacement', { placementId: string; reason: string }>;

export type ApPlacementCommand = RecordApPlacement | ReviewApPlacement | EndApPlacement;
