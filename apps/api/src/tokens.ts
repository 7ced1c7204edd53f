/** Injection tokens of the composition root. */
export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const PROJECTOR = Symbol('PROJECTOR');
