import { authorise, type Principal } from './principal.js';
import { OPERATIONS, PERMISSIONS } from './permissions.js';
import type { InspectionGrant } from './inspection-access.decider.js';

const NOW = '2025-03-10T12:00:00.000Z';
const dsl: Principal = { subject: 'dsl-1', actorId: 'dsl-1', role: 'dsl', tenants: ['a'] };
const inspector: Principal = { subject: 'hmi-1', actorId: 'hmi-1', role: 'inspector', tenants: ['a'] };
const grant = (over: Partial<InspectionGrant> = {}): InspectionGrant => ({
  grantId: 'g',
  inspectorId: 'hmi-1',
  inspectorate: 'ofsted',
  validFrom: '2025-03-10T07:00:00.000Z',
  validUntil: '2025-03-10T18:00:00.000Z',
  purpose: 'p',
  grantedBy: 'head-1',
  revokedAt: null,
  ...over,
});

describe('authorise', () => {
  it('should allow a role its operations in its own setting', () => {
    expect(authorise(dsl, 'TriageIncident', 'a', [], NOW)).toBeUndefined();
  });

  it('should refuse an operation outside the role, another setting, or no setting', () => {
    expect(authorise(dsl, 'events', 'a', [], NOW)).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
    expect(authorise(dsl, 'TriageIncident', 'b', [], NOW)).toMatchObject({ code: 'FORBIDDEN', reason: 'tenant' });
    expect(authorise(dsl, 'TriageIncident', undefined, [], NOW)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it.each([
    ['no grant', [], false],
    ['a grant in force', [grant()], true],
    ['a grant for someone else', [grant({ inspectorId: 'hmi-2' })], false],
    ['a grant not started', [grant({ validFrom: '2025-03-11T07:00:00.000Z', validUntil: '2025-03-12T07:00:00.000Z' })], false],
    ['a grant ended', [grant({ validUntil: '2025-03-10T11:59:59.999Z' })], false],
    ['a revoked grant', [grant({ revokedAt: '2025-03-10T11:00:00.000Z' })], false],
  ])('should let an inspector read with %s: %s', (_what, grants, allowed) => {
    const refusal = authorise(inspector, 'trainingStatus', 'a', grants as InspectionGrant[], NOW);
    if (allowed) expect(refusal).toBeUndefined();
    else expect(refusal).toMatchObject({ code: 'FORBIDDEN', reason: 'no_grant' });
  });

  it('should never let inspectors, auditors or governors write', () => {
    const writes = OPERATIONS.filter((op) => /^[A-Z]/.test(op));
    for (const role of ['inspector', 'auditor', 'governor'] as const) {
      const allowed = writes.filter((op) => (PERMISSIONS[op] as readonly string[]).includes(role));
      expect(role === 'governor' ? allowed.every((op) => /Version|Acknowledge|Sign|Review/.test(op)) : allowed).toEqual(
        role === 'governor' ? true : [],
      );
    }
  });
});
