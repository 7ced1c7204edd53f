import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { LedgerMetrics } from './ledger-metrics.js';
import { METRICS_TOKEN } from './metrics.tokens.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Prometheus' text format at /metrics; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: LedgerMetrics,
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (this.token !== undefined) {
      const offered = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
      // Compare digests in constant time: the token's length and content stay secret.
      if (!timingSafeEqual(digest(offered), digest(this.token))) {
        res
          .status(HttpStatus.UNAUTHORIZED)
          .set('www-authenticate', 'Bearer')
          .json({ code: 'UNAUTHENTICATED', message: 'Metrics need the METRICS_TOKEN bearer token' });
        return;
      }
    }
    res
      .status(HttpStatus.OK)
      .type(this.metrics.registry.contentType)
      .send(await this.metrics.registry.metrics());
  }
}
