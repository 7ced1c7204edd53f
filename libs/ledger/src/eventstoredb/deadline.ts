import { EventStoreTimeoutError, mapEventStoreError } from './eventstore-errors.js';

/**
 * Resolves or rejects as `work` does, unless `ms` pass first: then rejects with
 * EventStoreTimeoutError and calls `onTimeout` (to cancel the call). The client's own
 * deadline is not enough: a server that accepts TCP and never answers can hold a call
 * for minutes. Client errors are mapped to the ledger's typed errors.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, operation: string, onTimeout?: () => unknown): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        void Promise.resolve(onTimeout?.()).catch(() => undefined);
      } finally {
        reject(new EventStoreTimeoutError(operation, ms));
      }
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    throw mapEventStoreError(error, operation);
  } finally {
    clearTimeout(timer);
    // The losing promise must not become an unhandled rejection.
    work.catch(() => undefined);
  }
}

/** Iterates a streaming read with a deadline on every step; a stalled read is cancelled. */
export async function* iterateWithDeadline<T>(
  read: AsyncIterable<T> & { cancel(): Promise<void> },
  ms: number,
  operation: string,
): AsyncIterable<T> {
  const iterator = read[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const step = await withDeadline(iterator.next(), ms, operation, () => read.cancel());
      if (step.done) {
        finished = true;
        return;
      }
      yield step.value;
    }
  } finally {
    if (!finished) await Promise.resolve(read.cancel()).catch(() => undefined);
  }
}

/** Waits `ms`, or less if the signal aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * A deadline on progress rather than on one call: `race(work)` rejects with
 * EventStoreTimeoutError once `lastProgress()` is `ms` old. Client errors are mapped.
 */
export function stallWatch(lastProgress: () => number, ms: number, operation: string) {
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: unknown) => void = () => undefined;
  const stalled = new Promise<never>((_, reject) => (fail = reject));
  stalled.catch(() => undefined);
  const check = () => {
    const idle = Date.now() - lastProgress();
    if (idle >= ms) fail(new EventStoreTimeoutError(operation, ms));
    else timer = setTimeout(check, ms - idle);
  };
  timer = setTimeout(check, ms);
  return {
    async race<T>(work: Promise<T>): Promise<T> {
      try {
        return await Promise.race([work, stalled]);
      } catch (error) {
        throw mapEventStoreError(error, operation);
      }
    },
    stop(): void {
      clearTimeout(timer);
    },
  };
}
