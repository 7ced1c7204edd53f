import { command, given } from '@ledger/testing';
import type { InspectionAccessCommand } from './inspection-access.commands.js';
import { inspectionAccessDecider } from './inspection-access.decider.js';
import type { InspectionAccessEvent } from './inspection-access.events.js';

const grant = (payload: object = {}, options: object = { role: 'head', actorId: 'head-cho' }) =>
  command(
    'GrantInspectionAccess',
    {
      grantId: 'g-1',
      inspectorId: 'ofsted-hmi-42',
      inspectorate: 'ofsted',
      validFrom: '2025-03-10T07:00:00Z',
      validUntil: '2025-03-12T17:00:00Z',
      purpose: 'Graded inspection',
      ...payload,
    },
    options,
  ) as unknown as InspectionAccessCommand;

const granted: InspectionAccessEvent = {
  type: 'InspectionAccessGranted',
  data: {
    grantId: 'g-1',
    inspectorId: 'ofsted-hmi-42',
    inspectorate: 'ofsted',
    validFrom: '2025-03-10T07:00:00.000Z',
    validUntil: '2025-03-12T17:00:00.000Z',
    purpose: 'Graded inspection',
    grantedBy: 'head-cho',
  },
};

describe('Inspection access', () => {
  it('should grant time-boxed access, recording who granted it', () => {
    given(inspectionAccessDecider).when(grant()).then([granted]);
  });

  it.each([
    ['a teacher', grant({}, { role: 'staff', actorId: 't-1' }), 'COMMAND.ROLE_NOT_PERMITTED'],
    ['an inspector granting themself', grant({}, { role: 'inspector', actorId: 'ofsted-hmi-42' }), 'COMMAND.ROLE_NOT_PERMITTED'],
    ['an end before the start', grant({ validUntil: '2025-03-09T00:00:00Z' }), 'ACCESS.GRANT_WINDOW_INVALID'],
    ['more than 14 days', grant({ validUntil: '2025-03-30T00:00:00Z' }), 'ACCESS.GRANT_TOO_LONG'],
    [
      'a window already over',
      grant({ validFrom: '2025-03-01T00:00:00Z', validUntil: '2025-03-02T00:00:00Z' }),
      'ACCESS.GRANT_ALREADY_ENDED',
    ],
    ['no purpose', grant({ purpose: '  ' }), 'ACCESS.MISSING_TEXT'],
    ['a date that is not one', grant({ validUntil: 'friday' }), 'COMMAND.INVALID_DATE'],
  ])('should refuse %s', (_what, cmd, code) => {
    given(inspectionAccessDecider).when(cmd).thenRejects(code);
  });

  it('should refuse a grant id used twice', () => {
    given(inspectionAccessDecider, [granted]).when(grant()).thenRejects('ACCESS.DUPLICATE_GRANT');
  });

  it('should revoke a grant once, then refuse again', () => {
    const revoke = command('RevokeInspectionAccess', { grantId: 'g-1', reason: 'Inspection over' }, { role: 'dsl', actorId: 'dsl-amara' });
    const [revoked] = given(inspectionAccessDecider, [granted])
      .when(revoke as unknown as InspectionAccessCommand)
      .then([{ type: 'InspectionAccessRevoked' }]);
    expect(revoked!.data).toMatchObject({ grantId: 'g-1', revokedBy: 'dsl-amara' });
    const state = given(inspectionAccessDecider, [granted, revoked!]).state;
    expect(state.grants['g-1']!.revokedAt).toEqual(expect.any(String));
    given(inspectionAccessDecider, [granted, revoked!])
      .when(revoke as unknown as InspectionAccessCommand)
      .thenRejects('ACCESS.GRANT_ALREADY_REVOKED');
    given(inspectionAccessDecider)
      .when(revoke as unknown as InspectionAccessCommand)
      .thenRejects('ACCESS.GRANT_NOT_FOUND');
  });
});
