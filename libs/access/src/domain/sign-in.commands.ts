import type { DomainCommand } from '@ledger/kernel';
import type { LinkRefusal, SignInMethod, SignOutReason } from './sign-in.events.js';

export type RecordSignIn = DomainCommand<
  'RecordSignIn',
  { sessionRef: string; method: SignInMethod; subject: string; linkRef: string | null }
>;
export type RecordSignOut = DomainCommand<'RecordSignOut', { sessionRef: string; reason: SignOutReason }>;
export type RecordSignInLinkRefused = DomainCommand<'RecordSignInLinkRefused', { linkRef: string; subject: string; reason: LinkRefusal }>;

export type SignInCommand = RecordSignIn | RecordSignOut | RecordSignInLinkRefused;
