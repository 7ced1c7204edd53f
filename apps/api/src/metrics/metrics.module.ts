import { type DynamicModule, Module } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { LedgerMetrics } from './ledger-metrics.js';
import { MetricsController } from './metrics.controller.js';
import { METRICS_TOKEN } from './metrics.tokens.js';

/** /metrics on the API port, unless METRICS=off (then the route does not exist: 404). */
@Module({})
export class MetricsModule {
  static forRoot(config: LedgerConfig, metrics: LedgerMetrics): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: config.metrics.enabled ? [MetricsController] : [],
      providers: [
        { provide: LedgerMetrics, useValue: metrics },
        { provide: METRICS_TOKEN, useValue: config.metrics.token },
      ],
      exports: [LedgerMetrics],
    };
  }
}
