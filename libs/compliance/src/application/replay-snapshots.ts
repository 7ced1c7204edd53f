import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Projection, RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '@ledger/ledger';
import { applyEvents, visibleAt, type TimeFilter } from '../domain/time-travel.js';
import { ByteBoundedCache, estimateBytes } from './byte-bounded-cache.js';

/** A projection's documents after every event up to `position`, with the latest times among those events. */
interface Snapshot {
  readonly position: string;
  readonly maxOccurredAt: string;
  readonly maxRecordedAt: string;
  readonly docs: ReadonlyMap<string, unknown>;
}

/** Memory and time a replay may take: caches are bounded by estimated bytes, and a replay gives way often. */
export interface ReplayLimits {
  /** Estimated bytes of snapshots kept (least recently used dropped first). */
  readonly snapshotBytes: number;
  /** Estimated bytes of replayed answers kept (least recently used dropped first). */
  readonly resultBytes: number;
  /** A replay gives the event loop a turn after running this long (ms), so cheap requests are not kept waiting. */
  readonly sliceMs: number;
  /** Replays running at once; others wait their turn (each holds its documents in memory while it runs). */
  readonly concurrent: number;
}

export const DEFAULT_REPLAY_LIMITS: ReplayLimits = { snapshotBytes: 64 * 2 ** 20, resultBytes: 64 * 2 ** 20, sliceMs: 10, concurrent: 2 };

const end = (value: string) => (value.length === 10 ? `${value}T23:59:59.999Z` : value);

/** Events read from the store per query: one read is done without giving way. */
const READ_BATCH = 500;

/**
 * In-memory snapshots for time-travel replays. The log is append-only, so a snapshot at
 * position P never goes stale; it can start a replay whenever every event up to P passes
 * the time filter (none of them happened after "as of" or was recorded after "as known at").
 * A replayed answer is kept for its filter until the log's head moves on.
 */
export class ReplaySnapshots {
  private readonly snapshots: ByteBoundedCache<Snapshot[]>;
  private readonly results: ByteBoundedCache<Map<string, unknown>>;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly store: EventStore,
    /** Events between snapshots. */
    private readonly every = 2000,
    private readonly limits: ReplayLimits = DEFAULT_REPLAY_LIMITS,
  ) {
    // Snapshots share unchanged documents; counting each snapshot whole over-estimates, which is the safe side.
    this.snapshots = new ByteBoundedCache(limits.snapshotBytes, (list) => list.reduce((bytes, s) => bytes + estimateBytes(s.docs), 0));
    this.results = new ByteBoundedCache(limits.resultBytes);
  }

  /** Estimated bytes held by snapshots and kept answers. */
  get bytes(): { snapshots: number; results: number } {
    return { snapshots: this.snapshots.bytes, results: this.results.bytes };
  }

  async replay<Doc>(projection: Projection<Doc>, tenantId: string, filter: TimeFilter): Promise<Map<string, Doc>> {
    const head = await this.store.headPosition();
    const key = [projection.name, tenantId, filter.asOf ?? '', filter.knownAt ?? '', head].join('\u0000');
    return (await this.results.getOrCompute(key, () => this.inTurn(() => this.run(projection, tenantId, filter)))) as Map<string, Doc>;
  }

  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    while (this.running >= this.limits.concurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  private async run<Doc>(projection: Projection<Doc>, tenantId: string, filter: TimeFilter): Promise<Map<string, unknown>> {
    const key = `${projection.name}\u0000${tenantId}`;
    const list = this.snapshots.get(key) ?? [];
    const usable = [...list]
      .reverse()
      .find(
        (s) =>
          (filter.asOf === undefined || s.maxOccurredAt <= end(filter.asOf)) &&
          (filter.knownAt === undefined || s.maxRecordedAt <= end(filter.knownAt)),
      );
    // Replay everything after the snapshot; take new snapshots only while extending the newest one.
    const docs = new Map((usable?.docs ?? new Map()) as Map<string, Doc>);
    const extending = usable === list.at(-1);
    let maxOccurredAt = usable?.maxOccurredAt ?? '';
    let maxRecordedAt = usable?.maxRecordedAt ?? '';
    let allVisible = true;
    let since = 0;
    let taken = false;
    let sliceStart = performance.now();
    const types = projection.canHandle === 'all' ? undefined : projection.canHandle;
    const pending: RecordedEvent[] = [];
    const flush = () => {
      applyEvents(projection, pending, filter, docs);
      pending.length = 0;
    };
    for await (const event of this.store.readAll({ tenantId, types, after: usable?.position ?? '0', batchSize: READ_BATCH })) {
      pending.push(event);
      if (event.meta.occurredAt > maxOccurredAt) maxOccurredAt = event.meta.occurredAt;
      if (event.meta.recordedAt > maxRecordedAt) maxRecordedAt = event.meta.recordedAt;
      allVisible &&= visibleAt(event, filter);
      since += 1;
      if (since >= this.every) {
        flush();
        // Only a replay that admitted every event so far holds the full state at this position.
        if (extending && allVisible) {
          list.push({ position: event.position, maxOccurredAt, maxRecordedAt, docs: new Map(docs) });
          taken = true;
        }
        since = 0;
      }
      if (pending.length % 64 === 0 && performance.now() - sliceStart >= this.limits.sliceMs) {
        flush();
        await nextTurn();
        sliceStart = performance.now();
      }
    }
    flush();
    if (taken) this.snapshots.set(key, list);
    return docs as Map<string, unknown>;
  }
}
