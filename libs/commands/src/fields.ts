import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsISO8601,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { BOUNDS, CLOCK_SKEW_MS, ROLES } from '@ledger/kernel';
import { graphqlEnum } from './graphql-enum.js';

/** The roles of the permission table, shared by every input that names roles (staff roles, training requirements). */
export const RoleEnum = graphqlEnum(ROLES, 'Role', 'A role someone acts in: DSL, deputy DSL, head, SLT, staff, governors, …');

/** A calendar date written YYYY-MM-DD (review due dates, completion dates, dates of birth), and a real one. */
export function IsCalendarDate(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );
}

/** A SHA-256 written as 64 hexadecimal characters. */
export const SHA256_PATTERN = /^[0-9a-fA-F]{64}$/;
export const SHA256_MESSAGE = '$property must be 64 hexadecimal characters (a SHA-256)';

/** Control characters, bar tab, line feed and carriage return: never in anything recorded. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Every control character, line breaks and tabs included: not in a one-line value. */
const ANY_CONTROL = /[\u0000-\u001F\u007F]/;

/** Printable text: no control characters (line breaks and tabs only where `lines` is set). */
export function IsPrintable(options: { lines?: boolean } = {}, validation?: ValidationOptions): PropertyDecorator {
  const refused = options.lines ? CONTROL : ANY_CONTROL;
  return ValidateBy(
    {
      name: 'isPrintable',
      validator: {
        validate: (value) => typeof value !== 'string' || !refused.test(value),
        defaultMessage: () =>
          options.lines ? '$property must be printable text (no control characters)' : '$property must be printable text on one line',
      },
    },
    validation,
  );
}

/** Text with something in it besides spaces. */
export function IsNotBlank(validation?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value) => typeof value !== 'string' || value.trim() !== '',
        defaultMessage: () => '$property must not be empty',
      },
    },
    validation,
  );
}

/** One line of text (a name, a title, a reference): printable, not blank, at most `max` characters. */
export function IsLine(max: number, options: { mayBeEmpty?: boolean } = {}): PropertyDecorator {
  return applyDecorators(IsString(), MaxLength(max), IsPrintable(), ...(options.mayBeEmpty ? [] : [IsNotBlank()]));
}

/** Prose (a narrative, a rationale, an outcome): printable with line breaks, not blank, at most `max` characters. */
export function IsProse(max: number, options: { mayBeEmpty?: boolean } = {}): PropertyDecorator {
  return applyDecorators(IsString(), MaxLength(max), IsPrintable({ lines: true }), ...(options.mayBeEmpty ? [] : [IsNotBlank()]));
}

/** A list of one-line texts: at most `maxItems` of at most `max` characters each; `nonEmpty` when it makes no sense empty. */
export function IsLineList(maxItems: number, max: number, options: { nonEmpty?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    ...(options.nonEmpty ? [ArrayNotEmpty()] : []),
    IsString({ each: true }),
    MaxLength(max, { each: true }),
    IsPrintable({}, { each: true }),
    IsNotBlank({ each: true }),
  );
}

const YEAR_MS = 365.25 * 86_400_000;

/** A bound on a date or instant relative to now, checked when the input arrives. */
function IsWithin(name: string, message: string, within: (ms: number, now: number) => boolean): PropertyDecorator {
  return ValidateBy({
    name,
    validator: {
      validate: (value) => {
        if (typeof value !== 'string') return true;
        const ms = Date.parse(value);
        return Number.isNaN(ms) || within(ms, Date.now());
      },
      defaultMessage: () => message,
    },
  });
}

/** A date of birth of a child or young person (0 to 25 years old). */
export function IsDateOfBirth(): PropertyDecorator {
  return applyDecorators(
    IsCalendarDate(),
    IsWithin(
      'isDateOfBirth',
      `$property must be a date of birth of someone aged 0 to ${BOUNDS.maxPupilAgeYears}`,
      (ms, now) => ms <= now && now - ms <= (BOUNDS.maxPupilAgeYears + 1) * YEAR_MS,
    ),
  );
}

/** A due or review date within a few years of today. */
export function IsDueDate(): PropertyDecorator {
  return applyDecorators(
    IsCalendarDate(),
    IsWithin(
      'isDueDate',
      `$property must be within ${BOUNDS.dueDateYears} years of today`,
      (ms, now) => Math.abs(ms - now) <= BOUNDS.dueDateYears * YEAR_MS,
    ),
  );
}

const notTooLate = (ms: number, now: number) => ms <= now + CLOCK_SKEW_MS && ms >= Date.parse(BOUNDS.earliestEvent);

/** When something happened (ISO-8601): not later than now, not before 1900. */
export function IsPastInstant(): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' }),
    IsWithin('isPastInstant', `$property must not be in the future or before ${BOUNDS.earliestEvent.slice(0, 4)}`, notTooLate),
  );
}

/** The day something happened (YYYY-MM-DD): not later than today, not before 1900. */
export function IsPastDate(): PropertyDecorator {
  return applyDecorators(
    IsCalendarDate(),
    IsWithin('isPastDate', `$property must not be in the future or before ${BOUNDS.earliestEvent.slice(0, 4)}`, notTooLate),
  );
}
