/** Compliance views across the contexts: training status, overdue reviews, CPD matrix, governor report, evidence trail. */
export { ComplianceViews, type ViewOptions } from './application/compliance-views.js';
export * from './application/training-import.js';
export { DEFAULT_REPLAY_LIMITS, type ReplayLimits, type ReplayObserver } from './application/replay-snapshots.js';
export * from './domain/disclosure-control.js';
export * from './domain/caseload.projection.js';
export * from './domain/evidence-trail.js';
export * from './domain/governor-report.js';
export * from './domain/policy-register.projection.js';
export * from './domain/policy-views.js';
export * from './domain/setting-overview.js';
export * from './domain/report-disclosure.js';
export * from './domain/safeguarding-activity.projection.js';
export * from './domain/time-travel.js';
export * from './domain/training-status.projection.js';
export * from './domain/training-status.view.js';

import type { Projection } from '@ledger/kernel';
import { caseloadProjection } from './domain/caseload.projection.js';
import { policyRegisterProjection } from './domain/policy-register.projection.js';
import { safeguardingActivityProjection } from './domain/safeguarding-activity.projection.js';
import { trainingStatusProjection } from './domain/training-status.projection.js';

/** The projections this library's views read; the projector runs them. */
export const COMPLIANCE_PROJECTIONS: readonly Projection[] = [
  trainingStatusProjection as Projection,
  policyRegisterProjection as Projection,
  safeguardingActivityProjection as Projection,
  caseloadProjection as Projection,
];
