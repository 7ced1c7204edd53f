import { Controller, Get, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionStore, SignInLog } from '@ledger/access';
import type { Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { LedgerMetrics } from '../metrics/ledger-metrics.js';
import { OidcSignIn } from './oidc-sign-in.js';
import {
  clearOidcStateCookie,
  clearSessionCookie,
  oidcStateOf,
  sessionIdOf,
  setOidcStateCookie,
  setSessionCookie,
} from './session-cookie.js';

/** Where the web app shows a sign-in problem; `problem` is a stable code the page turns into a sentence. */
export function signInPage(problem: string): string {
  return `/sign-in?problem=${encodeURIComponent(problem)}`;
}

/** Signing in with a link from `ledger sign-in-link` or with the organisation's identity provider, and signing out. */
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(
    private readonly sessions: SessionStore,
    private readonly signIns: SignInLog,
    private readonly oidc: OidcSignIn,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: LedgerMetrics,
  ) {}

  @Get('link')
  async link(@Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const now = this.clock.now();
    // With an identity provider, people sign in there; links minted before it was set up no longer work.
    const usable = typeof token === 'string' && token !== '' && !this.oidc.enabled;
    const used = usable ? await this.sessions.consumeLink(token, now) : ({ status: 'invalid' } as const);
    if (used.status !== 'valid') {
      // Counted by the sign-in rate limit: guessing links is limited, signing in is not.
      res.locals['refusedAttempt'] = true;
      this.metrics.signIns.inc({ method: 'link', outcome: used.status });
      // A link opened again, or too late, names a person: the ledger shows the attempt.
      if (used.status !== 'invalid') await this.signIns.linkRefused(used.principal, used.linkRef, used.status);
      res.redirect(303, signInPage(`link-${used.status}`));
      return;
    }
    const { id, session } = await this.sessions.start(used.principal, 'link', now);
    // Recorded before the browser is let in: a sign-in the ledger does not show did not happen.
    await this.signIns.signedIn(used.principal, session, used.linkRef);
    this.metrics.signIns.inc({ method: 'link', outcome: 'ok' });
    setSessionCookie(req, res, id);
    res.redirect(303, '/');
  }

  @Get('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!this.oidc.enabled) {
      res.redirect(303, signInPage('oidc-not-configured'));
      return;
    }
    let started: { url: string; state: string };
    try {
      started = await this.oidc.begin(`${req.protocol}://${req.get('host')}/auth/callback`);
    } catch (error) {
      // The provider is unreachable or misconfigured: the person gets a sentence, the operator the reason.
      this.logger.error({ err: error }, 'OpenID Connect sign-in could not start');
      this.metrics.signIns.inc({ method: 'oidc', outcome: 'error' });
      res.redirect(303, signInPage('sign-in-failed'));
      return;
    }
    setOidcStateCookie(req, res, started.state);
    res.redirect(303, started.url);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    clearOidcStateCookie(req, res);
    if (!this.oidc.enabled) {
      res.redirect(303, signInPage('oidc-not-configured'));
      return;
    }
    const outcome = await this.oidc.finish(new URL(req.originalUrl, 'http://callback.invalid'), oidcStateOf(req.headers));
    if (!outcome.ok) {
      this.logger.warn({ problem: outcome.problem, detail: outcome.detail }, 'OpenID Connect sign-in refused');
      this.metrics.signIns.inc({ method: 'oidc', outcome: 'refused' });
      res.redirect(303, signInPage(outcome.problem));
      return;
    }
    const { id, session } = await this.sessions.start(outcome.principal, 'oidc', this.clock.now());
    await this.signIns.signedIn(outcome.principal, session, null);
    this.metrics.signIns.inc({ method: 'oidc', outcome: 'ok' });
    setSessionCookie(req, res, id);
    res.redirect(303, '/');
  }

  @Post('logout')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const id = sessionIdOf(req.headers);
    const now = this.clock.now();
    const ended = id === undefined ? undefined : await this.sessions.end(id, now);
    if (ended) await this.signIns.signedOut(ended.principal, ended.ref);
    clearSessionCookie(req, res);
    res.redirect(303, signInPage('signed-out'));
  }
}
