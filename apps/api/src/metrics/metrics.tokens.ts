/** The bearer token /metrics requires (METRICS_TOKEN), or undefined when it is open. */
export const METRICS_TOKEN = Symbol('METRICS_TOKEN');
