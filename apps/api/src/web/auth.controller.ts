import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionStore } from '@ledger/access';
import type { Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { clearSessionCookie, sessionIdOf, setSessionCookie } from './session-cookie.js';
import { SignInRecorder } from './sign-in-recorder.js';

/** Where the web app shows a sign-in problem; `problem` is a stable code the page turns into a sentence. */
export function signInPage(problem: string): string {
  return `/sign-in?problem=${encodeURIComponent(problem)}`;
}

/** Signing in with a link from `ledger sign-in-link`, and signing out. */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly recorder: SignInRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('link')
  async link(@Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const now = this.clock.now();
    const used = typeof token === 'string' && token !== '' ? await this.sessions.consumeLink(token, now) : ({ status: 'invalid' } as const);
    if (used.status !== 'valid') {
      res.redirect(303, signInPage(`link-${used.status}`));
      return;
    }
    const { id, session } = await this.sessions.start(used.principal, 'link', now);
    // Recorded before the browser is let in: a sign-in the ledger does not show did not happen.
    await this.recorder.signedIn(session, now);
    setSessionCookie(req, res, id);
    res.redirect(303, '/');
  }

  @Post('logout')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const id = sessionIdOf(req.headers);
    const now = this.clock.now();
    const ended = id === undefined ? undefined : await this.sessions.end(id, now);
    if (ended) await this.recorder.signedOut(ended, now);
    clearSessionCookie(req, res);
    res.redirect(303, signInPage('signed-out'));
  }
}
