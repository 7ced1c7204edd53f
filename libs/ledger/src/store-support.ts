import { once, type EventEmitter } from 'node:events';
import type { AppendRequest, StreamHead } from './event-store.js';

/**
 * Refuses an append whose records do not continue the stream: revisions must count on
 * from the head and the first prevHash must be the head's hash. The ledger builds them
 * that way; this guards every adapter against a caller that did not.
 */
export function assertContiguous(request: AppendRequest, head: StreamHead | undefined): void {
  if (request.events.length === 0) throw new Error(`Append to ${request.stream} has no events`);
  let revision = head === undefined ? 0 : head.revision + 1;
  let prevHash = head?.hash;
  for (const event of request.events) {
    if (event.stream !== request.stream || event.revision !== revision || (prevHash !== undefined && event.prevHash !== prevHash)) {
      throw new Error(`Event ${event.id} does not continue stream ${request.stream} at revision ${revision}`);
    }
    revision += 1;
    prevHash = event.hash;
  }
}

/** Resolves on the next append notification, after `pollMs` (other processes may write), or on abort. */
export async function waitForAppend(emitter: EventEmitter, signal: AbortSignal, pollMs: number): Promise<void> {
  const timeout = AbortSignal.timeout(pollMs);
  const either = AbortSignal.any([signal, timeout]);
  try {
    await once(emitter, 'append', { signal: either });
  } catch {
    // Aborted or timed out: the caller re-reads the log either way.
  }
}
