import { DomainError } from './errors.js';
import type { CommandMeta } from './command.js';
import type { Role } from './roles.js';

/** What the decider may know about a member of staff, from their own stream. */
export interface StaffFacts {
  readonly staffId: string;
  readonly status: 'current' | 'left';
  readonly joinedOn: string;
  readonly leftOn?: string;
}

/**
 * Facts from other aggregates and the ledger clock, looked up by the handler and carried
 * on the command, so that deciders stay pure.
 */
export interface DecisionContext {
  /** The ledger clock when the command was received (ISO-8601). */
  readonly now: string;
  /** When the setting was registered; undefined when it is not (yet). */
  readonly settingRegisteredAt?: string;
  /** Staff named by the command, by id. */
  readonly staff: Readonly<Record<string, StaffFacts>>;
}

/** A domain command: who, where, when, its id, the facts it was decided with, and its payload. */
export type DomainCommand<Kind extends string, Payload extends object = object> = CommandMeta & {
  readonly kind: Kind;
  readonly context: DecisionContext;
} & Payload;

/** A business rule refused a command; `code` is stable forever. */
export class RuleViolation extends DomainError {
  constructor(
    readonly code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message, details);
  }
}

/** Nothing the ledger records happened before this. */
export const EARLIEST_EVENT = '1900-01-01T00:00:00.000Z';

/** Allowed clock skew for "not in the future". */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const CommonErrors = {
  occurredInFuture: (occurredAt: string, now: string) =>
    new RuleViolation('COMMAND.OCCURRED_IN_FUTURE', `occurredAt ${occurredAt} is in the future (now ${now})`, { occurredAt, now }),
  occurredTooLongAgo: (occurredAt: string) =>
    new RuleViolation('COMMAND.DATE_OUT_OF_RANGE', `occurredAt ${occurredAt} is not possible: it is before ${EARLIEST_EVENT.slice(0, 4)}`, {
      field: 'occurredAt',
      value: occurredAt,
    }),
  occurredBeforeSetting: (occurredAt: string, registeredAt: string) =>
    new RuleViolation(
      'COMMAND.OCCURRED_BEFORE_SETTING',
      `occurredAt ${occurredAt} is before the setting was registered (${registeredAt})`,
      { occurredAt, registeredAt },
    ),
  settingNotRegistered: (tenantId: string) =>
    new RuleViolation('SETTING.NOT_REGISTERED', `Setting ${tenantId} is not registered`, { tenantId }),
  roleNotPermitted: (role: string, action: string) =>
    new RuleViolation('COMMAND.ROLE_NOT_PERMITTED', `A ${role} may not ${action}`, { role, action }),
  staffNotCurrent: (staffId: string, as: string, at: string) =>
    new RuleViolation('STAFF.NOT_CURRENT', `${staffId} is not a current member of staff on ${at.slice(0, 10)} and cannot act as ${as}`, {
      staffId,
      as,
      at,
    }),
  invalidDate: (field: string, value: string) =>
    new RuleViolation('COMMAND.INVALID_DATE', `${field} is not an ISO-8601 date: ${value}`, { field, value }),
};

/** Milliseconds of an ISO-8601 value, or COMMAND.INVALID_DATE naming the field. */
export function instantOf(field: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw CommonErrors.invalidDate(field, value);
  return ms;
}

/** occurredAt is a real date, not in the future beyond the skew, and not before the setting existed. */
export function checkOccurredAt(
  command: { occurredAt: string; context: DecisionContext },
  options: { allowBeforeSetting?: boolean } = {},
): void {
  const at = instantOf('occurredAt', command.occurredAt);
  if (at > instantOf('now', command.context.now) + CLOCK_SKEW_MS)
    throw CommonErrors.occurredInFuture(command.occurredAt, command.context.now);
  if (at < Date.parse(EARLIEST_EVENT)) throw CommonErrors.occurredTooLongAgo(command.occurredAt);
  if (options.allowBeforeSetting) return;
  const registered = command.context.settingRegisteredAt;
  if (registered === undefined) throw CommonErrors.settingNotRegistered((command as unknown as CommandMeta).tenantId);
  if (at < instantOf('settingRegisteredAt', registered)) throw CommonErrors.occurredBeforeSetting(command.occurredAt, registered);
}

/** The actor's role is one of those allowed to do this. */
export function checkRole(command: CommandMeta, allowed: readonly Role[], action: string): void {
  if (!(allowed as readonly string[]).includes(command.actor.role)) throw CommonErrors.roleNotPermitted(command.actor.role, action);
}

/** The person is on the setting's staff on `at` (joined before, not left before). */
export function checkCurrentStaff(context: DecisionContext, staffId: string, at: string, as: string): void {
  const facts = context.staff[staffId];
  const when = instantOf('occurredAt', at);
  if (!facts || when < instantOf('joinedOn', facts.joinedOn) || (facts.leftOn !== undefined && when >= instantOf('leftOn', facts.leftOn))) {
    throw CommonErrors.staffNotCurrent(staffId, as, at);
  }
}

/** Throws when a condition does not hold; keeps deciders to one line per rule. */
export function ensure(condition: unknown, error: () => RuleViolation): asserts condition {
  if (!condition) throw error();
}

/** An ISO-8601 instant in one form (UTC, milliseconds), so instants compare like with like; COMMAND.INVALID_DATE naming the field. */
export function normalInstant(field: string, value: string): string {
  return new Date(instantOf(field, value)).toISOString();
}
