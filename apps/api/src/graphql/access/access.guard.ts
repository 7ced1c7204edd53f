import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { authorise, AuthenticationError, InspectionGrants, TokenVerifier, type Operation, type Principal } from '@ledger/access';
import type { Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { withoutNulls } from '../input.pipe.js';
import { OPERATION_KEY, PUBLIC_KEY, type RequestContext } from './access.decorators.js';

/**
 * Every GraphQL field with a resolver passes here: sign-in, the permission table, tenant
 * scoping, time travel, and an inspector's grant. Resolvers without an operation are refused
 * (fail closed) unless marked public.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly grants: InspectionGrants,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const operation = this.reflector.getAllAndOverride<Operation | undefined>(OPERATION_KEY, targets);
    if (!operation) throw forbidden('This field is not open to anyone', 'unlisted');
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<RequestContext>();
    const principal = await this.signIn(request);
    // Null is "not given" here as in the resolvers: `asOf: null` is not time travel.
    const args = withoutNulls(gql.getArgs<{ tenantId?: string; asOf?: string; knownAt?: string; input?: { tenantId?: string } }>());
    const tenantId = args.tenantId ?? args.input?.tenantId;
    const now = this.clock.now().toISOString();
    const grants = principal.role === 'inspector' && tenantId !== undefined ? await this.grants.of(tenantId) : [];
    const refusal =
      authorise(principal, operation, tenantId, grants, now) ??
      (args.asOf !== undefined || args.knownAt !== undefined ? authorise(principal, 'timeTravel', tenantId, grants, now) : undefined);
    if (refusal) {
      throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, reason: refusal.reason, operation } });
    }
    return true;
  }

  private async signIn(request: RequestContext): Promise<Principal> {
    if (request.principal) return request.principal;
    const header = request.req.headers.authorization;
    try {
      request.principal = await this.tokens.verify(Array.isArray(header) ? header[0] : header);
      return request.principal;
    } catch (error) {
      if (error instanceof AuthenticationError) throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED' } });
      throw error;
    }
  }
}

function forbidden(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });
}
