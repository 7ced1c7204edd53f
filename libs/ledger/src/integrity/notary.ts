import { ConcurrencyError, type Clock, type RecordedEvent } from '@ledger/kernel';
import type { Ledger } from '../ledger.js';
import { CHECKPOINT_STREAM, signCheckpoint, type SignedCheckpoint, type SigningKey } from './checkpoint.js';
import { eventLeaf, MerkleAccumulator } from './merkle.js';

export interface NotaryOptions {
  /** Sign a checkpoint after this many new events. */
  readonly every: number;
  /** ...or after this long, if anything new was appended. */
  readonly intervalMs: number;
}

export interface NotaryLogger {
  error(message: unknown, ...rest: unknown[]): void;
}

const SYSTEM_META = { tenantId: 'ledger', actor: { id: 'notary', role: 'system' }, correlationId: 'notary', causationId: null };

/**
 * The notary follows the whole log in global order, folds every event hash into the RFC
 * 6962 tree and, every N events or T seconds, appends a checkpoint {tree size, root, time,
 * key id} signed with Ed25519 to the ledger itself. A new key is announced by a
 * CheckpointKeyRegistered event before its first checkpoint.
 */
export class Notary {
  private readonly tree = new MerkleAccumulator();
  private abort = new AbortController();
  private loop: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastSignedSize = 0;
  private lastSignedAt = 0;
  private signing: Promise<void> | undefined;
  private keyRegistered = false;
  /** Checkpoints are only signed once the catch-up has passed the head seen at start. */
  private startHead = 0n;
  /** Positions need not be dense (EventStoreDB, PostgreSQL sequence gaps): compare positions, not the tree size. */
  private caughtUp = false;

  constructor(
    private readonly ledger: Ledger,
    private readonly key: SigningKey,
    private readonly options: NotaryOptions,
    private readonly clock: Clock,
    private readonly logger?: NotaryLogger,
  ) {}

  get treeSize(): number {
    return this.tree.size;
  }

  start(): void {
    this.abort = new AbortController();
    this.lastSignedAt = this.clock.now().getTime();
    this.loop = this.follow(this.abort.signal).catch((error: unknown) => this.logger?.error({ err: error }, 'The notary stopped'));
    this.timer = setInterval(() => void this.maybeSign(true), Math.max(1000, Math.min(this.options.intervalMs, 60_000)));
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.abort.abort();
    await this.loop;
    await this.signing;
  }

  /** Signs a checkpoint of everything folded so far (unless that size is already signed). */
  async signNow(): Promise<SignedCheckpoint | undefined> {
    if (this.tree.size === 0 || this.tree.size === this.lastSignedSize) return undefined;
    const checkpoint = signCheckpoint(
      {
        treeSize: this.tree.size,
        root: this.tree.root().toString('hex'),
        timestamp: this.clock.now().toISOString(),
        keyId: this.key.keyId,
      },
      this.key,
    );
    const occurredAt = checkpoint.timestamp;
    const events = [
      ...(this.keyRegistered
        ? []
        : [
            {
              type: 'CheckpointKeyRegistered',
              data: { keyId: this.key.keyId, publicKey: this.key.publicKeyPem },
              meta: { ...SYSTEM_META, occurredAt },
            },
          ]),
      { type: 'CheckpointSigned', data: { ...checkpoint }, meta: { ...SYSTEM_META, occurredAt } },
    ];
    const head = await this.ledger.store.streamHead(CHECKPOINT_STREAM);
    await this.ledger.append(CHECKPOINT_STREAM, head?.revision ?? 'no_stream', events, { expectedHash: head?.hash });
    this.keyRegistered = true;
    this.lastSignedSize = checkpoint.treeSize;
    this.lastSignedAt = this.clock.now().getTime();
    return checkpoint;
  }

  private async maybeSign(timed: boolean): Promise<void> {
    if (this.signing || this.tree.size === 0 || !this.caughtUp) return;
    const due =
      this.tree.size - this.lastSignedSize >= this.options.every ||
      (timed && this.tree.size > this.lastSignedSize && this.clock.now().getTime() - this.lastSignedAt >= this.options.intervalMs);
    if (!due) return;
    this.signing = this.signNow()
      .then(() => undefined)
      .catch((error: unknown) => {
        // Another notary may have signed at the same moment; the next turn tries again.
        if (!(error instanceof ConcurrencyError)) this.logger?.error({ err: error }, 'Signing a checkpoint failed');
      })
      .finally(() => (this.signing = undefined));
    await this.signing;
  }

  private async follow(signal: AbortSignal): Promise<void> {
    this.startHead = BigInt(await this.ledger.store.headPosition());
    this.caughtUp = this.startHead === 0n;
    for await (const event of this.ledger.store.subscribe({ after: '0', signal })) {
      this.observe(event);
      if (BigInt(event.position) >= this.startHead) this.caughtUp = true;
      if (this.caughtUp) await this.maybeSign(false);
    }
  }

  private observe(event: RecordedEvent): void {
    this.tree.push(eventLeaf(event.hash));
    if (event.type === 'CheckpointKeyRegistered' && event.data.keyId === this.key.keyId) this.keyRegistered = true;
    if (event.type === 'CheckpointSigned') this.lastSignedSize = Math.max(this.lastSignedSize, Number(event.data.treeSize));
  }
}
