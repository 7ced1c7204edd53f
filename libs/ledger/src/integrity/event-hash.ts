import { hash } from 'node:crypto';
import canonicalizeCjs from 'canonicalize';
import { GENESIS_HASH, type RecordedEvent } from '@ledger/kernel';

/** The fields an event's hash commits to: everything but its global position and the hash itself. */
export type HashedFields = Omit<RecordedEvent, 'position' | 'hash'>;

const canonicalize = canonicalizeCjs as unknown as (input: unknown) => string | undefined;

/** RFC 8785 (JCS) serialisation of a JSON value, by the `canonicalize` package. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('undefined cannot be written as JSON');
  return text;
}

/**
 * The exact bytes an event hash covers: the RFC 8785 JSON of { id, stream, revision, type,
 * schema, data, meta, prevHash }, assembled in its sorted key order from the already
 * canonical `data` and `meta` texts (which is how the stores keep them, so verify can hash
 * a stored row without parsing it).
 */
export function hashInput(event: Omit<HashedFields, 'data' | 'meta'>, dataJson: string, metaJson: string): string {
  return (
    `{"data":${dataJson},"id":${JSON.stringify(event.id)},"meta":${metaJson},"prevHash":${JSON.stringify(event.prevHash)}` +
    `,"revision":${canonicalJson(event.revision)},"schema":${canonicalJson(event.schema)},"stream":${JSON.stringify(event.stream)}` +
    `,"type":${JSON.stringify(event.type)}}`
  );
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

// The canonical texts of the data and meta objects just hashed, so a store writes the same bytes without serialising twice.
const canonicalTexts = new WeakMap<object, string>();

/** The RFC 8785 text of an event's data or meta object, as the stores keep it. */
export function storedJson(value: object): string {
  return canonicalTexts.get(value) ?? canonicalJson(value);
}

/** SHA-256 (hex) of the RFC 8785 canonical JSON of the hashed fields. */
export function hashEvent(event: HashedFields): string {
  const data = canonicalJson(event.data);
  const meta = canonicalJson(event.meta);
  if (typeof event.data === 'object' && event.data !== null) canonicalTexts.set(event.data, data);
  if (typeof event.meta === 'object' && event.meta !== null) canonicalTexts.set(event.meta, meta);
  return sha256Hex(hashInput(event, data, meta));
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
