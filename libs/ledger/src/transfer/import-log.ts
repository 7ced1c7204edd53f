import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '../event-store.js';
import { chainProblem } from '../integrity/event-hash.js';
import type { SubjectKeyRow, SubjectKeyStore } from '../vault/subject-key-store.js';

/** An import refused: the file is not a valid, unbroken ledger export. */
export class ImportRefusedError extends Error {
  readonly code = 'LEDGER.IMPORT_REFUSED';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

async function* lines(file: string): AsyncIterable<{ line: number; text: string }> {
  const reader = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    if (text.trim() !== '') yield { line, text };
  }
}

function parse(line: number, text: string): RecordedEvent {
  let event: RecordedEvent;
  try {
    event = JSON.parse(text) as RecordedEvent;
  } catch {
    throw new ImportRefusedError('not valid JSON', line);
  }
  for (const field of ['id', 'stream', 'type', 'hash', 'prevHash', 'position'] as const) {
    if (typeof event[field] !== 'string') throw new ImportRefusedError(`missing or invalid "${field}"`, line);
  }
  if (typeof event.revision !== 'number' || typeof event.meta?.tenantId !== 'string')
    throw new ImportRefusedError('missing revision or meta.tenantId', line);
  return event;
}

/** The events of an export file, in file order; a malformed line throws naming it. */
export async function* readExport(file: string): AsyncIterable<RecordedEvent> {
  for await (const { line, text } of lines(file)) yield parse(line, text);
}

/**
 * Checks a whole export before anything is written: every hash recomputes, every
 * stream's chain is unbroken, and positions only grow. Throws naming the first bad line.
 */
export async function verifyExport(file: string): Promise<number> {
  const heads = new Map<string, { revision: number; hash: string }>();
  let lastPosition = -1n;
  let count = 0;
  for await (const { line, text } of lines(file)) {
    const event = parse(line, text);
    const problem = chainProblem(heads.get(event.stream), event);
    if (problem) throw new ImportRefusedError(`event ${event.id} of ${event.stream} does not verify: ${problem}`, line);
    const position = BigInt(event.position);
    if (position <= lastPosition) throw new ImportRefusedError(`position ${event.position} is not after ${lastPosition}`, line);
    lastPosition = position;
    heads.set(event.stream, { revision: event.revision, hash: event.hash });
    count += 1;
  }
  return count;
}

const WINDOW = 2000;

/**
 * Imports an export into an empty store, keeping every id, hash and the global order.
 * The file is verified first; a broken file writes nothing.
 */
export async function importLog(
  store: EventStore,
  file: string,
  options: { keys?: SubjectKeyStore; keysFile?: string; onProgress?: (count: number, total: number) => void } = {},
): Promise<{ events: number; keys: number }> {
  if ((await store.headPosition()) !== '0') throw new ImportRefusedError('the target store is not empty; import only into a new ledger');
  const total = await verifyExport(file);
  let keys = 0;
  if (options.keys && options.keysFile) {
    for await (const { line, text } of lines(options.keysFile)) {
      let row: SubjectKeyRow;
      try {
        row = JSON.parse(text) as SubjectKeyRow;
      } catch {
        throw new ImportRefusedError(`keys file: not valid JSON`, line);
      }
      await options.keys.insertIfAbsent(row);
      keys += 1;
    }
  }
  // Appends are queued in file order and the adapters commit queued appends in order,
  // so a window of appends in flight keeps the global order while sharing commits.
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let count = 0;
  for await (const { line, text } of lines(file)) {
    if (failure !== undefined) break;
    const { position: _position, ...event } = JSON.parse(text) as RecordedEvent;
    const settled: Promise<void> = store
      .append({ stream: event.stream, expectedRevision: event.revision === 0 ? 'no_stream' : event.revision - 1, events: [event] })
      .then(
        () => undefined,
        (error: unknown) => {
          failure ??= new ImportRefusedError(`the store refused event ${event.id}: ${(error as Error).message}`, line);
        },
      )
      .finally(() => inFlight.delete(settled));
    inFlight.add(settled);
    count += 1;
    if (inFlight.size >= WINDOW) await Promise.race(inFlight);
    if (count % 10_000 === 0) options.onProgress?.(count, total);
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  options.onProgress?.(count, total);
  return { events: count, keys };
}
