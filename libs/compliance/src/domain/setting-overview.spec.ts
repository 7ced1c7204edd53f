import type { CaseloadRecord } from './caseload.projection.js';
import type { OverdueReviewRow } from './policy-views.js';
import { settingOverview } from './setting-overview.js';
import type { TrainingStatusView } from './training-status.view.js';

const training: TrainingStatusView = {
  at: '2025-03-01',
  dueSoonDays: 30,
  rows: [],
  totals: { required: 40, compliant: 30, dueSoon: 4, overdue: 4, neverDone: 2, percentCompliant: 75 },
};
const review = (documentId: string, state: OverdueReviewRow['state']): OverdueReviewRow => ({
  documentId,
  title: documentId,
  nextDueOn: '2025-02-01',
  state,
  daysOverdue: state === 'overdue' ? 28 : -10,
  pastReviews: [],
});
/** An incident as the caseload keeps it: only where it stands matters here. */
const incident = (incidentId: string, stands: 'untriaged' | 'open' | 'closed') =>
  ({
    kind: 'incident',
    incidentId,
    triageDecision: stands === 'untriaged' ? null : 'refer',
    closedOn: stands === 'closed' ? '2025-01-10' : null,
  }) as unknown as CaseloadRecord;

describe('settingOverview', () => {
  it("should take training from the view's own totals and count only reviews past their date", () => {
    const overview = settingOverview(training, [review('a', 'overdue'), review('b', 'due_soon'), review('c', 'overdue')], []);
    expect(overview).toEqual({ at: '2025-03-01', trainingRequired: 40, trainingPercentCompliant: 75, overdueReviews: 2, openIncidents: 0 });
  });

  it('should count untriaged and open incidents, not closed ones', () => {
    const caseload = [incident('1', 'untriaged'), incident('2', 'open'), incident('3', 'open'), incident('4', 'closed')];
    expect(settingOverview(training, [], caseload).openIncidents).toBe(3);
  });

  it.each([1, 2])('should withhold a count of %i open incidents', (n) => {
    const caseload = Array.from({ length: n }, (_, i) => incident(String(i), 'open'));
    expect(settingOverview(training, [], caseload).openIncidents).toBeNull();
  });
});
