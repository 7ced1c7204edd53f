import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';
import { ROLES } from '@ledger/kernel';
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
