import { GENESIS_HASH, type RecordedEvent } from '@ledger/kernel';
import { canonicalJson, chainProblem, hashEvent } from './event-hash.js';

function event(overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  const base = {
    id: '0190f5c2-0000-7000-8000-000000000001',
    stream: 'incident-school-a.1',
    revision: 0,
    position: '1',
    type: 'IncidentReported',
    schema: 1,
    data: { category: 'cyberbullying', count: 2 },
    meta: {
      tenantId: 'school-a',
      actor: { id: 'staff-1', role: 'staff' },
      occurredAt: '2024-03-01T10:00:00.000Z',
      recordedAt: '2024-03-01T10:05:00.000Z',
      correlationId: 'c',
      causationId: null,
    },
    prevHash: GENESIS_HASH,
    ...overrides,
  };
  return { ...base, hash: overrides.hash ?? hashEvent(base) } as RecordedEvent;
}

describe(hashEvent.name, () => {
  it('should be a SHA-256 hex digest', () => {
    expect(hashEvent(event())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should not depend on key order (RFC 8785 canonical JSON)', () => {
    const a = event();
    const reordered = { ...a, data: { count: 2, category: 'cyberbullying' } };
    expect(hashEvent(reordered)).toBe(hashEvent(a));
  });

  it('should not cover the global position, which differs between adapters', () => {
    expect(hashEvent({ ...event(), position: '999' } as RecordedEvent)).toBe(hashEvent(event()));
  });

  it.each([
    ['data', { data: { category: 'cyberbullying', count: 3 } }],
    ['meta', { meta: { ...event().meta, occurredAt: '2024-03-02T10:00:00.000Z' } }],
    ['type', { type: 'IncidentClosed' }],
    ['revision', { revision: 1 }],
    ['prevHash', { prevHash: 'f'.repeat(64) }],
  ])('should change when %s changes', (_field, change) => {
    expect(hashEvent({ ...event(), ...change } as RecordedEvent)).not.toBe(hashEvent(event()));
  });

  it('should match a known digest, so that the format never drifts silently', () => {
    // Computed independently (Python: sha256 of json.dumps(fields, sort_keys=True, separators=(',', ':'))),
    // which equals RFC 8785 for these ASCII strings and small integers.
    expect(hashEvent(event())).toBe('74866767f41032ba2c87c31b658bb02feebc6269bb8eb417834cb677d1ee13e3');
  });
});

describe(chainProblem.name, () => {
  const first = event();
  const second = event({ id: '0190f5c2-0000-7000-8000-000000000002', revision: 1, prevHash: first.hash, position: '2' });

  it('should accept an unbroken chain', () => {
    expect(chainProblem(undefined, first)).toBeUndefined();
    expect(chainProblem(first, second)).toBeUndefined();
  });

  it('should name a hash that does not recompute', () => {
    expect(chainProblem(first, { ...second, data: { category: 'grooming' } })).toMatch(/^hash is/);
  });

  it('should name a broken link and a missing revision', () => {
    expect(chainProblem(undefined, second)).toMatch(/revision is 1, expected 0/);
    expect(chainProblem(first, { ...second, prevHash: GENESIS_HASH })).toMatch(/^prevHash is/);
  });
});

describe(canonicalJson.name, () => {
  it('should give the RFC 8785 (section 3.2.2) example output', () => {
    const input = JSON.parse(
      String.raw`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}`,
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('should sort keys by UTF-16 code units, including integer-like keys', () => {
    expect(canonicalJson({ 10: 'ten', 9: 'nine', b: 'b', 1: 'one', é: 1, A: 2 })).toBe(
      '{"1":"one","10":"ten","9":"nine","A":2,"b":"b","é":1}',
    );
  });
});
