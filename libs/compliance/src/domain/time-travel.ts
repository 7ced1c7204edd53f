import type { Projection, RecordedEvent } from '@ledger/kernel';

/** "As of" a date (valid time, from occurredAt) and/or "as known at" a date (recorded time). */
export interface TimeFilter {
  readonly asOf?: string;
  readonly knownAt?: string;
}

/** Whether an event counts for a time filter. Dates compare as ISO strings; a bare date means the end of that day. */
export function visibleAt(event: RecordedEvent, filter: TimeFilter): boolean {
  const end = (value: string) => (value.length === 10 ? `${value}T23:59:59.999Z` : value);
  if (filter.asOf !== undefined && event.meta.occurredAt > end(filter.asOf)) return false;
  if (filter.knownAt !== undefined && event.meta.recordedAt > end(filter.knownAt)) return false;
  return true;
}

/**
 * Replays a projection in memory over events in global order, keeping only those the
 * time filter admits: the same pure evolve as the live view, never a second implementation.
 */
export function replayProjection<Doc>(
  projection: Projection<Doc>,
  events: Iterable<RecordedEvent>,
  filter: TimeFilter,
  from?: Map<string, Doc>,
): Map<string, Doc> {
  return applyEvents(projection, events, filter, new Map(from ?? []));
}

/** As `replayProjection`, but evolves `docs` in place (a long replay applies its events in slices). */
export function applyEvents<Doc>(
  projection: Projection<Doc>,
  events: Iterable<RecordedEvent>,
  filter: TimeFilter,
  docs: Map<string, Doc>,
): Map<string, Doc> {
  const handled = projection.canHandle === 'all' ? null : new Set(projection.canHandle);
  for (const event of events) {
    if (handled && !handled.has(event.type)) continue;
    if (!visibleAt(event, filter)) continue;
    const key = projection.keyOf(event);
    if (key === null) continue;
    const next = projection.evolve(docs.get(key), event);
    if (next === undefined) docs.delete(key);
    else docs.set(key, next);
  }
  return docs;
}
