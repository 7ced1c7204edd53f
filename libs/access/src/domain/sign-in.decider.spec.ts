import { command, given } from '@ledger/testing';
import type { SignInCommand } from './sign-in.commands.js';
import { signInDecider, toSignInStreamId } from './sign-in.decider.js';
import type { SignInEvent } from './sign-in.events.js';

const signIn = (payload: object = {}, options: { occurredAt?: string } = {}) =>
  command(
    'RecordSignIn',
    { sessionRef: 's-1', method: 'link', subject: 'dsl-amara', linkRef: 'l-1', ...payload },
    options,
  ) as unknown as SignInCommand;
const signOut = (payload: object = {}) =>
  command('RecordSignOut', { sessionRef: 's-1', reason: 'signed_out', ...payload }) as unknown as SignInCommand;
const refused = (payload: object = {}) =>
  command('RecordSignInLinkRefused', { linkRef: 'l-1', subject: 'dsl-amara', reason: 'used', ...payload }) as unknown as SignInCommand;

const signedIn: SignInEvent = { type: 'SignedIn', data: { sessionRef: 's-1', method: 'link', subject: 'dsl-amara', linkRef: 'l-1' } };
const signedOut: SignInEvent = { type: 'SignedOut', data: { sessionRef: 's-1', reason: 'signed_out' } };

describe('Sign-ins', () => {
  it('should name the stream after the setting and the session', () => {
    expect(toSignInStreamId('hollins-park', 's-1')).toBe('signin-hollins-park.s-1');
  });

  describe('when someone signs in', () => {
    it('should record how, with the link used', () => {
      given(signInDecider).when(signIn()).then([signedIn]);
    });

    it('should record an OpenID Connect sign-in without a link', () => {
      given(signInDecider)
        .when(signIn({ method: 'oidc', linkRef: null }))
        .then([{ type: 'SignedIn', data: { sessionRef: 's-1', method: 'oidc', subject: 'dsl-amara', linkRef: null } }]);
    });

    it.each([
      ['a session already signed in', [signedIn], signIn(), 'SIGN_IN.ALREADY_RECORDED'],
      ['a link sign-in with no link', [], signIn({ linkRef: null }), 'SIGN_IN.LINK_MISSING'],
      ['an empty subject', [], signIn({ subject: ' ' }), 'SIGN_IN.MISSING_TEXT'],
      ['a time in the future', [], signIn({}, { occurredAt: '2999-01-01T00:00:00.000Z' }), 'COMMAND.OCCURRED_IN_FUTURE'],
    ])('should refuse %s', (_case, history, when, code) => {
      given(signInDecider, history as SignInEvent[])
        .when(when)
        .thenRejects(code);
    });
  });

  describe('when someone signs out', () => {
    it('should record the end of the session', () => {
      given(signInDecider, [signedIn]).when(signOut()).then([signedOut]);
    });

    it.each([
      ['a session never signed in', []],
      ['a session already signed out', [signedIn, signedOut]],
    ])('should refuse %s', (_case, history) => {
      given(signInDecider, history as SignInEvent[])
        .when(signOut())
        .thenRejects('SIGN_IN.NOT_SIGNED_IN');
    });
  });

  it('should record a refused sign-in link with the reason', () => {
    given(signInDecider)
      .when(refused({ reason: 'expired' }))
      .then([{ type: 'SignInLinkRefused', data: { linkRef: 'l-1', subject: 'dsl-amara', reason: 'expired' } }]);
  });
});
