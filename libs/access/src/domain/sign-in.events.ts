/** How a person signed in to the web app. */
export const SIGN_IN_METHODS = ['link', 'oidc'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** Why a sign-in link was not honoured (an unknown token names nobody, so nothing is recorded for it). */
export const LINK_REFUSALS = ['used', 'expired'] as const;
export type LinkRefusal = (typeof LINK_REFUSALS)[number];

/** How a session ended when someone ended it (expiry is not an event: nobody did anything). */
export const SIGN_OUT_REASONS = ['signed_out'] as const;
export type SignOutReason = (typeof SIGN_OUT_REASONS)[number];

/**
 * Someone signed in to the web app; the event's actor is who (staff id or subject) and in
 * which role. No IP address or user agent is kept.
 */
export type SignedIn = {
  readonly type: 'SignedIn';
  readonly data: {
    /** A reference to the session (not its secret id): the same on the SignedOut that ends it. */
    readonly sessionRef: string;
    readonly method: SignInMethod;
    /** The identity provider's subject, or --sub of the sign-in link. */
    readonly subject: string;
    /** The sign-in link used, when method is link. */
    readonly linkRef: string | null;
  };
};

export type SignedOut = {
  readonly type: 'SignedOut';
  readonly data: { readonly sessionRef: string; readonly reason: SignOutReason };
};

/** A sign-in link was opened again after use, or after its time: worth an auditor's eye. */
export type SignInLinkRefused = {
  readonly type: 'SignInLinkRefused';
  readonly data: { readonly linkRef: string; readonly subject: string; readonly reason: LinkRefusal };
};

export type SignInEvent = SignedIn | SignedOut | SignInLinkRefused;
