import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AlertChannel, AlertObserver, AlertRule } from '@ledger/alerts';
import type { ReplayObserver } from '@ledger/compliance';
import {
  CHECKPOINT_SIGNED,
  CHECKPOINT_STREAM,
  streamCategory,
  type AppendObserver,
  type LedgerRuntime,
  type Projector,
} from '@ledger/ledger';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every Prometheus metric of one ledger process, in its own registry. Labels carry only
 * bounded, non-personal values: route templates, status codes, GraphQL root field names from
 * the schema, error codes, stream categories and projection names — never a tenant, an id, a
 * name or anything a client typed.
 */
export class LedgerMetrics implements AppendObserver, ReplayObserver, AlertObserver {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'ledger_http_requests_total',
    help: 'HTTP requests answered, by route template, method and status code',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'ledger_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route template',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'ledger_http_rate_limited_total',
    help: 'Requests refused with 429 because a client went over its rate limit, by limit',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'ledger_graphql_operations_total',
    help: 'GraphQL operations, by type, root field and outcome (ok, or the first error code)',
    labelNames: ['type', 'field', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'ledger_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, by type and root field',
    labelNames: ['type', 'field'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'ledger_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly appends = new Counter({
    name: 'ledger_appends_total',
    help: 'Appends to the event store, by stream category and outcome (ok, conflict, error)',
    labelNames: ['category', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly appendedEvents = new Counter({
    name: 'ledger_appended_events_total',
    help: 'Events recorded, by stream category',
    labelNames: ['category'] as const,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'ledger_append_duration_seconds',
    help: 'Time for the store to commit one append',
    labelNames: ['category'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'ledger_append_conflicts_total',
    help: 'Appends refused because the stream moved on (expected revision differs), by stream category',
    labelNames: ['category'] as const,
    registers: [this.registry],
  });

  readonly replays = new Counter({
    name: 'ledger_time_travel_replays_total',
    help: 'Time-travel replays ("as of", "as known at"), by projection and whether a snapshot served as the start',
    labelNames: ['projection', 'snapshot'] as const,
    registers: [this.registry],
  });

  readonly replayDuration = new Histogram({
    name: 'ledger_time_travel_replay_duration_seconds',
    help: 'Time to replay one projection for a time-travel answer',
    labelNames: ['projection'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly replayCacheHits = new Counter({
    name: 'ledger_time_travel_snapshot_hits_total',
    help: 'Time-travel replays that started from an in-memory snapshot instead of from zero',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  readonly signIns = new Counter({
    name: 'ledger_sign_ins_total',
    help: 'Sign-ins to the web app, by method and outcome',
    labelNames: ['method', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly backups = new Counter({
    name: 'ledger_backups_total',
    help: 'Scheduled backups, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly alertsSent = new Counter({
    name: 'ledger_alerts_sent_total',
    help: 'Alerts sent and recorded (AlertSent), by channel and rule',
    labelNames: ['channel', 'rule'] as const,
    registers: [this.registry],
  });

  readonly alertsFailed = new Counter({
    name: 'ledger_alerts_failed_total',
    help: 'Alerts given up on after every retry, or with nowhere to send them, by channel and rule',
    labelNames: ['channel', 'rule'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Standard names (process_*, nodejs_*), so stock Node.js dashboards work unchanged.
    collectDefaultMetrics({ register: this.registry });
  }

  appended(append: Parameters<AppendObserver['appended']>[0]): void {
    const category = streamCategory(append.stream);
    this.appends.inc({ category, outcome: append.outcome });
    if (append.outcome === 'conflict') this.appendConflicts.inc({ category });
    if (append.outcome !== 'ok') return;
    this.appendedEvents.inc({ category }, append.events);
    this.appendDuration.observe({ category }, append.seconds);
  }

  alertSent(rule: AlertRule, channel: AlertChannel): void {
    this.alertsSent.inc({ channel, rule });
  }

  alertFailed(rule: AlertRule, channel: AlertChannel): void {
    this.alertsFailed.inc({ channel, rule });
  }

  replayed(replay: Parameters<ReplayObserver['replayed']>[0]): void {
    this.replays.inc({ projection: replay.projection, snapshot: replay.fromSnapshot ? 'yes' : 'no' });
    this.replayDuration.observe({ projection: replay.projection }, replay.seconds);
    if (replay.fromSnapshot) this.replayCacheHits.inc({ projection: replay.projection });
  }

  /**
   * Gauges read when Prometheus scrapes: the head, each projection's lag (events and seconds
   * behind the head) and the notary's (events not yet in the Merkle tree, time since the last
   * signed checkpoint). Reading them costs a few indexed queries per scrape.
   */
  observeLedger(runtime: LedgerRuntime, projector: Projector, now: () => Date): void {
    const store = runtime.store;
    const secondsSince = (iso: string | undefined) => (iso === undefined ? 0 : Math.max(0, (now().getTime() - Date.parse(iso)) / 1000));
    /** When the first event after `position` was recorded (the oldest one not yet taken into account). */
    const firstAfter = async (position: string) => {
      for await (const event of store.readAll({ after: position, limit: 1 })) return event.meta.recordedAt;
      return undefined;
    };
    const registers = [this.registry];
    new Gauge({
      name: 'ledger_store_up',
      help: '1 while the event store answers, 0 when it does not',
      labelNames: ['adapter'] as const,
      registers,
      async collect() {
        this.set({ adapter: store.adapter }, (await store.health()).ok ? 1 : 0);
      },
    });
    new Gauge({
      name: 'ledger_head_position',
      help: 'Global position of the last event recorded',
      registers,
      async collect() {
        this.set(Number(await store.headPosition()));
      },
    });
    new Gauge({
      name: 'ledger_projection_events_behind',
      help: 'Events recorded after the position a projection has reached (reported by the process that runs the projector)',
      labelNames: ['projection', 'status'] as const,
      registers,
      async collect() {
        const head = BigInt(await store.headPosition());
        this.reset();
        for (const status of projector.statuses()) {
          const behind = head > BigInt(status.position) ? head - BigInt(status.position) : 0n;
          this.set({ projection: status.name, status: status.status }, Number(behind));
        }
      },
    });
    new Gauge({
      name: 'ledger_projection_seconds_behind',
      help: 'Age of the oldest event a projection has not yet taken into account (0 when caught up)',
      labelNames: ['projection'] as const,
      registers,
      async collect() {
        const head = BigInt(await store.headPosition());
        this.reset();
        for (const status of projector.statuses())
          this.set({ projection: status.name }, head > BigInt(status.position) ? secondsSince(await firstAfter(status.position)) : 0);
      },
    });
    new Gauge({
      name: 'ledger_notary_events_behind',
      help: 'Events recorded but not yet folded into the Merkle tree by the notary',
      registers,
      async collect() {
        const [head, tree] = await Promise.all([store.headPosition(), runtime.merkleTree.state()]);
        this.set(Math.max(0, Number(BigInt(head) - BigInt(tree.position))));
      },
    });
    new Gauge({
      name: 'ledger_notary_seconds_since_checkpoint',
      help: 'Seconds since the last signed Merkle checkpoint was recorded (-1 before the first)',
      registers,
      async collect() {
        const head = await store.streamHead(CHECKPOINT_STREAM);
        let last: string | undefined;
        if (head !== undefined)
          for await (const event of store.readStream(CHECKPOINT_STREAM, Math.max(0, head.revision - 2)))
            if (event.type === CHECKPOINT_SIGNED) last = event.meta.recordedAt;
        this.set(last === undefined ? -1 : secondsSince(last));
      },
    });
  }
}
