import { checkOccurredAt, ensure, streamId, type Decider } from '@ledger/kernel';
import type { SignInCommand } from './sign-in.commands.js';
import { SignInErrors } from './sign-in.errors.js';
import type { SignInEvent } from './sign-in.events.js';

/** One stream per session (or per refused link use) and setting: `signin-<tenant>.<ref>`. */
export function toSignInStreamId(tenantId: string, ref: string): string {
  return streamId('signin', tenantId, ref);
}

export type SignInState =
  | { readonly status: 'none' }
  | { readonly status: 'signed_in'; readonly sessionRef: string }
  | { readonly status: 'signed_out'; readonly sessionRef: string }
  | { readonly status: 'link_refused'; readonly linkRef: string };

/**
 * Sign-ins are recorded for everyone who can sign in, whatever their role, so no role check:
 * the actor is the person signing in or out. Signing in is allowed before a setting is
 * registered (a trust administrator signs in to register it).
 */
export const signInDecider: Decider<SignInCommand, SignInEvent, SignInState> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    checkOccurredAt(command, { allowBeforeSetting: true });
    switch (command.kind) {
      case 'RecordSignIn': {
        ensure(state.status === 'none', () => SignInErrors.alreadySignedIn(command.sessionRef));
        ensure(command.subject.trim(), () => SignInErrors.emptyText('subject'));
        ensure(command.method !== 'link' || command.linkRef, () => SignInErrors.missingLink());
        return [
          {
            type: 'SignedIn',
            data: { sessionRef: command.sessionRef, method: command.method, subject: command.subject, linkRef: command.linkRef },
          },
        ];
      }
      case 'RecordSignOut': {
        ensure(state.status === 'signed_in' && state.sessionRef === command.sessionRef, () => SignInErrors.notSignedIn(command.sessionRef));
        return [{ type: 'SignedOut', data: { sessionRef: command.sessionRef, reason: command.reason } }];
      }
      case 'RecordSignInLinkRefused': {
        ensure(command.subject.trim(), () => SignInErrors.emptyText('subject'));
        return [{ type: 'SignInLinkRefused', data: { linkRef: command.linkRef, subject: command.subject, reason: command.reason } }];
      }
      default: {
        const unknown: never = command;
        throw new Error(`Unknown sign-in command ${JSON.stringify(unknown)}`);
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'SignedIn':
        return { status: 'signed_in', sessionRef: event.data.sessionRef };
      case 'SignedOut':
        return { status: 'signed_out', sessionRef: event.data.sessionRef };
      case 'SignInLinkRefused':
        return { status: 'link_refused', linkRef: event.data.linkRef };
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  },
};
