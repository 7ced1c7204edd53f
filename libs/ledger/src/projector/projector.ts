import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordedEvent } from '@ledger/kernel';
import type { EventStore } from '../event-store.js';
import { backoffMs, isTransientFailure } from '../store-errors.js';
import { documentRef, type DocumentWrite, type Projection, type ReadModelStore } from './projection.js';
import { pause, workerError, type WorkerError, type WorkerStatus, type WorkerStatusSource } from './worker-status.js';

export interface ProjectorLogger {
  log(message: unknown, ...rest: unknown[]): void;
  error(message: unknown, ...rest: unknown[]): void;
}

export interface ProjectionStatus {
  readonly name: string;
  /** `retrying`: a transient failure (disk full, database gone) is being retried with backoff. */
  readonly status: 'idle' | 'running' | 'retrying' | 'failed' | 'stopped';
  /** Last position this projection has taken into account. */
  readonly position: string;
  /** Why it stopped, when it failed. */
  readonly error?: string;
  /** Retries since the last success. */
  readonly retries: number;
  readonly lastError?: WorkerError;
}

/** How a projection retries a transient failure: exponential backoff from `baseMs`, at most `capMs` between tries. */
export interface ProjectorRetryOptions {
  readonly baseMs?: number;
  readonly capMs?: number;
}

/** A projection threw on an event: deterministic (the same event throws again), so the projection stops. */
export class ProjectionEventError extends Error {
  readonly code = 'PROJECTION.EVENT_FAILED';
  constructor(projection: string, event: RecordedEvent, cause: unknown) {
    super(
      `Projection ${projection} failed on event ${event.id} (${event.type}) at position ${event.position}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

const BATCH = 1000;
const IDLE_WAIT_MS = 250;

const positionAfter = (a: string, b: string) => BigInt(a) > BigInt(b);

type ProjectionEntry = { status: ProjectionStatus['status']; position: string; error?: string; retries: number; lastError?: WorkerError };

/**
 * Runs projections from the global log. Each projection has its own loop and
 * checkpoint. A transient failure (disk full, database busy or gone) is retried with
 * capped exponential backoff and the projection carries on from its checkpoint; a
 * projection that throws on an event is stopped with its position and error recorded
 * (and shown in /health) while the others keep running.
 */
export class Projector implements WorkerStatusSource {
  private readonly state = new Map<string, ProjectionEntry>();
  private abort = new AbortController();
  private loops: Promise<void>[] = [];
  private running = false;

  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModelStore,
    readonly projections: readonly Projection[],
    private readonly logger?: ProjectorLogger,
    private readonly retry: ProjectorRetryOptions = {},
  ) {
    const names = new Set<string>();
    for (const projection of projections) {
      if (names.has(projection.name)) throw new Error(`Two projections are named ${projection.name}`);
      names.add(projection.name);
      this.state.set(projection.name, { status: 'idle', position: '0', retries: 0 });
    }
  }

  start(): void {
    this.running = true;
    this.abort = new AbortController();
    this.loops = this.projections.map((projection) => this.run(projection, this.abort.signal));
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await Promise.allSettled(this.loops);
    for (const entry of this.state.values()) if (entry.status === 'running' || entry.status === 'retrying') entry.status = 'stopped';
  }

  statuses(): ProjectionStatus[] {
    return this.projections.map((p) => ({ name: p.name, ...this.state.get(p.name)! }));
  }

  workerStatuses(): WorkerStatus[] {
    return this.statuses().map((p) => ({
      name: p.name,
      kind: 'projection',
      status: p.status,
      position: p.position,
      retries: p.retries,
      ...(p.lastError ? { lastError: p.lastError } : {}),
    }));
  }

  /** Resolves true once every projection that has not failed has taken `position` into account, false on timeout. */
  async waitFor(position: string, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    // Not projecting here (an API replica, or a follower in the election): the leader's checkpoints tell.
    if (!this.running) return this.waitForElsewhere(position, deadline);
    for (;;) {
      // A failed projection will not move; every other one (starting or running) must catch up.
      const behind = [...this.state.values()].some((s) => s.status !== 'failed' && positionAfter(position, s.position));
      if (!behind) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async waitForElsewhere(position: string, deadline: number): Promise<boolean> {
    for (;;) {
      const behind = await Promise.all(this.projections.map((p) => this.behindElsewhere(p, position)));
      if (!behind.some(Boolean)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * Whether another process projecting `projection` has yet to take `position` into
   * account: its stored checkpoint is before it and an event the projection reads lies
   * between the two (a checkpoint only moves on events the projection reads).
   */
  private async behindElsewhere(projection: Projection, position: string): Promise<boolean> {
    const saved = await this.readModels.checkpoint(projection.name);
    if (saved?.status === 'failed') return false;
    const at = saved?.position ?? '0';
    if (!positionAfter(position, at)) return false;
    const types = projection.canHandle === 'all' ? undefined : projection.canHandle;
    for await (const event of this.store.readAll({ after: at, types, limit: 1 })) return !positionAfter(event.position, position);
    return false;
  }

  /**
   * Applies every event after the projection's checkpoint up to the head, then returns.
   * Used by the live loop and by `ledger rebuild` (after a reset), with progress.
   */
  /** Forgets a projection's documents and replays it from zero. */
  async rebuild(name: string, onProgress?: (position: string) => void): Promise<string> {
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`No projection named ${name}; known: ${this.projections.map((p) => p.name).join(', ')}`);
    await this.readModels.reset(name);
    this.state.set(name, { status: 'idle', position: '0', retries: 0 });
    return this.catchUp(projection, undefined, onProgress);
  }

  async catchUp(projection: Projection, signal?: AbortSignal, onProgress?: (position: string) => void): Promise<string> {
    const entry = this.state.get(projection.name)!;
    let position = (await this.readModels.checkpoint(projection.name))?.position ?? '0';
    entry.position = position;
    for (;;) {
      if (signal?.aborted) return position;
      const head = await this.store.headPosition();
      const batch: RecordedEvent[] = [];
      const types = projection.canHandle === 'all' ? undefined : projection.canHandle;
      for await (const event of this.store.readAll({ after: position, types, limit: BATCH })) batch.push(event);
      if (batch.length === 0) {
        // Every event up to the head was read: positions are handed out in commit order.
        // Keeping that as the checkpoint spares the next pass (and a process that does not
        // project) re-reading events this projection does not handle.
        if (positionAfter(head, position)) {
          await this.readModels.commit(projection.name, [], head);
          position = head;
        }
        this.recovered(projection, entry);
        if (positionAfter(head, entry.position)) entry.position = head;
        return position;
      }
      position = await this.apply(projection, batch);
      // Recovered before the position moves: whoever waits for the position sees a worker without retries.
      this.recovered(projection, entry);
      entry.position = position;
      onProgress?.(position);
      // A store's reads may resolve without a turn of the event loop: give requests one between batches.
      await nextTurn();
    }
  }

  /** A commit went through after transient failures: the projection works again. */
  private recovered(projection: Projection, entry: ProjectionEntry): void {
    if (entry.retries === 0) return;
    this.logger?.log({ projection: projection.name, position: entry.position, retries: entry.retries }, 'Projection recovered');
    entry.retries = 0;
  }

  /** Applies one batch and commits documents with the checkpoint; returns the new checkpoint. */
  private async apply(projection: Projection, batch: readonly RecordedEvent[]): Promise<string> {
    const refs = new Map<string, { tenantId: string; key: string }>();
    const keyed = batch.map((event) => {
      const key = projection.keyOf(event);
      if (key !== null) refs.set(documentRef(event.meta.tenantId, key), { tenantId: event.meta.tenantId, key });
      return { event, key };
    });
    const stored = await this.readModels.documents(projection.name, [...refs.values()]);
    const working = new Map<string, { doc: unknown; position: string }>();
    for (const [ref, value] of stored) working.set(ref, { doc: value.doc, position: value.position });
    const touched = new Set<string>();
    for (const { event, key } of keyed) {
      if (key === null) continue;
      const ref = documentRef(event.meta.tenantId, key);
      const current = working.get(ref);
      // Idempotent by position: an event already applied to this document is skipped.
      if (current && !positionAfter(event.position, current.position)) continue;
      let next: unknown;
      try {
        next = projection.evolve(current?.doc as never, event);
      } catch (error) {
        throw new ProjectionEventError(projection.name, event, error);
      }
      working.set(ref, { doc: next, position: event.position });
      touched.add(ref);
    }
    const writes: DocumentWrite[] = [...touched].map((ref) => {
      const { tenantId, key } = refs.get(ref)!;
      const { doc, position } = working.get(ref)!;
      return { tenantId, key, doc, position };
    });
    const last = batch.at(-1)!.position;
    await this.readModels.commit(projection.name, writes, last);
    return last;
  }

  private async run(projection: Projection, signal: AbortSignal): Promise<void> {
    const entry = this.state.get(projection.name)!;
    let started = false;
    while (!signal.aborted) {
      try {
        if (!started) {
          const saved = await this.readModels.checkpoint(projection.name);
          if (saved?.status === 'failed') {
            Object.assign(entry, { status: 'failed', position: saved.position, error: saved.error ?? 'failed' });
            this.logger?.error(
              { projection: projection.name, position: saved.position, error: saved.error },
              'Projection is stopped after a failure; rebuild it to resume',
            );
            return;
          }
          started = true;
        }
        entry.status = 'running';
        await this.catchUp(projection, signal);
      } catch (error) {
        if (signal.aborted) return;
        entry.lastError = workerError(error);
        // A projection that throws on an event would throw again: only the store's transient failures are retried.
        if (!(error instanceof ProjectionEventError) && isTransientFailure(error)) {
          entry.status = 'retrying';
          entry.retries += 1;
          const waitMs = backoffMs(entry.retries, this.retry.baseMs ?? 100, this.retry.capMs ?? 5_000);
          this.logger?.error(
            { projection: projection.name, position: entry.position, retries: entry.retries, waitMs, err: error },
            'Projection hit a transient failure; retrying',
          );
          await pause(waitMs, signal);
          continue;
        }
        // The projection's own words: where it failed is the recorded position.
        const cause = error instanceof ProjectionEventError ? error.cause : error;
        const message = cause instanceof Error ? cause.message : String(cause);
        Object.assign(entry, { status: 'failed', error: message });
        await this.readModels.markFailed(projection.name, entry.position, message).catch(() => undefined);
        this.logger?.error(
          { projection: projection.name, position: entry.position, err: error },
          'Projection failed and is stopped; the others keep running',
        );
        return;
      }
      await this.store.waitForAppend(signal, IDLE_WAIT_MS);
    }
  }
}
