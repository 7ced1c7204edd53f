import type { RecordedEvent } from '@ledger/kernel';
import { streamCategory } from '../event-store.js';
import type { Projection } from './projection.js';

/** One line of the evidence index: what a stream holds and when it last changed. */
export interface StreamSummary {
  readonly stream: string;
  readonly category: string;
  readonly events: number;
  readonly firstOccurredAt: string;
  readonly lastOccurredAt: string;
  readonly lastRecordedAt: string;
  readonly lastType: string;
  readonly lastHash: string;
  readonly types: Readonly<Record<string, number>>;
}

/** The evidence index: one document per stream, for listing subjects and their history at a glance. */
export const streamSummaryProjection: Projection<StreamSummary> = {
  name: 'stream-summary',
  canHandle: 'all',
  keyOf: (event: RecordedEvent) => event.stream,
  evolve(doc, event) {
    const occurredAt = event.meta.occurredAt;
    return {
      stream: event.stream,
      category: streamCategory(event.stream),
      events: (doc?.events ?? 0) + 1,
      firstOccurredAt: doc && doc.firstOccurredAt < occurredAt ? doc.firstOccurredAt : occurredAt,
      lastOccurredAt: doc && doc.lastOccurredAt > occurredAt ? doc.lastOccurredAt : occurredAt,
      lastRecordedAt: event.meta.recordedAt,
      lastType: event.type,
      lastHash: event.hash,
      types: { ...doc?.types, [event.type]: (doc?.types[event.type] ?? 0) + 1 },
    };
  },
};
