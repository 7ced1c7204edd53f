import { checkOccurredAt, checkPayload, checkRole, ensure, RuleViolation, type Decider, streamId } from '@ledger/kernel';
import type { ApPlacementCommand } from './ap-placement.commands.js';
import type { ApPlacementEvent } from './ap-placement.events.js';
import { AP_PLACEMENT_ROLES } from './ap-placement.roles.js';

export const ApPlacementErrors = {
  alreadyRecorded: (placementId: string) =>
    new RuleViolation('APPLACEMENT.ALREADY_RECORDED', `Placement ${placementId} is already recorded`, { placementId }),
  urnRequired: () =>
    new RuleViolation('APPLACEMENT.URN_REQUIRED', 'A registered provider has a URN (6 digits); an unregistered one has none'),
  checksRequired: () =>
    new RuleViolation(
      'APPLACEMENT.PROVIDER_CHECKS_REQUIRED',
      "Record the checks made on the provider's safeguarding before placing a pupil there",
    ),
  noDays: () => new RuleViolation('APPLACEMENT.DAYS_REQUIRED', 'Name the days of the week the pupil attends the provider'),
  hours: () => new RuleViolation('APPLACEMENT.HOURS_OUT_OF_RANGE', 'Hours per week must be more than 0 and at most 40'),
  notFound: (placementId: string) => new RuleViolation('APPLACEMENT.NOT_FOUND', `No placement ${placementId} is recorded`, { placementId }),
  ended: (placementId: string) => new RuleViolation('APPLACEMENT.ENDED', `Placement ${placementId} has ended`, { placementId }),
  beforeStart: (startOn: string) =>
    new RuleViolation('APPLACEMENT.BEFORE_START', `The placement starts on ${startOn}: nothing can be recorded before then`, { startOn }),
  attendance: () => new RuleViolation('APPLACEMENT.ATTENDANCE_OUT_OF_RANGE', 'Attendance is a percentage from 0 to 100'),
  duplicateReview: (reviewId: string) =>
    new RuleViolation('APPLACEMENT.DUPLICATE_REVIEW', `Review ${reviewId} is already recorded`, { reviewId }),
};

export type ApPlacementState =
  | { readonly status: 'none' }
  | { readonly status: 'active'; readonly startOn: string; readonly reviewIds: readonly string[] }
  | { readonly status: 'ended' };

const URN = /^\d{6}$/;

/** One alternative-provision placement (stream `applacement-<setting>.<placementId>`). */
export const apPlacementDecider: Decider<ApPlacementCommand, ApPlacementEvent, ApPlacementState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command, {
      nonEmptyLists: ['providerChecks', 'days'],
      emptyList: (field) => (field === 'days' ? ApPlacementErrors.noDays() : ApPlacementErrors.checksRequired()),
    });
    const day = command.occurredAt.slice(0, 10);
    switch (command.kind) {
      case 'RecordApPlacement':
        checkRole(command, AP_PLACEMENT_ROLES[command.kind], 'record an alternative-provision placement');
        ensure(state.status === 'none', () => ApPlacementErrors.alreadyRecorded(command.placementId));
        ensure(command.registration === 'registered' ? URN.test(command.urn ?? '') : command.urn === null, () =>
          ApPlacementErrors.urnRequired(),
        );
        ensure(command.providerChecks.length > 0, () => ApPlacementErrors.checksRequired());
        ensure(command.days.length > 0, () => ApPlacementErrors.noDays());
        ensure(command.hoursPerWeek > 0 && command.hoursPerWeek <= 40, () => ApPlacementErrors.hours());
        return [
          {
            type: 'ApPlacementRecorded',
            data: {
              placementId: command.placementId,
              pupilId: command.pupilId,
              providerName: command.providerName,
              registration: command.registration,
              urn: command.urn,
              startOn: command.startOn,
              days: [...new Set(command.days)],
              hoursPerWeek: command.hoursPerWeek,
              providerChecks: command.providerChecks,
            },
          },
        ];
      case 'ReviewApPlacement':
        checkRole(command, AP_PLACEMENT_ROLES[command.kind], 'review an alternative-provision placement');
        ensure(state.status !== 'none', () => ApPlacementErrors.notFound(command.placementId));
        ensure(state.status === 'active', () => ApPlacementErrors.ended(command.placementId));
        ensure(day >= state.startOn, () => ApPlacementErrors.beforeStart(state.startOn));
        ensure(!state.reviewIds.includes(command.reviewId), () => ApPlacementErrors.duplicateReview(command.reviewId));
        ensure(command.attendancePercent >= 0 && command.attendancePercent <= 100, () => ApPlacementErrors.attendance());
        return [
          {
            type: 'ApPlacementReviewed',
            data: {
              placementId: command.placementId,
              reviewId: command.reviewId,
              reviewedOn: day,
              attendancePercent: command.attendancePercent,
              welfareNotes: command.welfareNotes,
            },
          },
        ];
      case 'EndApPlacement':
        checkRole(command, AP_PLACEMENT_ROLES[command.kind], 'end an alternative-provision placement');
        ensure(state.status !== 'none', () => ApPlacementErrors.notFound(command.placementId));
        ensure(state.status === 'active', () => ApPlacementErrors.ended(command.placementId));
        ensure(day >= state.startOn, () => ApPlacementErrors.beforeStart(state.startOn));
        return [{ type: 'ApPlacementEnded', data: { placementId: command.placementId, endedOn: day, reason: command.reason } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ApPlacementRecorded':
        return { status: 'active', startOn: event.data.startOn, reviewIds: [] };
      case 'ApPlacementReviewed':
        return state.status === 'active' ? { ...state, reviewIds: [...state.reviewIds, event.data.reviewId] } : state;
      case 'ApPlacementEnded':
        return { status: 'ended' };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export const toApPlacementStreamId = (tenantId: string, placementId: string): string => streamId('applacement', tenantId, placementId);
