import type { TypedDocumentString } from '../gql/graphql';

/** A field the server refused, as `BAD_USER_INPUT` lists it in `extensions.fields`. */
export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** A GraphQL error the app can act on: its stable code, the domain code behind it, the fields at fault. */
export class GraphQLProblem extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly domainCode: string | undefined,
    readonly fields: readonly FieldProblem[],
    readonly reason: string | undefined,
  ) {
    super(message);
  }

  /** The most specific code: the domain's own (SEARCH.WITNESS_IS_SEARCHER) where there is one. */
  get specificCode(): string {
    return this.domainCode ?? this.code;
  }
}

/** Signed out or the session expired: the page keeps what was typed and offers to sign in again. */
export const isSessionEnded = (error: unknown): boolean => error instanceof GraphQLProblem && error.code === 'UNAUTHENTICATED';

interface WireError {
  message: string;
  extensions?: { code?: string; domainCode?: string; fields?: FieldProblem[]; reason?: string };
}

async function post<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new GraphQLProblem('The ledger cannot be reached.', 'NETWORK', undefined, [], undefined);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: R; errors?: WireError[] };
  const first = body.errors?.[0];
  if (first || !body.data) {
    const ext = first?.extensions ?? {};
    throw new GraphQLProblem(
      first?.message ?? 'No answer',
      ext.code ?? 'INTERNAL_SERVER_ERROR',
      ext.domainCode,
      ext.fields ?? [],
      ext.reason,
    );
  }
  return body.data;
}

/** Run a query. */
export function query<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  return post(document, variables);
}

/**
 * Run a mutation. A `CONFLICT` (someone else recorded on the same record at the same moment)
 * is retried once: the mutation carries its commandId, so a retry can never record twice.
 */
export async function mutate<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  try {
    return await post(document, variables);
  } catch (error) {
    if (error instanceof GraphQLProblem && error.code === 'CONFLICT') return post(document, variables);
    throw error;
  }
}

/** A fresh idempotency key for one submission of one form. */
export const newCommandId = (): string => crypto.randomUUID();
