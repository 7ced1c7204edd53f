import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { AuthenticationError, ledgerRoleOf, principalOf, SessionStore, type Principal } from '@ledger/access';
import type { LedgerConfig } from '@ledger/config';
import type { Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { LEDGER_CONFIG } from '../tokens.js';

type OidcAuth = Extract<LedgerConfig['auth'], { mode: 'oidc' }>;

/** Why a sign-in with the identity provider did not end in a session; the sign-in page says it in words. */
export type OidcProblem = 'no-role' | 'sign-in-failed';

export type OidcOutcome =
  { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly problem: OidcProblem; readonly detail: string };

/**
 * The backend-for-frontend side of OpenID Connect (openid-client): the authorization code flow
 * with PKCE, state and nonce. The code is exchanged here and the ID token verified here; no
 * token ever reaches the browser, and none is kept once the principal is known.
 */
@Injectable()
export class OidcSignIn {
  private configuration?: Promise<oidc.Configuration>;

  constructor(
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly sessions: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.config.auth.mode === 'oidc';
  }

  /** Where to send the browser to sign in, and the state the callback must bring back. */
  async begin(callbackOnThisHost: string): Promise<{ url: string; state: string }> {
    const auth = this.auth();
    const configuration = await this.discovered();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const redirectUri = auth.redirectUrl ?? callbackOnThisHost;
    await this.sessions.beginLogin(state, { codeVerifier, nonce, redirectUri }, this.clock.now());
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Finishes a sign-in from the provider's redirect: the state must be the one this browser
   * started with and still pending (so a replayed callback fails), the code is exchanged with
   * the PKCE verifier, the ID token checked (signature, issuer, audience, nonce), and its claims
   * mapped to the ledger exactly as a bearer token's are.
   */
  async finish(callbackUrl: URL, browserState: string | undefined): Promise<OidcOutcome> {
    const state = callbackUrl.searchParams.get('state');
    if (!state || state !== browserState) return { ok: false, problem: 'sign-in-failed', detail: 'state does not match this browser' };
    const pending = await this.sessions.takeLogin(state, this.clock.now());
    if (!pending) return { ok: false, problem: 'sign-in-failed', detail: 'no sign-in under way for this state' };
    if (callbackUrl.searchParams.has('error')) {
      return { ok: false, problem: 'sign-in-failed', detail: `the provider answered ${callbackUrl.searchParams.get('error')}` };
    }
    let claims: oidc.IDToken | undefined;
    try {
      const redirect = new URL(pending.redirectUri);
      redirect.search = callbackUrl.search;
      const tokens = await oidc.authorizationCodeGrant(await this.discovered(), redirect, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      return { ok: false, problem: 'sign-in-failed', detail: (error as { code?: string }).code ?? (error as Error).message };
    }
    if (!claims) return { ok: false, problem: 'sign-in-failed', detail: 'no ID token' };
    if (ledgerRoleOf(claims) === undefined) return { ok: false, problem: 'no-role', detail: 'the ID token names no ledger role' };
    try {
      return { ok: true, principal: principalOf(claims) };
    } catch (error) {
      if (error instanceof AuthenticationError) return { ok: false, problem: 'no-role', detail: error.message };
      throw error;
    }
  }

  private auth(): OidcAuth {
    if (this.config.auth.mode !== 'oidc') throw new Error('OpenID Connect sign-in is not configured (AUTH_ISSUER)');
    return this.config.auth;
  }

  /** The provider's metadata, fetched once (and again after a failure). */
  private discovered(): Promise<oidc.Configuration> {
    const auth = this.auth();
    if (!this.configuration) {
      const issuer = new URL(auth.issuer);
      const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(issuer.hostname);
      const authentication = auth.clientSecret === undefined ? oidc.None() : oidc.ClientSecretBasic(auth.clientSecret);
      this.configuration = oidc.discovery(issuer, auth.clientId, undefined, authentication, {
        // Plain http only to a provider on this machine (development and the tests).
        execute: local ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      });
      // A provider that was down is asked again next time.
      this.configuration.catch(() => (this.configuration = undefined));
    }
    return this.configuration;
  }
}
