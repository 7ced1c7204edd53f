import type { DecisionContext, StaffFacts } from '@ledger/kernel';

export const SETTING = 'oakfield-ap';
export const REGISTERED_AT = '2022-09-01T08:00:00.000Z';
export const NOW = '2025-03-10T12:00:00.000Z';
export const TODAY = '2025-03-10T09:30:00.000Z';

/** Staff facts: current since 2022 unless a leaving date is given. */
export function staff(id: string, leftOn?: string): StaffFacts {
  return { staffId: id, status: leftOn ? 'left' : 'current', joinedOn: '2022-09-01T00:00:00.000Z', ...(leftOn ? { leftOn } : {}) };
}

export function context(staffFacts: StaffFacts[] = [], overrides: Partial<DecisionContext> = {}): DecisionContext {
  return { now: NOW, settingRegisteredAt: REGISTERED_AT, staff: Object.fromEntries(staffFacts.map((s) => [s.staffId, s])), ...overrides };
}

let sequence = 0;

/** A command as a handler would build it: actor, tenant, time, id, facts, payload. */
export function command<Kind extends string, Payload extends object>(
  kind: Kind,
  payload: Payload,
  options: { role?: string; actorId?: string; occurredAt?: string; context?: DecisionContext } = {},
) {
  sequence += 1;
  const actorId = options.actorId ?? 'dsl-amara';
  return {
    kind,
    ...payload,
    commandId: `cmd-${sequence}`,
    tenantId: SETTING,
    actor: { id: actorId, role: options.role ?? 'dsl' },
    occurredAt: options.occurredAt ?? TODAY,
    context: options.context ?? context([staff(actorId)]),
  };
}
