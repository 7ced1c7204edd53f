import type { EsdbPosition } from './client-like.js';
import { EventStorePositionError } from './eventstore-errors.js';

/**
 * The ledger's global position for an event in `$all`: its commit position, a byte offset in
 * the transaction file, as a decimal string. Events appended over gRPC are written as
 * self-committing prepares, so the server reports commit = prepare for every one of them and
 * each event of a multi-event append has a position of its own. The value grows with the size
 * of the log (below 2^53 until it passes 8 PiB), so the SQL stores and verify keep it exactly.
 *
 * An event whose commit and prepare differ (written in an explicit transaction over the
 * retired TCP protocol, which this adapter never uses) is refused rather than given a
 * position that might collide with another's.
 */
export function encodePosition(position: EsdbPosition): string {
  if (position.commit !== position.prepare) throw EventStorePositionError.commitDiffersFromPrepare(position.commit, position.prepare);
  return String(position.commit);
}

/** The `$all` position a ledger position stands for; `'0'` is the start of the log. */
export function decodePosition(position: string): EsdbPosition | 'start' {
  const value = BigInt(position);
  if (value <= 0n) return 'start';
  return { commit: value, prepare: value };
}

/**
 * Earlier versions encoded a position as `commit × 2^32 + (prepare − commit + 2^31)`. With
 * commit = prepare that is `commit × 2^32 + 2^31`, so the commit position is the value
 * shifted right by 32 bits. A value that went through a double on the way (the SQLite Merkle
 * store) is off by less than 2^31 for any log below 4 PiB, which the shift also absorbs.
 */
export function commitOfLegacyPosition(legacy: bigint): bigint {
  return legacy <= 0n ? 0n : legacy >> 32n;
}
