import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import { authorise, SessionStore } from '@ledger/access';
import { ID_PATTERN } from '@ledger/commands';
import { newId, type Clock } from '@ledger/kernel';
import { CLOCK, LEDGER, ProofService, type Ledger } from '@ledger/ledger';
import { buildDayOnePack, STATUTORY_CATALOGUE } from '@ledger/statutory';
import { sessionIdOf } from '../web/session-cookie.js';

function refuse(res: Response, status: number, code: string, reason: string): void {
  res.status(status).json({ code, reason });
}

/**
 * The inspection day-one pack as a zip for the head's and the DSL's button: the same pack as
 * `ledger day-one`, over the latest signed checkpoint, and recorded the same way
 * (RecordDayOnePack, whose row says who may generate it).
 */
@Controller('reports')
export class DayOnePackController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly bus: CommandBus,
    private readonly proofs: ProofService,
    @Inject(LEDGER) private readonly ledger: Ledger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('day-one.zip')
  async zip(@Query('tenantId') tenantId: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (typeof tenantId !== 'string' || !ID_PATTERN.test(tenantId)) return refuse(res, 400, 'BAD_USER_INPUT', 'tenantId');
    const id = sessionIdOf(req.headers);
    const now = this.clock.now();
    const lookup = id === undefined ? undefined : await this.sessions.resume(id, now);
    if (lookup?.status !== 'active') return refuse(res, 401, 'UNAUTHENTICATED', id === undefined ? 'signed_out' : 'session_expired');
    const principal = lookup.session.principal;
    const refusal = authorise(principal, 'RecordDayOnePack', tenantId, [], now.toISOString());
    if (refusal) return refuse(res, refusal.code === 'FORBIDDEN' ? 403 : 400, refusal.code, refusal.reason);
    const at = now.toISOString();
    const pack = await buildDayOnePack(this.ledger.store, this.proofs, tenantId, { today: at.slice(0, 10), generatedAt: at });
    // Recorded before it is handed over: a pack the ledger does not show was never given out.
    await this.bus.execute(
      STATUTORY_CATALOGUE.execute({
        kind: 'RecordDayOnePack',
        packId: newId(),
        packSha256: pack.sha256,
        checkpointTreeSize: pack.checkpointTreeSize,
        recordsCited: pack.recordsCited,
        academicYear: pack.academicYear,
        commandId: newId(),
        tenantId,
        actor: { id: principal.actorId, role: principal.role },
        occurredAt: at,
      }),
    );
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="day-one-pack-${tenantId}-${at.slice(0, 10)}.zip"`);
    res.send(pack.zip);
  }
}
