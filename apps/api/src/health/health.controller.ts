import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { EventStore } from '@ledger/ledger';
import { EVENT_STORE } from '../tokens.js';

/** Liveness (the process answers) and readiness (the store answers) for load balancers and orchestrators. */
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const store = await this.store.health();
    const ready = store.ok;
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ready ? 'ok' : 'unavailable',
      live: true,
      ready,
      checks: { store: { status: store.ok ? 'up' : 'down', adapter: store.adapter } },
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
