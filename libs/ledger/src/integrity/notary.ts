import { ConcurrencyError, type Clock } from '@ledger/kernel';
import type { Ledger } from '../ledger.js';
import { CHECKPOINT_STREAM, signCheckpoint, type SignedCheckpoint, type SigningKey } from './checkpoint.js';
import { CHECKPOINT_KEY_REGISTERED, CHECKPOINT_SIGNED, CheckpointHistory } from './checkpoint-history.js';
import type { MerkleLog } from './merkle-log.js';
import { backoffMs, isTransientFailure } from '../store-errors.js';
import { pause, workerError, type WorkerError, type WorkerStatus, type WorkerStatusSource } from '../projector/worker-status.js';

export interface NotaryOptions {
  /** Sign a checkpoint after this many new events. */
  readonly every: number;
  /** ...or after this long, if anything new was appended. */
  readonly intervalMs: number;
  /** Backoff after a transient failure (disk full, database gone): from `retryBaseMs`, at most `retryCapMs`. */
  readonly retryBaseMs?: number;
  readonly retryCapMs?: number;
}

export interface NotaryLogger {
  error(message: unknown, ...rest: unknown[]): void;
  log?(message: unknown, ...rest: unknown[]): void;
}

export const NOTARY_META = { tenantId: 'ledger', actor: { id: 'notary', role: 'system' }, correlationId: 'notary', causationId: null };

/**
 * The notary follows the whole log in global order, folds every event hash into the RFC
 * 6962 tree stored beside the read models (MerkleLog: each batch with its marker in one
 * transaction) and, every N events or T seconds, appends a checkpoint {tree size, root,
 * time, key id} signed with Ed25519 to the ledger itself. A key is announced by a
 * CheckpointKeyRegistered event before its first checkpoint; when the log retires the key
 * in use (ledger rotate-key), the notary asks for the current key again.
 *
 * A transient failure (the disk full, the database gone) is retried with capped exponential
 * backoff: the stored tree and the checkpoint stream are both written atomically, so the
 * notary resumes from them. Anything else stops it, and /health says so.
 */
export class Notary implements WorkerStatusSource {
  private status: WorkerStatus['status'] = 'idle';
  private retries = 0;
  private lastError: WorkerError | undefined;
  /** After a transient signing failure, no new attempt before this time (ms since the epoch). */
  private signNotBefore = 0;
  private abort = new AbortController();
  private loop: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastSignedAt = 0;
  private signing: Promise<void> | undefined;
  private history = new CheckpointHistory();
  private key: SigningKey;
  /** Checkpoints are only signed once the catch-up has passed the head seen at start. */
  private startHead = 0n;
  /** Positions need not be dense (EventStoreDB, PostgreSQL sequence gaps): compare positions, not the tree size. */

  constructor(
    private readonly ledger: Ledger,
    private readonly tree: MerkleLog,
    /** The signing key in force; called again when the log retires the one in use. */
    private readonly currentKey: () => SigningKey,
    private readonly options: NotaryOptions,
    private readonly clock: Clock,
    private readonly logger?: NotaryLogger,
  ) {
    this.key = currentKey();
  }

  get treeSize(): number {
    return this.tree.size;
  }

  get keyId(): string {
    return this.key.keyId;
  }

  start(): void {
    this.abort = new AbortController();
    this.lastSignedAt = this.clock.now().getTime();
    this.loop = this.followWithRetries(this.abort.signal);
    this.timer = setInterval(() => void this.maybeSign(true), Math.max(1000, Math.min(this.options.intervalMs, 60_000)));
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.abort.abort();
    await this.loop;
    await this.signing;
    if (this.status !== 'failed') this.status = 'stopped';
  }

  workerStatuses(): WorkerStatus[] {
    return [
      {
        name: 'notary',
        kind: 'notary',
        status: this.status,
        position: this.tree.state.position,
        retries: this.retries,
        ...(this.lastError ? { lastError: this.lastError } : {}),
      },
    ];
  }

  /** Follows the log; a transient failure is retried with backoff, anything else stops the notary. */
  private async followWithRetries(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        this.status = 'running';
        await this.follow(signal);
        return;
      } catch (error) {
        if (signal.aborted) return;
        this.lastError = workerError(error);
        if (!isTransientFailure(error)) {
          this.status = 'failed';
          this.logger?.error({ err: error }, 'The notary stopped');
          return;
        }
        this.status = 'retrying';
        this.retries += 1;
        const waitMs = backoffMs(this.retries, this.options.retryBaseMs ?? 100, this.options.retryCapMs ?? 5_000);
        this.logger?.error({ err: error, retries: this.retries, waitMs }, 'The notary hit a transient failure; retrying');
        await pause(waitMs, signal);
      }
    }
  }

  /** After a pass that stored or signed without failing: back to normal. */
  private recovered(): void {
    if (this.retries === 0 || this.signNotBefore !== 0) return;
    this.logger?.log?.({ retries: this.retries, treeSize: this.tree.size }, 'The notary recovered');
    this.retries = 0;
    this.status = 'running';
  }

  /** Folds the log so far into the stored tree and signs a checkpoint of it (unless that size is already signed). */
  async catchUpAndSign(): Promise<SignedCheckpoint | undefined> {
    await this.tree.catchUp();
    return this.signNow();
  }

  /** Signs a checkpoint of everything folded so far (unless that size is already signed). */
  async signNow(): Promise<SignedCheckpoint | undefined> {
    await this.refreshHistory();
    if (this.tree.size === 0 || this.tree.size <= this.history.lastSignedSize) return undefined;
    if (this.history.isRetired(this.key.keyId)) {
      this.key = this.currentKey();
      if (this.history.isRetired(this.key.keyId)) throw new Error(`Checkpoint key ${this.key.keyId} is retired and no new key is in place`);
    }
    const checkpoint = signCheckpoint(
      {
        treeSize: this.tree.size,
        root: this.tree.root().toString('hex'),
        timestamp: this.clock.now().toISOString(),
        keyId: this.key.keyId,
      },
      this.key,
    );
    const meta = { ...NOTARY_META, occurredAt: checkpoint.timestamp };
    const events = [
      ...(this.history.keys.has(this.key.keyId)
        ? []
        : [{ type: CHECKPOINT_KEY_REGISTERED, data: { keyId: this.key.keyId, publicKey: this.key.publicKeyPem }, meta }]),
      { type: CHECKPOINT_SIGNED, data: { ...checkpoint }, meta },
    ];
    // Appending at the revision just read means a key retired in between refuses this checkpoint.
    const { revision, hash } = this.history;
    await this.ledger.append(CHECKPOINT_STREAM, revision < 0 ? 'no_stream' : revision, events, { expectedHash: hash });
    this.lastSignedAt = this.clock.now().getTime();
    return checkpoint;
  }

  /** Reads the checkpoint stream on from where it was last read. */
  private async refreshHistory(): Promise<void> {
    for await (const event of this.ledger.store.readStream(CHECKPOINT_STREAM, this.history.revision + 1)) this.history.apply(event);
  }

  private async maybeSign(timed: boolean): Promise<void> {
    if (this.signing || this.tree.size === 0 || BigInt(this.tree.state.position) < this.startHead) return;
    if (this.clock.now().getTime() < this.signNotBefore) return;
    const due =
      this.tree.size - this.history.lastSignedSize >= this.options.every ||
      (timed && this.tree.size > this.history.lastSignedSize && this.clock.now().getTime() - this.lastSignedAt >= this.options.intervalMs);
    if (!due) return;
    this.signing = this.signNow()
      .then(() => {
        this.signNotBefore = 0;
        this.recovered();
      })
      .catch((error: unknown) => {
        // Another notary may have signed at the same moment; the next turn tries again.
        if (error instanceof ConcurrencyError) return;
        this.lastError = workerError(error);
        if (isTransientFailure(error)) {
          // The disk full, the database gone: try again after a backoff, not on every event.
          this.retries += 1;
          this.status = 'retrying';
          const waitMs = backoffMs(this.retries, this.options.retryBaseMs ?? 100, this.options.retryCapMs ?? 5_000);
          this.signNotBefore = this.clock.now().getTime() + waitMs;
          this.logger?.error({ err: error, retries: this.retries, waitMs }, 'Signing a checkpoint hit a transient failure; retrying');
          return;
        }
        this.logger?.error({ err: error }, 'Signing a checkpoint failed');
      })
      .finally(() => (this.signing = undefined));
    await this.signing;
  }

  private async follow(signal: AbortSignal): Promise<void> {
    this.startHead = BigInt(await this.ledger.store.headPosition());
    await this.refreshHistory();
    while (!signal.aborted) {
      const before = this.tree.size;
      await this.tree.catchUp({ signal, onProgress: () => void this.maybeSign(false) });
      await this.maybeSign(false);
      this.recovered();
      if (this.tree.size === before) await this.ledger.store.waitForAppend(signal, 250);
    }
  }
}
