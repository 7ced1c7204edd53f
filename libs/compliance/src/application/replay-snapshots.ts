import type { Projection, RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '@ledger/ledger';
import { replayProjection, visibleAt, type TimeFilter } from '../domain/time-travel.js';

/** A projection's documents after every event up to `position`, with the latest times among those events. */
interface Snapshot {
  readonly position: string;
  readonly maxOccurredAt: string;
  readonly maxRecordedAt: string;
  readonly docs: ReadonlyMap<string, unknown>;
}

const end = (value: string) => (value.length === 10 ? `${value}T23:59:59.999Z` : value);

/**
 * In-memory snapshots for time-travel replays. The log is append-only, so a snapshot at
 * position P never goes stale; it can start a replay whenever every event up to P passes
 * the time filter (none of them happened after "as of" or was recorded after "as known at").
 */
/** Told about every time-travel replay (for metrics): which projection, how long, whether a snapshot served. */
export interface ReplayObserver {
  replayed(replay: {
    readonly projection: string;
    readonly seconds: number;
    readonly fromSnapshot: boolean;
    readonly events: number;
  }): void;
}

export class ReplaySnapshots {
  private readonly snapshots = new Map<string, Snapshot[]>();

  constructor(
    private readonly store: EventStore,
    /** Events between snapshots. */
    private readonly every = 2000,
    private readonly observer?: ReplayObserver,
  ) {}

  async replay<Doc>(projection: Projection<Doc>, tenantId: string, filter: TimeFilter): Promise<Map<string, Doc>> {
    const started = performance.now();
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
    let docs = new Map((usable?.docs ?? new Map()) as Map<string, Doc>);
    const extending = usable === list.at(-1);
    let maxOccurredAt = usable?.maxOccurredAt ?? '';
    let maxRecordedAt = usable?.maxRecordedAt ?? '';
    let allVisible = true;
    let since = 0;
    let events = 0;
    const types = projection.canHandle === 'all' ? undefined : projection.canHandle;
    const pending: RecordedEvent[] = [];
    const flush = () => {
      docs = replayProjection(projection, pending, filter, docs);
      pending.length = 0;
    };
    for await (const event of this.store.readAll({ tenantId, types, after: usable?.position ?? '0', batchSize: 5000 })) {
      pending.push(event);
      if (event.meta.occurredAt > maxOccurredAt) maxOccurredAt = event.meta.occurredAt;
      if (event.meta.recordedAt > maxRecordedAt) maxRecordedAt = event.meta.recordedAt;
      allVisible &&= visibleAt(event, filter);
      since += 1;
      events += 1;
      if (since >= this.every) {
        flush();
        // Only a replay that admitted every event so far holds the full state at this position.
        if (extending && allVisible) list.push({ position: event.position, maxOccurredAt, maxRecordedAt, docs: new Map(docs) });
        since = 0;
      }
    }
    flush();
    if (list.length > 0) this.snapshots.set(key, list);
    this.observer?.replayed({
      projection: projection.name,
      seconds: (performance.now() - started) / 1000,
      fromSnapshot: usable !== undefined,
      events,
    });
    return docs;
  }
}
