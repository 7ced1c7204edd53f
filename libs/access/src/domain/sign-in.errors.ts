import { RuleViolation } from '@ledger/kernel';

export const SignInErrors = {
  alreadySignedIn: (sessionRef: string) =>
    new RuleViolation('SIGN_IN.ALREADY_RECORDED', `Session ${sessionRef} already has its sign-in recorded`, { sessionRef }),
  notSignedIn: (sessionRef: string) =>
    new RuleViolation('SIGN_IN.NOT_SIGNED_IN', `Session ${sessionRef} has no sign-in recorded, or has already ended`, { sessionRef }),
  missingLink: () => new RuleViolation('SIGN_IN.LINK_MISSING', 'A sign-in with a link names the link used'),
  emptyText: (field: string) => new RuleViolation('SIGN_IN.MISSING_TEXT', `${field} must not be empty`, { field }),
};
