import { incidentStatus, type CaseloadRecord } from './caseload.projection.js';
import { SMALLEST_SHOWN } from './disclosure-control.js';
import type { OverdueReviewRow } from './policy-views.js';
import type { TrainingStatusView } from './training-status.view.js';

/** One setting at a glance for its trust: counts only, built on the setting's own views (one authority for each figure). */
export interface SettingOverview {
  readonly at: string;
  readonly trainingRequired: number;
  readonly trainingPercentCompliant: number;
  readonly overdueReviews: number;
  /** Incidents not yet closed; null when 1 or 2 (withheld, as the governors' report withholds them). */
  readonly openIncidents: number | null;
}

/**
 * The figures a trust administrator compares across settings. Training is the training-status
 * view's own totals; reviews count only those past their date (not "due soon"); open incidents
 * are counted, never listed, and a count of 1 or 2 is withheld: a trust administrator reads no
 * case, and a small count in a small setting can point at one.
 */
export function settingOverview(
  training: TrainingStatusView,
  reviews: readonly OverdueReviewRow[],
  caseload: readonly CaseloadRecord[],
): SettingOverview {
  const open = caseload.filter((r) => r.kind === 'incident' && incidentStatus(r) !== 'closed').length;
  return {
    at: training.at,
    trainingRequired: training.totals.required,
    trainingPercentCompliant: training.totals.percentCompliant,
    overdueReviews: reviews.filter((r) => r.state === 'overdue').length,
    openIncidents: open > 0 && open < SMALLEST_SHOWN ? null : open,
  };
}
