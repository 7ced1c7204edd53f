import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { EventStore, Projector, WorkerStatus, WorkerStatusSource } from '@ledger/ledger';
import { BACKGROUND_WORKERS, EVENT_STORE, PROJECTOR } from '../tokens.js';

/** How far behind the head a worker is, in positions; null when it does not follow the log or the head is unknown. */
function lagOf(worker: WorkerStatus, head: string | undefined): string | null {
  if (worker.position === null || head === undefined) return null;
  try {
    const lag = BigInt(head) - BigInt(worker.position);
    return String(lag > 0n ? lag : 0n);
  } catch {
    // Positions that are not plain numbers (none today) have no lag to show.
    return null;
  }
}

/** Liveness (the process answers) and readiness (the store answers) for load balancers and orchestrators. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Inject(BACKGROUND_WORKERS) private readonly workers: WorkerStatusSource,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const store = await this.store.health();
    const ready = store.ok;
    const head = ready ? await this.store.headPosition().catch(() => undefined) : undefined;
    // A failed or retrying worker does not make the ledger unready (writes and other views work),
    // but it is reported here with its position, lag and last error so that someone looks.
    const projections = this.projector.statuses();
    const workers = this.workers.workerStatuses().map((worker) => ({ ...worker, lag: lagOf(worker, head) }));
    const troubled = workers.some((w) => w.status === 'failed' || w.status === 'retrying' || w.status === 'disconnected');
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ready ? (troubled || projections.some((p) => p.status === 'failed') ? 'degraded' : 'ok') : 'unavailable',
      live: true,
      ready,
      checks: { store: { status: store.ok ? 'up' : 'down', adapter: store.adapter } },
      head: head ?? null,
      projections,
      workers,
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
