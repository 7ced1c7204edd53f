import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every error from a GraphQL resolver, guard or pipe to Apollo, where `formatError`
 * gives it its code and logs only the unexpected ones. Expected refusals (bad input, a broken
 * business rule, no access) are answers, not server faults. A request to /graphql that fails
 * before GraphQL sees it (a body over the size limit, JSON that does not parse) is answered in
 * GraphQL's shape too, with a stable code and the right HTTP status. Other HTTP routes keep
 * Nest's handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const request = http.getRequest<{ path?: string; originalUrl?: string }>();
    const refusal = bodyRefusal(exception);
    if (refusal && (request.path ?? request.originalUrl ?? '').startsWith('/graphql')) {
      const response = http.getResponse<{ status(code: number): { json(body: unknown): void } }>();
      response.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
      return undefined;
    }
    return super.catch(exception, host);
  }
}

/** What body-parser says when it refuses a body: an http-errors error with a `type`. */
interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

const BODY_REFUSALS: Record<string, { code: string; message: string }> = {
  'entity.too.large': {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than the server accepts; send less at once (a long text may need to be shortened)',
  },
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
};

/** The GraphQL-shaped answer to a body refused before GraphQL saw it, or undefined for anything else. */
export function bodyRefusal(exception: unknown): { status: number; code: string; message: string } | undefined {
  // Nest's Express adapter wraps body-parser's error in an HttpException, keeping it as the cause.
  const error = ((exception as { cause?: unknown } | null)?.cause ?? exception) as Partial<BodyParserError> | null;
  if (typeof error?.type !== 'string' || typeof error.status !== 'number' || error.status < 400 || error.status >= 500) return undefined;
  const known = BODY_REFUSALS[error.type];
  return known
    ? { status: error.status, ...known }
    : { status: error.status, code: 'BAD_REQUEST', message: 'The request body could not be read (check its encoding and Content-Type)' };
}
