import canonicalizeCjs from 'canonicalize';
import { createHash } from 'node:crypto';
import { GENESIS_HASH, type RecordedEvent } from '@ledger/kernel';

// canonicalize is CommonJS with types that declare an ES default export; under NodeNext
// the default import is the function itself at run time, so the type is restated here.
const canonicalize = canonicalizeCjs as unknown as (input: unknown) => string | undefined;

/** The fields an event's hash commits to: everything but its global position and the hash itself. */
export type HashedFields = Omit<RecordedEvent, 'position' | 'hash'>;

/** SHA-256 (hex) of the RFC 8785 canonical JSON of the hashed fields. */
export function hashEvent(event: HashedFields): string {
  const canonical = canonicalize({
    id: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    schema: event.schema,
    data: event.data,
    meta: event.meta,
    prevHash: event.prevHash,
  });
  if (canonical === undefined) throw new Error(`Event ${event.id} cannot be canonicalised`);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Why a stream's chain does not verify, or undefined when it does. */
export function chainProblem(previous: Pick<RecordedEvent, 'hash' | 'revision'> | undefined, event: RecordedEvent): string | undefined {
  const expectedPrev = previous?.hash ?? GENESIS_HASH;
  const expectedRevision = previous === undefined ? 0 : previous.revision + 1;
  if (event.revision !== expectedRevision) return `revision is ${event.revision}, expected ${expectedRevision}`;
  if (event.prevHash !== expectedPrev) return `prevHash is ${event.prevHash}, expected ${expectedPrev}`;
  const actual = hashEvent(event);
  if (actual !== event.hash) return `hash is ${event.hash}, recomputed ${actual}`;
  return undefined;
}
