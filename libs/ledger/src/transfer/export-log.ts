import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '../event-store.js';
import type { SubjectKeyStore } from '../vault/subject-key-store.js';

/** One line of an export: the event exactly as stored, every field. */
export type ExportedEvent = RecordedEvent;

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

async function finish(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** Key order of every exported line, fixed so that two exports of the same log are byte-identical. */
export function exportLine(event: RecordedEvent): string {
  const { position, id, stream, revision, type, schema, data, meta, hash, prevHash } = event;
  return JSON.stringify({ position, id, stream, revision, type, schema, data, meta, hash, prevHash });
}

/**
 * Writes the raw log as JSON Lines in global order (ciphertext stays ciphertext), and,
 * when `keysFile` is given, the wrapped subject keys as JSON Lines beside it.
 */
export async function exportLog(
  store: EventStore,
  file: string,
  options: { keys?: SubjectKeyStore; keysFile?: string; onProgress?: (count: number) => void } = {},
): Promise<{ events: number; keys: number }> {
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 });
  let events = 0;
  for await (const event of store.readAll({ batchSize: 5000 })) {
    await writeLine(out, exportLine(event));
    events += 1;
    if (events % 10_000 === 0) options.onProgress?.(events);
  }
  await finish(out);
  options.onProgress?.(events);
  let keys = 0;
  if (options.keys && options.keysFile) {
    const keyOut = createWriteStream(options.keysFile, { encoding: 'utf8', mode: 0o600 });
    for await (const row of options.keys.all()) {
      await writeLine(keyOut, JSON.stringify(row));
      keys += 1;
    }
    await finish(keyOut);
  }
  return { events, keys };
}
