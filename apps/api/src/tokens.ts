/** Injection tokens of the composition root. */
export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const PROJECTOR = Symbol('PROJECTOR');
/** How long a mutation waits for the views (ms). */
export const READ_YOUR_WRITES_MS = Symbol('READ_YOUR_WRITES_MS');
/** Where /health reads the background workers' status (projections, notary, leader election). */
export const BACKGROUND_WORKERS = Symbol('BACKGROUND_WORKERS');
