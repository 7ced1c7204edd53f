import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConcurrencyError, DomainError } from '@ledger/kernel';
import { storeFailureOf } from '@ledger/ledger';

export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** class-validator's findings as one BAD_USER_INPUT error listing every wrong field. */
export function badUserInput(errors: readonly ValidationError[]): GraphQLError {
  const fields = flatten(errors);
  const summary = fields.map((f) => `${f.field}: ${f.problems.join('; ')}`).join(' · ');
  return new GraphQLError(`The input is not valid — ${summary}`, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The generic code a domain code maps to, where one applies. */
function genericCode(error: DomainError): string | undefined {
  if (error instanceof ConcurrencyError) return 'CONFLICT';
  if (/\.(NOT_FOUND|GRANT_NOT_FOUND|UNKNOWN_[A-Z_]+|EVENT_NOT_IN_LOG|NO_SUCH_CHECKPOINT|NO_CHECKPOINT)$/.test(error.code))
    return 'NOT_FOUND';
  if (error.code === 'COMMAND.ROLE_NOT_PERMITTED') return 'FORBIDDEN';
  return undefined;
}

export interface ErrorLogger {
  error(object: unknown, message: string): void;
}

/**
 * Every error leaves with `extensions.code`: the generic code (NOT_FOUND, CONFLICT,
 * FORBIDDEN) with the domain code beside it, or the domain's own code. Anything unexpected is
 * logged and answered with INTERNAL_SERVER_ERROR and no internals.
 */
export function formatError(logger: ErrorLogger, options: { hideSuggestions?: boolean } = {}) {
  const format = formatWithCodes(logger);
  if (!options.hideSuggestions) return format;
  // With introspection off, "Did you mean …" would name the fields it hides.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = format(formatted, error);
    return { ...answer, message: withoutSuggestions(answer.message) };
  };
}

/** A GraphQL validation message without its "Did you mean …?" sentence. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

function formatWithCodes(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const raw = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // A database that is down or full, wherever it surfaced (a read, a write, a view), answers
    // with its stable code and a sentence for the school's IT lead, never INTERNAL_SERVER_ERROR.
    const original = raw instanceof DomainError ? raw : (storeFailureOf(raw) ?? raw);
    if (original instanceof DomainError) {
      const generic = genericCode(original);
      return {
        message: original.message,
        path: formatted.path,
        extensions: generic
          ? { code: generic, domainCode: original.code, details: original.details }
          : { code: original.code, details: original.details },
      };
    }
    if (original instanceof GraphQLError && original.extensions.code) return { ...formatted, extensions: original.extensions };
    if (formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original }, 'Unexpected error answering a GraphQL request');
    return {
      message: 'Something went wrong on the server; the details are in the server log.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
