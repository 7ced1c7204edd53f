/** How many times a channel tries one alert before giving up until the next start. */
export const ALERT_ATTEMPTS = 5;

/** Resolves after `ms`, or at once when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs `attempt` up to ALERT_ATTEMPTS times, waiting retryMs, 2×, 4×, 8× between tries (exponential
 * backoff); returns the last error when every try failed or the signal aborted, undefined on success.
 */
export async function withRetries(attempt: () => Promise<void>, retryMs: number, signal: AbortSignal): Promise<unknown> {
  let lastError: unknown;
  for (let n = 0; n < ALERT_ATTEMPTS && !signal.aborted; n++) {
    if (n > 0) await pause(retryMs * 2 ** (n - 1), signal);
    if (signal.aborted) break;
    try {
      await attempt();
      return undefined;
    } catch (error) {
      lastError = error;
    }
  }
  return lastError ?? new Error('Stopped before the alert could be sent');
}
