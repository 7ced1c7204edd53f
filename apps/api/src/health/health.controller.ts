import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { EventStore, Projector } from '@ledger/ledger';
import { EVENT_STORE, PROJECTOR } from '../tokens.js';

/** Liveness (the process answers) and readiness (the store answers) for load balancers and orchestrators. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const store = await this.store.health();
    const ready = store.ok;
    // A failed projection does not make the ledger unready (writes and other views work),
    // but it is reported here with its position and error so that someone rebuilds it.
    const projections = this.projector.statuses();
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ready ? (projections.some((p) => p.status === 'failed') ? 'degraded' : 'ok') : 'unavailable',
      live: true,
      ready,
      checks: { store: { status: store.ok ? 'up' : 'down', adapter: store.adapter } },
      projections,
    });
  }

  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const store = await this.store.health();
    res
      .status(store.ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: store.ok ? 'ok' : 'unavailable', store: store.adapter });
  }
}
