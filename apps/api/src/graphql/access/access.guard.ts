import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import {
  authorise,
  AuthenticationError,
  InspectionGrants,
  SessionStore,
  TokenVerifier,
  type Operation,
  type Principal,
} from '@ledger/access';
import type { Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { withoutNulls } from '../input.pipe.js';
import { sessionIdOf } from '../../web/session-cookie.js';
import { OPERATION_KEY, PUBLIC_KEY, SIGNED_IN_KEY, type RequestContext } from './access.decorators.js';

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
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<RequestContext>();
    if (this.reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, targets)) return (await this.signIn(request)) !== undefined;
    const operation = this.reflector.getAllAndOverride<Operation | undefined>(OPERATION_KEY, targets);
    if (!operation) throw forbidden('This field is not open to anyone', 'unlisted');
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

  /** A bearer token when the request has an Authorization header (API clients), else the browser's session cookie. */
  private async signIn(request: RequestContext): Promise<Principal> {
    if (request.principal) return request.principal;
    const header = request.req.headers.authorization;
    if (header === undefined) return this.signInWithSession(request);
    try {
      request.principal = await this.tokens.verify(Array.isArray(header) ? header[0] : header);
      return request.principal;
    } catch (error) {
      if (error instanceof AuthenticationError) {
        throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', reason: 'token_rejected' } });
      }
      throw error;
    }
  }

  private async signInWithSession(request: RequestContext): Promise<Principal> {
    const id = sessionIdOf(request.req.headers);
    if (id === undefined) {
      throw new GraphQLError('Sign in: open a sign-in link, sign in with your organisation, or send Authorization: Bearer <token>', {
        extensions: { code: 'UNAUTHENTICATED', reason: 'signed_out' },
      });
    }
    const lookup = await this.sessions.resume(id, this.clock.now());
    if (lookup.status !== 'active') {
      throw new GraphQLError('Your session has ended: sign in again', {
        extensions: { code: 'UNAUTHENTICATED', reason: 'session_expired' },
      });
    }
    request.session = lookup.session;
    request.principal = lookup.session.principal;
    return request.principal;
  }
}

function forbidden(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });
}
