import { command, given } from '@ledger/testing';
import type { ApPlacementCommand } from './ap-placement.commands.js';
import type { ApPlacementEvent } from './ap-placement.events.js';
import { apPlacementDecider } from './ap-placement.decider.js';
import { apPlacementsProjection, placementStatus, type PlacementRecord } from './statutory.projections.js';

const c = (kind: ApPlacementCommand['kind'], payload: object, role = 'dsl') =>
  command(kind, payload, { role, actorId: 'dsl-amara' }) as unknown as ApPlacementCommand;
const record = (payload: object = {}) =>
  c('RecordApPlacement', {
    placementId: 'pl-1',
    pupilId: 'p-1',
    providerName: 'Riverside Learning Centre',
    registration: 'registered',
    urn: '123456',
    startOn: '2025-01-06',
    days: ['mon', 'wed'],
    hoursPerWeek: 10,
    providerChecks: ['Safeguarding policy seen', 'DSL named'],
    ...payload,
  });
const recorded: ApPlacementEvent = {
  type: 'ApPlacementRecorded',
  data: {
    placementId: 'pl-1',
    pupilId: 'p-1',
    providerName: 'Riverside Learning Centre',
    registration: 'registered',
    urn: '123456',
    startOn: '2025-01-06',
    days: ['mon', 'wed'],
    hoursPerWeek: 10,
    providerChecks: ['Safeguarding policy seen'],
  },
};

describe('apPlacementDecider', () => {
  it('should record a placement with the checks made on the provider', () => {
    given(apPlacementDecider)
      .when(record())
      .then([{ type: 'ApPlacementRecorded' }]);
  });

  it('should need a URN for a registered provider only, the provider checks, days and sensible hours', () => {
    given(apPlacementDecider)
      .when(record({ urn: null }))
      .thenRejects('APPLACEMENT.URN_REQUIRED');
    given(apPlacementDecider)
      .when(record({ registration: 'unregistered' }))
      .thenRejects('APPLACEMENT.URN_REQUIRED');
    given(apPlacementDecider)
      .when(record({ registration: 'unregistered', urn: null }))
      .then([{ type: 'ApPlacementRecorded' }]);
    given(apPlacementDecider)
      .when(record({ providerChecks: [] }))
      .thenRejects('APPLACEMENT.PROVIDER_CHECKS_REQUIRED');
    given(apPlacementDecider)
      .when(record({ days: [] }))
      .thenRejects('APPLACEMENT.DAYS_REQUIRED');
    given(apPlacementDecider)
      .when(record({ hoursPerWeek: 0 }))
      .thenRejects('APPLACEMENT.HOURS_OUT_OF_RANGE');
    given(apPlacementDecider, [recorded]).when(record()).thenRejects('APPLACEMENT.ALREADY_RECORDED');
    given(apPlacementDecider)
      .when(c('RecordApPlacement', { days: ['mon'], providerChecks: ['x'] }, 'staff'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
  });

  it('should review an active placement only, with attendance 0 to 100', () => {
    const review = (payload: object = {}) =>
      c('ReviewApPlacement', { placementId: 'pl-1', reviewId: 'r-1', attendancePercent: 92, welfareNotes: 'Settled', ...payload });
    given(apPlacementDecider, [recorded])
      .when(review())
      .then([{ type: 'ApPlacementReviewed', data: expect.objectContaining({ reviewedOn: '2025-03-10' }) }]);
    given(apPlacementDecider).when(review()).thenRejects('APPLACEMENT.NOT_FOUND');
    given(apPlacementDecider, [recorded])
      .when(review({ attendancePercent: 101 }))
      .thenRejects('APPLACEMENT.ATTENDANCE_OUT_OF_RANGE');
    const ended: ApPlacementEvent = { type: 'ApPlacementEnded', data: { placementId: 'pl-1', endedOn: '2025-03-01', reason: 'Returned' } };
    given(apPlacementDecider, [recorded, ended]).when(review()).thenRejects('APPLACEMENT.ENDED');
    const later: ApPlacementEvent = { ...recorded, data: { ...recorded.data, startOn: '2025-04-01' } } as ApPlacementEvent;
    given(apPlacementDecider, [later]).when(review()).thenRejects('APPLACEMENT.BEFORE_START');
  });
});

describe('placementStatus', () => {
  const placement = (reviews: PlacementRecord['reviews']): PlacementRecord => ({
    placementId: 'pl-1',
    pupilId: 'p-1',
    providerName: 'Riverside',
    registration: 'registered',
    urn: '123456',
    startOn: '2025-01-06',
    days: ['mon'],
    hoursPerWeek: 10,
    providerChecks: ['x'],
    reviews,
    endedOn: null,
  });

  it('should show a placement whose half-termly review was missed as overdue', () => {
    const [row] = placementStatus([placement([])], '2025-03-10');
    expect(row).toMatchObject({ nextReviewDue: '2025-02-17', reviewState: 'overdue' });
  });

  it('should count from the last review, and show one due within 14 days as due', () => {
    expect(
      placementStatus([placement([{ reviewId: 'r', reviewedOn: '2025-02-10', attendancePercent: 90 }])], '2025-03-10')[0],
    ).toMatchObject({
      nextReviewDue: '2025-03-24',
      reviewState: 'due',
    });
    expect(
      placementStatus([placement([{ reviewId: 'r', reviewedOn: '2025-03-03', attendancePercent: 90 }])], '2025-03-10')[0]?.reviewState,
    ).toBe('ok');
  });

  it('should apply the same review twice once (idempotent projection)', () => {
    const start = apPlacementsProjection.evolve(undefined, { ...recorded, id: 'e1', meta: {} } as never);
    const review = {
      type: 'ApPlacementReviewed',
      id: 'e2',
      data: { placementId: 'pl-1', reviewId: 'r-1', reviewedOn: '2025-02-01', attendancePercent: 80 },
    };
    const once = apPlacementsProjection.evolve(start, review as never);
    expect(apPlacementsProjection.evolve(once, review as never)).toEqual(once);
  });
});
