import { GENESIS_HASH, type RecordedEvent } from '@ledger/kernel';
import { rawToRecorded, type HashRow, type RawEventRow, type RawLogReader } from '../store-support.js';
import { chainProblem, hashInput, sha256Hex } from './event-hash.js';
import { checkpointSignatureValid, type SignedCheckpoint } from './checkpoint.js';
import { CHECKPOINT_SIGNED, CheckpointHistory, keyProblem, type CheckpointKeyInfo } from './checkpoint-history.js';
import { EventHashAccumulator } from './merkle.js';

/** The first thing found wrong in a log. */
export interface VerifyProblem {
  readonly position: string;
  readonly id: string;
  readonly stream: string;
  readonly revision: number;
  readonly what: string;
}

/** The signed checkpoints of a log and the keys announced for them, gathered before the main pass. */
export interface CheckpointIndex {
  readonly bySize: ReadonlyMap<number, readonly RecordedEvent[]>;
  /** Every key with the positions of its registration and retirement: it signs validly only in between. */
  readonly keys: ReadonlyMap<string, CheckpointKeyInfo>;
}

export async function collectCheckpoints(events: AsyncIterable<RecordedEvent>): Promise<CheckpointIndex> {
  const bySize = new Map<number, RecordedEvent[]>();
  const history = new CheckpointHistory();
  for await (const event of events) {
    history.apply(event);
    if (event.type === CHECKPOINT_SIGNED)
      bySize.set(Number(event.data.treeSize), [...(bySize.get(Number(event.data.treeSize)) ?? []), event]);
  }
  return { bySize, keys: history.keys };
}

export interface VerifyReport {
  readonly checkpoints: number;
  readonly events: number;
  readonly streams: number;
  /** The RFC 6962 root over every event hash in global order (hex). */
  readonly root: string;
  readonly problem?: VerifyProblem;
}

const PROGRESS_EVERY = 10_000;
const NO_CHECKPOINTS: CheckpointIndex = { bySize: new Map(), keys: new Map() };

/**
 * One pass over a log in global order: every event hash, every stream's chain, the Merkle
 * root and every signed checkpoint, with memory in the number of streams. Stops at the first
 * problem.
 */
class LogVerifier {
  // One mutable head per stream, so that the pass allocates nothing per event but its digests.
  private readonly heads = new Map<string, { revision: number; hash: string }>();
  private readonly tree = new EventHashAccumulator();
  private lastPosition = -1;
  private count = 0;
  private checked = 0;
  problem: VerifyProblem | undefined;

  constructor(
    private readonly checkpoints: CheckpointIndex,
    private readonly onProgress?: (count: number) => void,
  ) {}

  /** A parsed event (an export): hashed by canonicalising its fields. */
  event(event: RecordedEvent): boolean {
    const order = this.orderProblem(event.position);
    const problem = order ?? chainProblem(this.heads.get(event.stream), event);
    if (problem) return this.fail(event, problem);
    return this.accept(event.stream, event.revision, event.hash);
  }

  /**
   * A stored row: its hash is recomputed over the stored data and meta texts, which the
   * ledger writes in RFC 8785 form. A row whose texts are not canonical (written by an older
   * version, or edited) is parsed and canonicalised before it is judged.
   */
  row(row: RawEventRow): boolean {
    const order = this.orderProblem(String(row[0]));
    if (order) return this.fail(rawToRecorded(row), order);
    return this.orderedRow(row);
  }

  /**
   * A row whose hash input the database assembled (HashRow): one digest and two comparisons.
   * Anything that does not match is judged again from the full row, read with `full`.
   */
  async hashRow(row: HashRow, full: (position: string) => Promise<RawEventRow>): Promise<boolean> {
    const [rawPosition, stream, revision, hash, prevHash, input] = row;
    const position = String(rawPosition);
    const order = this.orderProblem(position);
    if (order) return this.fail(rawToRecorded(await full(position)), order);
    const head = this.heads.get(stream);
    if (
      revision === (head === undefined ? 0 : head.revision + 1) &&
      prevHash === (head === undefined ? GENESIS_HASH : head.hash) &&
      sha256Hex(input) === hash
    )
      return this.accept(stream, revision, hash);
    return this.orderedRow(await full(position));
  }

  /** hashRow without awaiting: true when the row holds, undefined when it needs the full row (or is out of order). */
  quickRow(row: HashRow): true | undefined {
    const [rawPosition, stream, revision, hash, prevHash, input] = row;
    const at = Number(rawPosition);
    if (!(at > this.lastPosition)) return undefined;
    const head = this.heads.get(stream);
    if (
      revision !== (head === undefined ? 0 : head.revision + 1) ||
      prevHash !== (head === undefined ? GENESIS_HASH : head.hash) ||
      sha256Hex(input) !== hash
    )
      return undefined;
    this.lastPosition = at;
    return this.accept(stream, revision, hash) ? true : undefined;
  }

  private orderedRow(row: RawEventRow): boolean {
    const [, id, stream, revision, type, schema, data, meta, hash, prevHash] = row;
    const head = this.heads.get(stream);
    const expectedRevision = head === undefined ? 0 : head.revision + 1;
    const expectedPrev = head === undefined ? GENESIS_HASH : head.hash;
    if (
      revision !== expectedRevision ||
      prevHash !== expectedPrev ||
      sha256Hex(hashInput({ id, stream, revision, type, schema, prevHash }, data, meta)) !== hash
    ) {
      const event = rawToRecorded(row);
      const problem = chainProblem(head, event);
      if (problem) return this.fail(event, problem);
    }
    return this.accept(stream, revision, hash);
  }

  report(): VerifyReport {
    return {
      checkpoints: this.checked,
      events: this.count,
      streams: this.heads.size,
      root: this.tree.root().toString('hex'),
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  /** After the last event: a checkpoint of more events than the log holds means events were removed. */
  finish(): VerifyReport {
    this.onProgress?.(this.count);
    if (!this.problem)
      for (const [size, list] of this.checkpoints.bySize)
        if (size > this.count) this.fail(list[0]!, `checkpoint covers ${size} events but the log holds ${this.count}: events are missing`);
    return this.report();
  }

  private orderProblem(position: string): string | undefined {
    // Positions are integers below 2^53 in every store (EventStoreDB: the commit position, a byte offset).
    const at = Number(position);
    if (!(at > this.lastPosition)) return `position ${position} does not come after ${this.lastPosition}`;
    this.lastPosition = at;
    return undefined;
  }

  private fail(event: Pick<RecordedEvent, 'position' | 'id' | 'stream' | 'revision'>, what: string): false {
    this.problem = { position: event.position, id: event.id, stream: event.stream, revision: event.revision, what };
    return false;
  }

  private accept(stream: string, revision: number, hash: string): boolean {
    const head = this.heads.get(stream);
    if (head) {
      head.revision = revision;
      head.hash = hash;
    } else {
      this.heads.set(stream, { revision, hash });
    }
    this.tree.push(hash);
    this.count += 1;
    const due = this.checkpoints.bySize.get(this.count);
    if (due && !this.checkCheckpoints(due)) return false;
    if (this.count % PROGRESS_EVERY === 0) this.onProgress?.(this.count);
    return true;
  }

  private checkCheckpoints(due: readonly RecordedEvent[]): boolean {
    const root = this.tree.root().toString('hex');
    for (const checkpoint of due) {
      const signed = checkpoint.data as unknown as SignedCheckpoint;
      if (signed.root !== root)
        return this.fail(checkpoint, `checkpoint of ${this.count} events has root ${signed.root}, the log gives ${root}`);
      const keyRefused = keyProblem(this.checkpoints.keys, signed.keyId, checkpoint.position);
      if (keyRefused) return this.fail(checkpoint, keyRefused);
      if (!checkpointSignatureValid(signed, this.checkpoints.keys.get(signed.keyId)!.publicKey))
        return this.fail(checkpoint, `checkpoint signature does not verify with key ${signed.keyId}`);
      this.checked += 1;
    }
    return true;
  }
}

/**
 * Recomputes every event hash, every stream's chain and the Merkle root of the whole
 * log, in one pass with memory in the number of streams; stops at the first problem.
 */
export async function verifyLog(
  events: AsyncIterable<RecordedEvent>,
  onProgress?: (count: number) => void,
  checkpoints: CheckpointIndex = NO_CHECKPOINTS,
): Promise<VerifyReport> {
  const verifier = new LogVerifier(checkpoints, onProgress);
  for await (const event of events) if (!verifier.event(event)) return verifier.report();
  return verifier.finish();
}

/** verifyLog over a store's raw rows, read in large batches and hashed without parsing. */
export async function verifyStoredLog(
  store: RawLogReader,
  onProgress?: (count: number) => void,
  checkpoints: CheckpointIndex = NO_CHECKPOINTS,
  // Small batches: their strings die young, which costs the garbage collector far less (measured).
  batchSize = 2000,
): Promise<VerifyReport> {
  const verifier = new LogVerifier(checkpoints, onProgress);
  const full = async (position: string) => (await store.readRawRows(String(BigInt(position) - 1n), 1))[0]!;
  let after = '0';
  for (;;) {
    const rows = await store.readHashRows(after, batchSize);
    for (const row of rows) {
      // Most rows match at once: await only for one that needs its full row read.
      const ok = verifier.quickRow(row);
      if (ok === undefined ? !(await verifier.hashRow(row, full)) : !ok) return verifier.report();
    }
    if (rows.length < batchSize) return verifier.finish();
    after = String(rows.at(-1)![0]);
  }
}
