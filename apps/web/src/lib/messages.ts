import { GraphQLProblem } from './graphql';
import { MESSAGES } from './sentences';

/** The sentence for an error: its domain code's, else its generic code's, else a safe default. */
export function sentenceFor(error: unknown): string {
  if (error instanceof GraphQLProblem) return MESSAGES[error.specificCode] ?? MESSAGES[error.code] ?? MESSAGES.INTERNAL_SERVER_ERROR!;
  return MESSAGES.INTERNAL_SERVER_ERROR!;
}

/** Sign-in problems (`/sign-in?problem=…`) in plain English. */
export const SIGN_IN_PROBLEMS: Readonly<Record<string, string>> = {
  'link-used': 'That sign-in link has already been used. Each link works once: ask for a new one.',
  'link-expired': 'That sign-in link has expired. Ask your DSL or administrator for a new one.',
  'link-invalid': 'That sign-in link is not valid. Check you copied all of it, or ask for a new one.',
  'too-many-attempts': 'Too many sign-in links that did not work were opened from this network. Wait a minute, then try your link again.',
  'signed-out': 'You have signed out.',
  'session-ended': 'Your session has ended — sign in again.',
  'no-role': 'Your account has no role in the safeguarding ledger. Ask your DSL or administrator to add you.',
  'sign-in-failed': 'Sign-in did not work. Try again, or ask your administrator.',
};
