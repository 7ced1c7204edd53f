import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every error from a GraphQL resolver, guard or pipe to Apollo, where `formatError`
 * gives it its code and logs only the unexpected ones. Expected refusals (bad input, a broken
 * business rule, no access) are answers, not server faults. HTTP routes keep Nest's handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
