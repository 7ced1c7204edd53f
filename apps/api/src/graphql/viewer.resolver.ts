import { Context, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { isPermitted, OPERATIONS } from '@ledger/access';
import { SignedIn, type RequestContext } from './access/access.decorators.js';

@ObjectType({ description: 'Who is signed in, and what their role lets them do' })
export class Viewer {
  @Field({ description: "The sign-in's subject (the identity provider's id, or --sub of the sign-in link)" })
  subject!: string;

  @Field(() => ID, { description: 'The id the ledger records as actor: the staff id for staff, else the subject' })
  staffId!: string;

  @Field({ description: 'The ledger role' })
  role!: string;

  @Field(() => [ID], { description: 'The settings this sign-in is for' })
  tenantIds!: string[];

  @Field({ description: 'bearer (an API token), link (a sign-in link) or oidc (the organisation’s identity provider)' })
  signInMethod!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the browser session ends unless used again (ISO-8601); null for a bearer token',
  })
  sessionExpiresAt!: string | null;

  @Field(() => [String], { description: 'The operations of the permission table this role may use (the app shows only these)' })
  operations!: string[];
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'The signed-in person (bearer token or browser session)' })
  @SignedIn()
  viewer(@Context() context: RequestContext): Viewer {
    const principal = context.principal!;
    return {
      subject: principal.subject,
      staffId: principal.actorId,
      role: principal.role,
      tenantIds: [...principal.tenants],
      signInMethod: context.session?.method ?? 'bearer',
      sessionExpiresAt: context.session?.expiresAt ?? null,
      operations: OPERATIONS.filter((operation) => isPermitted(principal.role, operation)),
    };
  }
}
