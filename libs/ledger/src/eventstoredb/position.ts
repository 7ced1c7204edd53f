import type { EsdbPosition } from './client-like.js';

const OFFSET_BITS = 32n;
const OFFSET_BIAS = 1n << (OFFSET_BITS - 1n);
const OFFSET_MASK = (1n << OFFSET_BITS) - 1n;

/**
 * The ledger's global position for an event in `$all`, as one decimal string that compares
 * as a bigint: `commit × 2^32 + (prepare − commit + 2^31)`.
 *
 * `$all` is ordered by (commit, prepare). The commit position is the major key; the
 * prepare position tells apart events committed together by one append (the server may
 * give them the same commit position). The two differ by less than one append's size
 * (far below 2 GiB), so the encoding is exact, reversible and keeps `$all` order.
 */
export function encodePosition(position: EsdbPosition): string {
  const offset = position.prepare - position.commit + OFFSET_BIAS;
  if (offset < 0n || offset > OFFSET_MASK) {
    throw new Error(`EventStoreDB position ${position.commit}/${position.prepare} cannot be encoded: prepare is too far from commit`);
  }
  return String((position.commit << OFFSET_BITS) + offset);
}

/** The `$all` position a ledger position stands for; `'0'` is the start of the log. */
export function decodePosition(position: string): EsdbPosition | 'start' {
  const value = BigInt(position);
  if (value <= 0n) return 'start';
  const commit = value >> OFFSET_BITS;
  const prepare = commit + (value & OFFSET_MASK) - OFFSET_BIAS;
  return { commit, prepare };
}
