import { GENESIS_HASH, type RecordedEvent } from '@ledger/kernel';
import canonicalizeCjs from 'canonicalize';
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
  const canonicalize = canonicalizeCjs as unknown as (input: unknown) => string | undefined;
  it.each([
    ['nested objects with unsorted keys', { b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } }],
    ['unicode and escapes', { é: 'naïve “quotes” \n \u0007 \ud83d\ude00', '\u20ac': 1, A: 2, a: 3 }],
    ['integer-like keys, which V8 orders numerically', { 10: 'ten', 9: 'nine', b: 'b', 1: 'one' }],
    ['numbers', { n: [0, -0, 1e21, 1e-7, 0.1, 123456789.125, -5, 2 ** 53] }],
    ['undefined members and array holes', { a: undefined, b: [undefined, 1], c: 'kept' }],
    ['an empty object and array', { a: {}, b: [] }],
  ])('should equal the canonicalize package (RFC 8785) for %s', (_what, value) => {
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });
});
