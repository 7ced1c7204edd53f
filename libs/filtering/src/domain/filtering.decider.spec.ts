import { command, given } from '@ledger/testing';
import type { FilteringCommand } from './filtering.commands.js';
import { filteringDecider } from './filtering.decider.js';

const f = (kind: FilteringCommand['kind'], payload: object, role = 'slt') =>
  command(kind, payload, { role, actorId: 'slt-fay' }) as unknown as FilteringCommand;

describe('filteringDecider', () => {
  it('should refuse impossible times, a review without attendees and control characters', () => {
    given(filteringDecider)
      .when(
        f(
          'HandleMonitoringAlert',
          { alertId: 'a-9', receivedAt: '2025-03-10T07:00:00Z', dslInformedAt: '9999-12-31T00:00:00Z', summary: 's' },
          'dsl',
        ),
      )
      .thenRejects('COMMAND.DATE_OUT_OF_RANGE');
    given(filteringDecider)
      .when(f('HoldFilteringReview', { reviewId: 'r-9', attendees: [], findings: 'ok', actions: [] }))
      .thenRejects('FILTERING.REVIEW_NEEDS_ATTENDEES');
    given(filteringDecider)
      .when(f('TestFilter', { testId: 't-9', result: 'passed', detail: 'bad\u0007bell' }))
      .thenRejects('COMMAND.TEXT_NOT_PRINTABLE');
  });

  it('should record the annual review with attendees, findings and actions', () => {
    given(filteringDecider)
      .when(
        f('HoldFilteringReview', {
          reviewId: 'r-2024',
          attendees: ['slt-fay', 'gov-gil', 'it-provider'],
          findings: 'YouTube restricted mode not enforced',
          actions: ['Enforce restricted mode'],
        }),
      )
      .then([{ type: 'FilteringReviewHeld', data: expect.objectContaining({ reviewId: 'r-2024', heldOn: '2025-03-10' }) }]);
  });

  it('should need a rationale for a block or allow decision', () => {
    given(filteringDecider)
      .when(f('RecordFilterDecision', { decisionId: 'd-1', decision: 'allow', target: 'bbc.co.uk/bitesize', rationale: ' ' }))
      .thenRejects('FILTERING.RATIONALE_REQUIRED');
  });

  it('should refuse a DSL informed before the alert arrived, and a teacher handling alerts', () => {
    given(filteringDecider)
      .when(
        f(
          'HandleMonitoringAlert',
          { alertId: 'a-1', receivedAt: '2025-03-10T09:00:00Z', dslInformedAt: '2025-03-10T08:00:00Z', summary: 's' },
          'dsl',
        ),
      )
      .thenRejects('FILTERING.DSL_INFORMED_BEFORE_ALERT');
    given(filteringDecider)
      .when(
        f(
          'HandleMonitoringAlert',
          { alertId: 'a-1', receivedAt: '2025-03-10T09:00:00Z', dslInformedAt: '2025-03-10T09:05:00Z', summary: 's' },
          'staff',
        ),
      )
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
  });
});
