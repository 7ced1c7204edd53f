/**
 * Waits for `work`, or `ms` at most, then returns. The timer is cleared either way: a
 * `Promise.race` against a bare `setTimeout` leaves that timer running after the test,
 * which keeps Jest from exiting.
 */
export async function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
