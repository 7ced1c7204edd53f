import { Kysely, PostgresDialect } from 'kysely';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { CommandIdReusedError, ConcurrencyError, GENESIS_HASH, type RecordedEvent } from '@ledger/kernel';
import {
  streamCategory,
  type AppendRequest,
  type AppendResult,
  type CommandKey,
  type EventStore,
  type ReadAllOptions,
  type StoreHealth,
  type StreamHead,
} from '../event-store.js';
import { checkFingerprint } from '../command-key.js';
import { storedJson } from '../integrity/event-hash.js';
import { migrateToLatest } from '../migrate.js';
import {
  assertContiguous,
  EVENT_COLUMNS,
  followLog,
  hashInputSql,
  settleBatch,
  toRecorded,
  waitForAppend,
  type AppendOutcome,
  type EventRow,
  type PendingAppend,
  type HashRow,
  type RawEventRow,
  type RawLogReader,
} from '../store-support.js';
import { postgresMigrations } from './postgres-migrations.js';
import { asStoreError, ChainError } from '../store-errors.js';
import { openPostgresPool } from './postgres-pool.js';

/** Advisory lock key held by every append transaction until commit: positions follow commit order. */
const APPEND_LOCK = 7_301_946_112;

/**
 * The hosted event store on PostgreSQL. Appends queued while a commit is in progress
 * go together in the next transaction (group commit), each under its own savepoint.
 * Every append transaction holds one advisory lock from before it draws positions
 * until it commits, so positions are gap-free for subscribers across processes too.
 */
export class PostgresEventStore implements EventStore, RawLogReader {
  readonly adapter = 'postgres';
  private readonly appended = new EventEmitter();
  private queue: PendingAppend[] = [];
  private flushing = false;
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    readonly db: Kysely<any>,
  ) {
    this.appended.setMaxListeners(0);
  }

  /** Opens the store and brings its schema up to date; read-only: every transaction read-only and no migration. */
  static async open(connectionString: string, options: { maxConnections?: number; readOnly?: boolean } = {}): Promise<PostgresEventStore> {
    const pool = openPostgresPool(connectionString, { max: options.maxConnections ?? 10, readOnly: options.readOnly });
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    try {
      if (!options.readOnly) await migrateToLatest(db, postgresMigrations);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new PostgresEventStore(pool, db);
  }

  append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        await this.commitBatch(batch);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async commitBatch(batch: PendingAppend[]): Promise<void> {
    let client: pg.PoolClient | undefined;
    let outcomes: AppendOutcome[];
    try {
      client = await this.pool.connect();
      try {
        outcomes = await this.runBatchStatement(client, batch);
      } catch {
        // A statement failed (a raced command id, say), aborting the batch: run it again
        // with one savepoint per append so only that one fails.
        outcomes = await this.runBatch(client, batch, true);
      }
    } catch (error) {
      if (client) await client.query('ROLLBACK').catch(() => undefined);
      client?.release(true);
      // The database gone or full becomes its stable error (LEDGER.STORE_UNAVAILABLE, LEDGER.DISK_FULL).
      const failure = asStoreError(error);
      for (const pending of batch) pending.reject(failure);
      return;
    }
    client.release();
    settleBatch(batch, outcomes, this.appended);
  }

  /**
   * The whole batch as one call of ledger_append_batch (migration 0005): one round trip and
   * one transaction, under the same advisory lock as before, so positions still follow commit
   * order. Appends refused before anything is sent (a broken chain) are outcomes here.
   */
  private async runBatchStatement(client: pg.PoolClient, batch: PendingAppend[]): Promise<AppendOutcome[]> {
    const outcomes: Array<AppendOutcome | undefined> = [];
    const sent: number[] = [];
    const a = {
      stream: [] as string[],
      category: [] as string[],
      expected: [] as number[],
      firstPrev: [] as string[],
      lastRevision: [] as number[],
      lastHash: [] as string[],
      valid: [] as boolean[],
      commandId: [] as Array<string | null>,
      commandTenant: [] as Array<string | null>,
      commandPrincipal: [] as Array<string | null>,
      commandFingerprint: [] as Array<string | null>,
      firstEvent: [] as number[],
      eventCount: [] as number[],
    };
    const e = {
      id: [] as string[],
      revision: [] as number[],
      tenant: [] as string[],
      type: [] as string[],
      schema: [] as number[],
      data: [] as string[],
      meta: [] as string[],
      hash: [] as string[],
      prev: [] as string[],
    };
    batch.forEach(({ request }, i) => {
      const { stream, expectedRevision, events, command } = request;
      const firstRevision = expectedRevision === 'no_stream' ? 0 : expectedRevision + 1;
      // Records built against another head than the expected one are refused by the database
      // with its head (usually a concurrency conflict); records that do not chain, here.
      const valid =
        events.length > 0 &&
        events[0]!.revision === firstRevision &&
        (expectedRevision !== 'no_stream' || events[0]!.prevHash === GENESIS_HASH);
      if (valid || events.length === 0) {
        try {
          assertContiguous(
            request,
            expectedRevision === 'no_stream' ? undefined : { revision: expectedRevision, hash: events[0]!.prevHash },
          );
        } catch (error) {
          outcomes[i] = { ok: false, error };
          return;
        }
      }
      sent.push(i);
      a.stream.push(stream);
      a.category.push(streamCategory(stream));
      a.expected.push(expectedRevision === 'no_stream' ? -1 : expectedRevision);
      a.firstPrev.push(events[0]?.prevHash ?? GENESIS_HASH);
      a.lastRevision.push(events.at(-1)?.revision ?? -1);
      a.lastHash.push(events.at(-1)?.hash ?? '');
      a.valid.push(valid);
      a.commandId.push(command?.commandId ?? null);
      a.commandTenant.push(command?.tenantId ?? null);
      a.commandPrincipal.push(command?.principal ?? null);
      a.commandFingerprint.push(command?.fingerprint ?? null);
      a.firstEvent.push(e.id.length + 1);
      a.eventCount.push(events.length);
      for (const event of events) {
        e.id.push(event.id);
        e.revision.push(event.revision);
        e.tenant.push(event.meta.tenantId);
        e.type.push(event.type);
        e.schema.push(event.schema);
        e.data.push(storedJson(event.data));
        e.meta.push(storedJson(event.meta));
        e.hash.push(event.hash);
        e.prev.push(event.prevHash);
      }
    });
    if (sent.length > 0) {
      const result = await client.query<{
        outcome: string;
        positions: string[] | null;
        head_revision: number | null;
        fingerprint: string | null;
      }>({
        name: 'ledger_append_batch',
        text: `SELECT outcome, positions, head_revision, fingerprint FROM ledger_append_batch($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
          $15, $16, $17, $18, $19, $20, $21, $22, $23)`,
        values: [
          APPEND_LOCK,
          a.stream,
          a.category,
          a.expected,
          a.firstPrev,
          a.lastRevision,
          a.lastHash,
          a.valid,
          a.commandId,
          a.commandTenant,
          a.commandPrincipal,
          a.commandFingerprint,
          a.firstEvent,
          a.eventCount,
          e.id,
          e.revision,
          e.tenant,
          e.type,
          e.schema,
          e.data,
          e.meta,
          e.hash,
          e.prev,
        ],
      });
      // The batch is committed: replayed commands are read back now, from what is stored.
      for (const [k, row] of result.rows.entries()) {
        const i = sent[k]!;
        const { request } = batch[i]!;
        outcomes[i] = await this.outcomeOf(request, row);
      }
    }
    return outcomes.map((outcome) => outcome!);
  }

  private async outcomeOf(
    request: AppendRequest,
    row: { outcome: string; positions: string[] | null; head_revision: number | null },
  ): Promise<AppendOutcome> {
    const { stream, expectedRevision, events, command } = request;
    try {
      if (row.outcome === 'replayed') return { ok: true, result: (await this.replayOf(this.pool, command!))! };
      if (row.outcome === 'refused') {
        const actual = row.head_revision ?? 'no_stream';
        if (actual !== expectedRevision) throw new ConcurrencyError(stream, expectedRevision, actual);
        throw new ChainError(stream);
      }
      const positions = row.positions!;
      const recorded: RecordedEvent[] = events.map((event, j) => ({ ...event, position: String(positions[j]) }));
      const last = recorded.at(-1)!;
      return {
        ok: true,
        result: { stream, nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded, replayed: false },
      };
    } catch (error) {
      return { ok: false, error };
    }
  }

  /** One transaction for the batch; refusals are outcomes, a failing statement throws unless savepoints are on. */
  private async runBatch(client: pg.PoolClient, batch: PendingAppend[], savepoints: boolean): Promise<AppendOutcome[]> {
    const outcomes: AppendOutcome[] = [];
    await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${APPEND_LOCK})`);
    for (const pending of batch) {
      if (savepoints) await client.query('SAVEPOINT append');
      try {
        outcomes.push({ ok: true, result: await this.applyOne(client, pending.request) });
        if (savepoints) await client.query('RELEASE SAVEPOINT append');
      } catch (error) {
        if (error instanceof ConcurrencyError || error instanceof ChainError || error instanceof CommandIdReusedError) {
          outcomes.push({ ok: false, error });
          if (savepoints) await client.query('RELEASE SAVEPOINT append');
        } else if (savepoints) {
          await client.query('ROLLBACK TO SAVEPOINT append');
          await client.query('RELEASE SAVEPOINT append');
          outcomes.push({ ok: false, error });
        } else {
          throw error;
        }
      }
    }
    await client.query('COMMIT');
    return outcomes;
  }

  /**
   * One statement per append: the stream head moves only if it is at the expected
   * revision and hash, and the events (and the command id) are inserted only if it moved.
   * When nothing was inserted, the head is read to say why.
   */
  private async applyOne(client: pg.PoolClient, request: AppendRequest): Promise<AppendResult> {
    const { stream, expectedRevision, events, command } = request;
    if (command !== undefined) {
      const done = await this.replayOf(client, command);
      if (done) return done;
    }
    const firstRevision = expectedRevision === 'no_stream' ? 0 : expectedRevision + 1;
    // Records built against another head than the expected one: say why (usually concurrency).
    if (events[0]!.revision !== firstRevision || (expectedRevision === 'no_stream' && events[0]!.prevHash !== GENESIS_HASH)) {
      return this.refuse(client, request);
    }
    assertContiguous(request, expectedRevision === 'no_stream' ? undefined : { revision: expectedRevision, hash: events[0]!.prevHash });
    const last = events.at(-1)!;
    const category = streamCategory(stream);
    const values: unknown[] = [
      stream,
      last.revision,
      last.hash,
      expectedRevision === 'no_stream' ? -1 : expectedRevision,
      events[0]!.prevHash,
      command?.commandId ?? null,
      command?.tenantId ?? null,
      command?.principal ?? null,
      command?.fingerprint ?? null,
    ];
    const tuples = events.map((event) => {
      const base = values.length;
      values.push(
        event.id,
        event.revision,
        event.meta.tenantId,
        category,
        event.type,
        event.schema,
        storedJson(event.data),
        storedJson(event.meta),
        event.hash,
        event.prevHash,
      );
      return `($${base + 1}::uuid, $${base + 2}::int, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}::int, $${base + 7}, $${base + 8}, $${base + 9}, $${base + 10})`;
    });
    const moveHead =
      expectedRevision === 'no_stream'
        ? 'INSERT INTO streams (stream, revision, hash) SELECT $1, $2::int, $3 WHERE $4::int = -1 AND $5::text IS NOT NULL ON CONFLICT (stream) DO NOTHING RETURNING 1'
        : 'UPDATE streams SET revision = $2::int, hash = $3 WHERE stream = $1 AND revision = $4::int AND hash = $5::text RETURNING 1';
    const inserted = await client.query<{ id: string; position: string }>(
      `WITH head AS (${moveHead}),
       ins AS (
         INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash)
         SELECT v.id, $1, v.revision, v.tenant_id, v.category, v.type, v.schema, v.data, v.meta, v.hash, v.prev_hash
         FROM (VALUES ${tuples.join(', ')}) AS v (id, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash)
         WHERE EXISTS (SELECT 1 FROM head)
         ORDER BY v.revision
         RETURNING id, position
       ),
       cmd AS (
         INSERT INTO commands (command_id, tenant_id, principal, fingerprint, stream, first_position, last_position)
         SELECT $6, $7, $8, $9, $1, MIN(position), MAX(position) FROM ins WHERE $6::text IS NOT NULL HAVING COUNT(*) > 0
       )
       SELECT id, position FROM ins`,
      values,
    );
    if (inserted.rows.length === 0) return this.refuse(client, request);
    const positions = new Map(inserted.rows.map((row) => [row.id, String(row.position)]));
    const recorded: RecordedEvent[] = events.map((event) => ({ ...event, position: positions.get(event.id)! }));
    return { stream, nextExpectedRevision: last.revision, lastPosition: recorded.at(-1)!.position, events: recorded, replayed: false };
  }

  /** Reads the head to say why an append cannot go on: a ConcurrencyError, or a broken chain. */
  private async refuse(client: pg.PoolClient, request: AppendRequest): Promise<never> {
    const heads = await client.query<StreamHead>('SELECT revision, hash FROM streams WHERE stream = $1', [request.stream]);
    const actual = heads.rows[0]?.revision ?? 'no_stream';
    if (actual !== request.expectedRevision) throw new ConcurrencyError(request.stream, request.expectedRevision, actual);
    throw new ChainError(request.stream);
  }

  private async replayOf(client: pg.Pool | pg.PoolClient, key: CommandKey): Promise<AppendResult | undefined> {
    const done = await client.query<{ stream: string; first_position: string; last_position: string; fingerprint: string | null }>(
      'SELECT stream, first_position, last_position, fingerprint FROM commands WHERE tenant_id = $1 AND principal = $2 AND command_id = $3',
      [key.tenantId, key.principal, key.commandId],
    );
    const row = done.rows[0];
    if (!row) return undefined;
    checkFingerprint(key, row.fingerprint);
    const rows = await client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = $1 AND position BETWEEN $2 AND $3 ORDER BY position`,
      [row.stream, row.first_position, row.last_position],
    );
    const events = rows.rows.map(toRecorded);
    return {
      stream: row.stream,
      nextExpectedRevision: events.at(-1)!.revision,
      lastPosition: String(row.last_position),
      events,
      replayed: true,
    };
  }

  appendedByCommand(key: CommandKey): Promise<AppendResult | undefined> {
    return this.replayOf(this.pool, key);
  }

  async streamHead(stream: string): Promise<StreamHead | undefined> {
    const result = await this.pool.query<StreamHead>('SELECT revision, hash FROM streams WHERE stream = $1', [stream]);
    return result.rows[0];
  }

  async *readStream(stream: string, fromRevision = 0): AsyncIterable<RecordedEvent> {
    const batchSize = 500;
    let next = fromRevision;
    for (;;) {
      const result = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
        [stream, next, batchSize],
      );
      for (const row of result.rows) yield toRecorded(row);
      if (result.rows.length < batchSize) return;
      next = result.rows.at(-1)!.revision + 1;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const batchSize = options.batchSize ?? 1000;
    let after = options.after ?? '0';
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    const where: string[] = ['position > $1'];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length + 1}`;
    };
    if (options.tenantId !== undefined) where.push(`tenant_id = ${param(options.tenantId)}`);
    if (options.categories?.length) where.push(`category = ANY(${param(options.categories)})`);
    if (options.types?.length) where.push(`type = ANY(${param(options.types)})`);
    const text = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT $${params.length + 2}`;
    while (remaining > 0) {
      const result = await this.pool.query<EventRow>(text, [after, ...params, Math.min(batchSize, remaining)]);
      for (const row of result.rows) yield toRecorded(row);
      remaining -= result.rows.length;
      if (result.rows.length < batchSize) return;
      after = String(result.rows.at(-1)!.position);
    }
  }

  async readHashRows(after: string, limit: number): Promise<HashRow[]> {
    const result = await this.pool.query<HashRow>({
      text: `SELECT position, stream, revision, hash, prev_hash, ${hashInputSql((c) => `to_json(${c}::text)::text`)} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      values: [after, limit],
      rowMode: 'array',
    });
    return result.rows;
  }

  async readRawRows(after: string, limit: number): Promise<RawEventRow[]> {
    const result = await this.pool.query<RawEventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
      values: [after, limit],
      rowMode: 'array',
    });
    return result.rows;
  }

  subscribe(options: ReadAllOptions & { readonly signal: AbortSignal }): AsyncIterable<RecordedEvent> {
    return followLog(this, () => this.closed, options);
  }

  waitForAppend(signal: AbortSignal, timeoutMs: number): Promise<void> {
    return waitForAppend(this.appended, signal, timeoutMs);
  }

  async headPosition(): Promise<string> {
    const result = await this.pool.query<{ p: string | null }>('SELECT MAX(position)::text AS p FROM events');
    return result.rows[0]?.p ?? '0';
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, adapter: this.adapter, detail: 'closed' };
    try {
      await this.pool.query('SELECT 1');
      return { ok: true, adapter: this.adapter };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing) await new Promise((resolve) => setTimeout(resolve, 5));
    this.appended.emit('append', 'closed');
    await this.db.destroy();
  }
}
