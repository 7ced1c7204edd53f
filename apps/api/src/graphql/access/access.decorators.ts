import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { ActiveSession, Operation, Principal } from '@ledger/access';

export const OPERATION_KEY = 'ledger:operation';
export const PUBLIC_KEY = 'ledger:public';

/** The operation of the permission table this resolver performs; the guard checks it. */
export const Allow = (operation: Operation) => SetMetadata(OPERATION_KEY, operation);

export const SIGNED_IN_KEY = 'ledger:signed-in';

/** Open to anyone signed in, whatever their role, and about them only (no setting, no permission row). */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);

/** Answered without signing in (only what is safe for anyone: the software version). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** What a GraphQL request carries once the guard has let it through. */
export interface RequestContext {
  readonly req: { headers: Record<string, string | string[] | undefined> };
  principal?: Principal;
  /** The browser session the principal came from (absent for a bearer token). */
  session?: ActiveSession;
}

/** The signed-in caller, as the guard verified them. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(context).getContext<RequestContext>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on an operation the guard does not check');
  return principal;
});
