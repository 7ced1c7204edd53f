import { v7 as uuidv7 } from 'uuid';

/** A new time-ordered id (UUIDv7). Only the edges call this; the domain receives ids on commands. */
export function newId(): string {
  return uuidv7();
}

/** The ledger's clock, injected so that replays and tests are deterministic. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
