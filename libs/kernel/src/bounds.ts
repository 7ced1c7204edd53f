import type { DomainError } from './errors.js';
import { CLOCK_SKEW_MS, EARLIEST_EVENT, RuleViolation, instantOf } from './decision-context.js';

/**
 * Bounds every input has, in terms a school would recognise. The GraphQL edge refuses values
 * outside them first (with finer, per-field limits); the deciders check them again here, so a
 * command from any other caller (the CLI, an import, a test) cannot record them either.
 */
export const BOUNDS = {
  /** Longest text of any field (a narrative, the child's words, a policy's text is longer: see maxTextOf). */
  maxText: 20_000,
  /** Most items in any list. */
  maxListItems: 200,
  /** A pupil is 0 to 25 years old (special educational needs provision runs to 25). */
  maxPupilAgeYears: 25,
  /** Due and review dates lie within this many years of today, either side. */
  dueDateYears: 5,
  /** Nothing the ledger records happened before this. */
  earliestEvent: EARLIEST_EVENT,
} as const;

/** C0 control characters and DEL, but tab, line feed and carriage return (allowed in text). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const BoundErrors = {
  emptyText: (field: string) => new RuleViolation('COMMAND.TEXT_EMPTY', `${field} must not be empty`, { field }),
  notPrintable: (field: string) =>
    new RuleViolation('COMMAND.TEXT_NOT_PRINTABLE', `${field} contains control characters; only printable text can be recorded`, { field }),
  tooLong: (field: string, max: number) =>
    new RuleViolation('COMMAND.TEXT_TOO_LONG', `${field} is longer than ${max} characters`, { field, max }),
  emptyList: (field: string) => new RuleViolation('COMMAND.LIST_EMPTY', `${field} must name at least one`, { field }),
  longList: (field: string, max: number) =>
    new RuleViolation('COMMAND.LIST_TOO_LONG', `${field} has more than ${max} items`, { field, max }),
  dateOutOfRange: (field: string, value: string, why: string) =>
    new RuleViolation('COMMAND.DATE_OUT_OF_RANGE', `${field} ${value} is not possible: ${why}`, { field, value }),
};

/** Fields of every command that are not its payload. */
const META_FIELDS = new Set([
  'kind',
  'commandId',
  'tenantId',
  'actor',
  'occurredAt',
  'correlationId',
  'causationId',
  'fingerprint',
  'context',
  'rule',
]);

export interface PayloadBounds {
  /** Text fields that may be empty ("nothing found"). Every other text must have something besides spaces. */
  readonly mayBeEmpty?: readonly string[];
  /** Lists that make no sense empty (a member of staff's roles, what a search seeks). */
  readonly nonEmptyLists?: readonly string[];
  /** Text fields allowed to be longer than BOUNDS.maxText (a policy's full text). */
  readonly longText?: readonly string[];
  /** The context's own error for blank text or an empty list, where it has one (its code stays stable). */
  readonly emptyText?: (field: string) => DomainError;
  readonly emptyList?: (field: string) => DomainError;
}

/**
 * Every text of a command's payload is printable (tabs and line breaks allowed), not blank
 * (unless listed in `mayBeEmpty`) and bounded; every list is bounded, and those that must not
 * be are non-empty. The metadata (ids, actor, time) is checked where it is used.
 */
export function checkPayload(command: object, bounds: PayloadBounds = {}): void {
  for (const [field, value] of Object.entries(command)) {
    if (META_FIELDS.has(field)) continue;
    if (Array.isArray(value)) {
      if (value.length === 0 && bounds.nonEmptyLists?.includes(field)) throw (bounds.emptyList ?? BoundErrors.emptyList)(field);
      if (value.length > BOUNDS.maxListItems) throw BoundErrors.longList(field, BOUNDS.maxListItems);
      value.forEach((item, i) => {
        if (typeof item === 'string') checkText(`${field}[${i}]`, item, { emptyText: bounds.emptyText });
      });
    } else if (typeof value === 'string') {
      checkText(field, value, {
        mayBeEmpty: bounds.mayBeEmpty?.includes(field),
        long: bounds.longText?.includes(field),
        emptyText: bounds.emptyText,
      });
    }
  }
}

/** One text: printable, bounded and (unless it may be) not blank. */
export function checkText(
  field: string,
  value: string,
  options: { mayBeEmpty?: boolean; long?: boolean; emptyText?: (field: string) => DomainError } = {},
): void {
  if (!options.mayBeEmpty && value.trim() === '') throw (options.emptyText ?? BoundErrors.emptyText)(field);
  if (CONTROL.test(value)) throw BoundErrors.notPrintable(field);
  if (!options.long && value.length > BOUNDS.maxText) throw BoundErrors.tooLong(field, BOUNDS.maxText);
}

const YEAR_MS = 365.25 * 86_400_000;

/** A date of birth of a child or young person: not in the future, at most 25 years ago. */
export function checkDateOfBirth(field: string, value: string, now: string): void {
  const born = instantOf(field, value);
  const today = instantOf('now', now);
  if (born > today) throw BoundErrors.dateOutOfRange(field, value, 'it is in the future');
  if (today - born > (BOUNDS.maxPupilAgeYears + 1) * YEAR_MS)
    throw BoundErrors.dateOutOfRange(field, value, `a pupil is at most ${BOUNDS.maxPupilAgeYears} years old`);
}

/** A due or review date: within a few years of today, either side. */
export function checkDueDate(field: string, value: string, now: string): void {
  const due = instantOf(field, value);
  const today = instantOf('now', now);
  if (Math.abs(due - today) > BOUNDS.dueDateYears * YEAR_MS)
    throw BoundErrors.dateOutOfRange(field, value, `a due date is within ${BOUNDS.dueDateYears} years of today`);
}

/** When something happened: no later than now (give or take the clock skew), and not absurdly long ago. */
export function checkPastInstant(field: string, value: string, now: string): void {
  const at = instantOf(field, value);
  if (at > instantOf('now', now) + CLOCK_SKEW_MS) throw BoundErrors.dateOutOfRange(field, value, 'it is in the future');
  if (at < Date.parse(BOUNDS.earliestEvent))
    throw BoundErrors.dateOutOfRange(field, value, `it is before ${BOUNDS.earliestEvent.slice(0, 4)}`);
}
