import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { EventEmitter } from 'node:events';
import { ConcurrencyError, type RecordedEvent } from '@ledger/kernel';
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
import { asStoreError, SubjectKeyRaceError } from '../store-errors.js';
import type { SubjectKeyRow, SubjectKeyWriteBehind } from '../vault/subject-key-store.js';
import { openSqliteDatabase } from './sqlite-database.js';
import { sqliteMigrations } from './sqlite-migrations.js';

/**
 * The embedded event store: one SQLite file. Appends made while a commit is being
 * prepared are queued and written together in one transaction (group commit), so
 * concurrent writers share one fsync; each append keeps its own savepoint, so one
 * append's concurrency error never undoes another's.
 */
export class SqliteEventStore implements EventStore, RawLogReader, SubjectKeyWriteBehind {
  readonly adapter = 'sqlite';
  private readonly appended = new EventEmitter();
  private queue: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;
  /** New subject keys waiting for the next commit (see SubjectKeyWriteBehind). */
  private readonly stagedKeys = new Map<string, { row: SubjectKeyRow; lost: () => void }>();
  private keyWaiters: Array<() => void> = [];
  private readonly statements;

  private constructor(
    readonly db: Kysely<any>,
    private readonly raw: Database.Database,
    readonly file: string,
    private readonly cleanUp: () => void = () => undefined,
  ) {
    this.appended.setMaxListeners(0);
    this.statements = {
      // The (stream, revision) unique index answers the head without a separate table to write.
      head: raw.prepare<[string], { revision: number; hash: string }>(
        'SELECT revision, hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1',
      ),
      command: raw.prepare<
        [string, string, string],
        { stream: string; first_position: number; last_position: number; fingerprint: string | null }
      >('SELECT stream, first_position, last_position, fingerprint FROM commands WHERE tenant_id = ? AND principal = ? AND command_id = ?'),
      insert: raw.prepare(
        `INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertCommand: raw.prepare(
        'INSERT INTO commands (tenant_id, principal, command_id, fingerprint, stream, first_position, last_position) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      range: raw.prepare<[number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE position BETWEEN ? AND ? ORDER BY position`,
      ),
      stream: raw.prepare<[string, number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ),
      rawRows: raw
        .prepare<[number, number], RawEventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
        .raw(true),
      hashRows: raw
        .prepare<[number, number], HashRow>(
          `SELECT position, stream, revision, hash, prev_hash, ${hashInputSql((c) => `json_quote(${c})`)} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
        )
        .raw(true),
      headPosition: raw.prepare<[], { p: number | null }>('SELECT MAX(position) AS p FROM events'),
      insertKey: raw.prepare(
        `INSERT INTO subject_keys (tenant_id, subject_id, wrapped_key, created_at, destroyed_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, subject_id) DO NOTHING`,
      ),
      storedKey: raw.prepare<[string, string], { wrapped_key: string | null }>(
        'SELECT wrapped_key FROM subject_keys WHERE tenant_id = ? AND subject_id = ?',
      ),
      begin: raw.prepare('BEGIN IMMEDIATE'),
      commit: raw.prepare('COMMIT'),
      savepoint: raw.prepare('SAVEPOINT append'),
      release: raw.prepare('RELEASE append'),
      rollbackTo: raw.prepare('ROLLBACK TO append'),
      rollbackAll: raw.prepare('ROLLBACK'),
    };
  }

  /** The underlying connection, shared with the read-model store so that all writes stay on one connection. */
  get connection(): Database.Database {
    return this.raw;
  }

  /**
   * Opens (creating if needed) the ledger file in `dataDir` and brings its schema up to date.
   * Read-only: opens an existing file without writing anything (no migration), for commands that only read.
   */
  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<SqliteEventStore> {
    const { db, raw, file, cleanUp } = openSqliteDatabase(dataDir, options);
    if (!options.readOnly) await migrateToLatest(db, sqliteMigrations);
    return new SqliteEventStore(db, raw, file, cleanUp);
  }

  append(request: AppendRequest): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new Error('The event store is closed'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.scheduleFlush();
    });
  }

  private scheduleFlush(): void {
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  stageKey(row: SubjectKeyRow, lost: () => void): void {
    const key = `${row.tenantId}|${row.subjectId}`;
    if (!this.stagedKeys.has(key)) this.stagedKeys.set(key, { row, lost });
    this.scheduleFlush();
  }

  /** A key staged and not yet committed, for the key store's reads. */
  stagedKey(tenantId: string, subjectId: string): SubjectKeyRow | undefined {
    return this.stagedKeys.get(`${tenantId}|${subjectId}`)?.row;
  }

  keysCommitted(): Promise<void> {
    if (this.stagedKeys.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.keyWaiters.push(resolve);
      this.scheduleFlush();
    });
  }

  /**
   * Writes the staged keys inside the open transaction. A subject whose stored key differs from
   * the staged one (another process was first) fails the whole commit: its appends were sealed
   * with a key that will never be stored.
   */
  private writeStagedKeys(): void {
    for (const [id, { row, lost }] of this.stagedKeys) {
      const info = this.statements.insertKey.run(row.tenantId, row.subjectId, row.wrappedKey, row.createdAt, row.destroyedAt);
      if (info.changes === 0 && this.statements.storedKey.get(row.tenantId, row.subjectId)?.wrapped_key !== row.wrappedKey) {
        this.stagedKeys.delete(id);
        lost();
        throw new SubjectKeyRaceError();
      }
    }
  }

  /** After a commit: the keys it wrote are stored. */
  private keysWritten(written: ReadonlyArray<string>): void {
    for (const id of written) this.stagedKeys.delete(id);
    if (this.stagedKeys.size === 0 && this.keyWaiters.length > 0) {
      const waiters = this.keyWaiters;
      this.keyWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0 && this.stagedKeys.size === 0) return;
    const keys = [...this.stagedKeys.keys()];
    const outcomes: AppendOutcome[] = [];
    try {
      const { begin, savepoint, release, rollbackTo } = this.statements;
      begin.run();
      this.writeStagedKeys();
      try {
        // Fast path: every refusal (concurrency, broken chain) is decided before an append
        // writes anything, so no savepoint is needed unless a write itself fails.
        for (const pending of batch) outcomes.push(this.attempt(pending.request));
      } catch (error) {
        // SQLite rolls the whole transaction back by itself on some failures (SQLITE_FULL,
        // SQLITE_IOERR): then nothing was written and the batch fails as one, with that error.
        if (!this.raw.inTransaction) throw error;
        // A write failed half-way: start again with one savepoint per append.
        this.statements.rollbackAll.run();
        outcomes.length = 0;
        begin.run();
        this.writeStagedKeys();
        for (const pending of batch) {
          savepoint.run();
          try {
            outcomes.push({ ok: true, result: this.applyOne(pending.request) });
            release.run();
          } catch (error) {
            if (!this.raw.inTransaction) throw error;
            rollbackTo.run();
            release.run();
            outcomes.push({ ok: false, error });
          }
        }
      }
      this.statements.commit.run();
    } catch (error) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      // A full disk (SQLITE_FULL) becomes LEDGER.DISK_FULL; nothing of the batch was written.
      const failure = asStoreError(error);
      for (const pending of batch) pending.reject(failure);
      // Keys stay staged for the next commit; waiters for a lost key are let go.
      this.keysWritten([]);
      return;
    }
    this.keysWritten(keys);
    settleBatch(batch, outcomes, this.appended);
  }

  /** Refusals are decided before anything is written and become outcomes; a failing write is rethrown. */
  private attempt(request: AppendRequest): AppendOutcome {
    let checked: AppendResult | StreamHead | undefined;
    try {
      checked = this.check(request);
    } catch (error) {
      return { ok: false, error };
    }
    if (checked !== undefined && 'replayed' in checked) return { ok: true, result: checked };
    return { ok: true, result: this.write(request) };
  }

  private applyOne(request: AppendRequest): AppendResult {
    const checked = this.check(request);
    if (checked !== undefined && 'replayed' in checked) return checked;
    return this.write(request);
  }

  /** The original result of a retried command, or the stream head after checking revision and chain. */
  private check(request: AppendRequest): AppendResult | StreamHead | undefined {
    const { stream, expectedRevision, command } = request;
    if (command !== undefined) {
      const done = this.replayOf(command);
      if (done) return done;
    }
    const head = this.statements.head.get(stream);
    const actual = head === undefined ? 'no_stream' : head.revision;
    if (actual !== expectedRevision) throw new ConcurrencyError(stream, expectedRevision, actual);
    assertContiguous(request, head);
    return head;
  }

  private write(request: AppendRequest): AppendResult {
    const { stream, events, command } = request;
    const category = streamCategory(stream);
    const recorded: RecordedEvent[] = [];
    for (const event of events) {
      const info = this.statements.insert.run(
        event.id,
        stream,
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
      recorded.push({ ...event, position: String(info.lastInsertRowid) });
    }
    const last = recorded.at(-1)!;
    if (command !== undefined) {
      const { tenantId, principal, commandId, fingerprint } = command;
      this.statements.insertCommand.run(
        tenantId,
        principal,
        commandId,
        fingerprint,
        stream,
        Number(recorded[0]!.position),
        Number(last.position),
      );
    }
    return { stream, nextExpectedRevision: last.revision, lastPosition: last.position, events: recorded, replayed: false };
  }

  private replayOf(key: CommandKey): AppendResult | undefined {
    const done = this.statements.command.get(key.tenantId, key.principal, key.commandId);
    if (!done) return undefined;
    checkFingerprint(key, done.fingerprint);
    // The command's events are exactly the ones of its stream between its first and last position.
    const events = this.statements.range
      .all(done.first_position, done.last_position)
      .map(toRecorded)
      .filter((e) => e.stream === done.stream);
    return {
      stream: done.stream,
      nextExpectedRevision: events.at(-1)!.revision,
      lastPosition: String(done.last_position),
      events,
      replayed: true,
    };
  }

  async appendedByCommand(key: CommandKey): Promise<AppendResult | undefined> {
    return this.replayOf(key);
  }

  async streamHead(stream: string): Promise<StreamHead | undefined> {
    return this.statements.head.get(stream);
  }

  async *readStream(stream: string, fromRevision = 0): AsyncIterable<RecordedEvent> {
    const batchSize = 500;
    let next = fromRevision;
    for (;;) {
      const rows = this.statements.stream.all(stream, next, batchSize);
      for (const row of rows) yield toRecorded(row);
      if (rows.length < batchSize) return;
      next = rows.at(-1)!.revision + 1;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const batchSize = options.batchSize ?? 1000;
    let after = BigInt(options.after ?? '0');
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    const where: string[] = ['position > ?'];
    const params: unknown[] = [];
    if (options.tenantId !== undefined) {
      where.push('tenant_id = ?');
      params.push(options.tenantId);
    }
    if (options.categories?.length) {
      where.push(`category IN (${options.categories.map(() => '?').join(', ')})`);
      params.push(...options.categories);
    }
    if (options.types?.length) {
      where.push(`type IN (${options.types.map(() => '?').join(', ')})`);
      params.push(...options.types);
    }
    const statement = this.raw.prepare<unknown[], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position LIMIT ?`,
    );
    while (remaining > 0) {
      const rows = statement.all(after, ...params, Math.min(batchSize, remaining));
      for (const row of rows) yield toRecorded(row);
      remaining -= rows.length;
      if (rows.length < batchSize) return;
      after = BigInt(rows.at(-1)!.position);
    }
  }

  async readHashRows(after: string, limit: number): Promise<HashRow[]> {
    return this.statements.hashRows.all(Number(after), limit);
  }

  async readRawRows(after: string, limit: number): Promise<RawEventRow[]> {
    return this.statements.rawRows.all(Number(after), limit);
  }

  subscribe(options: ReadAllOptions & { readonly signal: AbortSignal }): AsyncIterable<RecordedEvent> {
    return followLog(this, () => this.closed, options);
  }

  waitForAppend(signal: AbortSignal, timeoutMs: number): Promise<void> {
    return waitForAppend(this.appended, signal, timeoutMs);
  }

  async headPosition(): Promise<string> {
    return String(this.statements.headPosition.get()?.p ?? 0);
  }

  async health(): Promise<StoreHealth> {
    try {
      this.raw.prepare('SELECT 1').get();
      return { ok: !this.closed, adapter: this.adapter, detail: this.closed ? 'closed' : this.file };
    } catch (error) {
      return { ok: false, adapter: this.adapter, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.appended.emit('append', 'closed');
    await new Promise((resolve) => setImmediate(resolve));
    await this.db.destroy();
    this.cleanUp();
  }
}
