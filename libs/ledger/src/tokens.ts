/** Injection token of the Ledger (composition roots provide it; context libraries inject it). */
export const LEDGER = 'LEDGER';
/** Injection token of the ledger's Clock. */
export const CLOCK = 'CLOCK';
