import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { authorise, InspectionGrants, SessionStore } from '@ledger/access';
import { ID_PATTERN } from '@ledger/commands';
import { ComplianceViews } from '@ledger/compliance';
import type { Clock } from '@ledger/kernel';
import { CLOCK } from '@ledger/ledger';
import { sessionIdOf } from '../web/session-cookie.js';
import { governorReportFigures } from './governor-report-figures.js';
import { governorReportPdf } from './governor-report.pdf.js';

/** A refusal as JSON with the same stable codes the GraphQL API uses. */
function refuse(res: Response, status: number, code: string, reason: string): void {
  res.status(status).json({ code, reason });
}

/**
 * The governors' report as a PDF for the browser's download button: the same session as the
 * web app and the same permission row (`governorReport`) as the query, checked the same way.
 */
@Controller('reports')
export class GovernorReportController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly grants: InspectionGrants,
    private readonly views: ComplianceViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('governors.pdf')
  async pdf(@Query('tenantId') tenantId: unknown, @Query('year') year: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (typeof tenantId !== 'string' || !ID_PATTERN.test(tenantId)) return refuse(res, 400, 'BAD_USER_INPUT', 'tenantId');
    if (typeof year !== 'string' || !/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100)
      return refuse(res, 400, 'BAD_USER_INPUT', 'year');
    const id = sessionIdOf(req.headers);
    const now = this.clock.now();
    const lookup = id === undefined ? undefined : await this.sessions.resume(id, now);
    if (lookup?.status !== 'active') return refuse(res, 401, 'UNAUTHENTICATED', id === undefined ? 'signed_out' : 'session_expired');
    const principal = lookup.session.principal;
    const grants = principal.role === 'inspector' ? await this.grants.of(tenantId) : [];
    const refusal = authorise(principal, 'governorReport', tenantId, grants, now.toISOString());
    if (refusal) return refuse(res, refusal.code === 'FORBIDDEN' ? 403 : 400, refusal.code, refusal.reason);
    const pdf = await governorReportPdf(await governorReportFigures(this.views, tenantId, Number(year)));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="governors-report-${tenantId}-${year}.pdf"`);
    res.send(pdf);
  }
}
