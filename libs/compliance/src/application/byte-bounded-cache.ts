import { LRUCache } from 'lru-cache';

/** Entries of a large collection that are measured; the rest are assumed to be like them (documents of one kind are). */
const SAMPLE = 256;

/** The estimated bytes of a collection's entries: all of a small one, a sample of a large one scaled to its size. */
function entriesBytes<T>(entries: Iterable<T>, count: number, measure: (entry: T) => number): number {
  let bytes = 0;
  let measured = 0;
  for (const entry of entries) {
    if (measured === SAMPLE) break;
    bytes += measure(entry);
    measured += 1;
  }
  return measured === 0 ? 0 : Math.ceil((bytes / measured) * count);
}

/**
 * A rough estimate of the heap a value keeps alive, in bytes: enough to bound a cache, not
 * to account for every byte, and quick (a large collection is measured by a sample). Shared
 * sub-objects are counted once per value; strings as two bytes per character.
 */
export function estimateBytes(value: unknown, seen: Set<object> = new Set()): number {
  switch (typeof value) {
    case 'string':
      return 16 + 2 * value.length;
    case 'number':
    case 'boolean':
    case 'undefined':
      return 8;
    case 'bigint':
      return 16;
    case 'object': {
      if (value === null) return 8;
      if (seen.has(value)) return 0;
      seen.add(value);
      if (value instanceof Map)
        return 32 + entriesBytes(value, value.size, ([k, v]) => 16 + estimateBytes(k, seen) + estimateBytes(v, seen));
      if (value instanceof Set) return 32 + entriesBytes(value, value.size, (v) => 8 + estimateBytes(v, seen));
      if (Array.isArray(value)) return 32 + entriesBytes(value, value.length, (v) => 8 + estimateBytes(v, seen));
      let bytes = 32;
      for (const [k, v] of Object.entries(value)) bytes += 8 + estimateBytes(k, seen) + estimateBytes(v, seen);
      return bytes;
    }
    default:
      return 8;
  }
}

/**
 * A cache bounded by the estimated bytes of what it holds, evicting the least recently used
 * entry first. Concurrent requests for a key share one computation; only settled values
 * are kept (a failed computation is forgotten), and a value larger than the whole budget
 * is returned but not kept.
 */
export class ByteBoundedCache<V extends NonNullable<unknown>> {
  private readonly values: LRUCache<string, V>;
  private readonly pending = new Map<string, Promise<V>>();

  constructor(
    /** The most estimated bytes kept at once. */
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number = (value) => estimateBytes(value),
  ) {
    this.values = new LRUCache<string, V>({ maxSize: maxBytes, sizeCalculation: (value) => Math.max(1, this.sizeOf(value)) });
  }

  /** The estimated bytes held now. */
  get bytes(): number {
    return this.values.calculatedSize;
  }

  get size(): number {
    return this.values.size;
  }

  get(key: string): V | undefined {
    return this.values.get(key);
  }

  set(key: string, value: V): void {
    const size = Math.max(1, this.sizeOf(value));
    if (size > this.maxBytes) this.values.delete(key);
    else this.values.set(key, value, { size });
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  /** The cached value for `key`, else the one being computed for it, else a new computation (kept once it succeeds). */
  getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.values.get(key);
    if (hit !== undefined) return Promise.resolve(hit);
    const running = this.pending.get(key);
    if (running) return running;
    const value = compute().then(
      (result) => {
        this.pending.delete(key);
        this.set(key, result);
        return result;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, value);
    return value;
  }
}
