import type { Kysely } from 'kysely';

/** A subject key row as kept in the SQL database (never in the log). */
export interface SubjectKeyRow {
  readonly tenantId: string;
  readonly subjectId: string;
  /** The subject key wrapped by the master key; null once destroyed. */
  readonly wrappedKey: string | null;
  readonly createdAt: string;
  readonly destroyedAt: string | null;
}

/**
 * Writes new subject keys in the event store's own next commit, so a key and the first event
 * encrypted with it cost one fsync, not two (the embedded store: see SqliteEventStore.stageKey).
 * A staged key is written by the first commit that succeeds and by none that fails, always in
 * or before the commit of any event sealed with it. When another process stored a different
 * key for the subject first, that commit fails and `lost` is called: the caller forgets the
 * key it made and a retry uses the stored one.
 */
export interface SubjectKeyWriteBehind {
  stageKey(row: SubjectKeyRow, lost: () => void): void;
  /** A key staged and not yet committed. */
  stagedKey(tenantId: string, subjectId: string): SubjectKeyRow | undefined;
  /** Resolves once every key staged so far is committed (or given up as lost). */
  keysCommitted(): Promise<void>;
}

/**
 * Subject keys in the SQL database beside the read models: SQLite or PostgreSQL through
 * Kysely. Every call is one statement, so it never holds a transaction open.
 */
export class SubjectKeyStore {
  constructor(
    private readonly db: Kysely<any>,
    /** When given, new keys ride the event store's next commit (createKey). */
    private readonly writeBehind?: SubjectKeyWriteBehind,
  ) {}

  /**
   * A new subject's key: stored now and read back (a concurrent writer may have won), or, with
   * a write-behind store, staged for its next commit and returned at once. `lost` is called
   * when the staged key turns out to have lost to another process's.
   */
  async createKey(row: SubjectKeyRow, lost: () => void): Promise<SubjectKeyRow | undefined> {
    if (this.writeBehind) {
      this.writeBehind.stageKey(row, lost);
      return row;
    }
    await this.insertIfAbsent(row);
    return this.find(row.tenantId, row.subjectId);
  }

  async find(tenantId: string, subjectId: string): Promise<SubjectKeyRow | undefined> {
    const staged = this.writeBehind?.stagedKey(tenantId, subjectId);
    if (staged !== undefined) return staged;
    const row = await this.db
      .selectFrom('subject_keys')
      .select(['tenant_id', 'subject_id', 'wrapped_key', 'created_at', 'destroyed_at'])
      .where('tenant_id', '=', tenantId)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst();
    return row && toRow(row);
  }

  /** Stores the key unless the subject already has one (a concurrent writer may have won). */
  async insertIfAbsent(row: SubjectKeyRow): Promise<void> {
    await this.db
      .insertInto('subject_keys')
      .values({
        tenant_id: row.tenantId,
        subject_id: row.subjectId,
        wrapped_key: row.wrappedKey,
        created_at: row.createdAt,
        destroyed_at: row.destroyedAt,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'subject_id']).doNothing())
      .execute();
  }

  /** Destroys the key for good. Returns false when the subject had no key. */
  async destroy(tenantId: string, subjectId: string, at: string): Promise<boolean> {
    // A key still waiting for its commit is destroyed after it is stored, never before.
    await this.writeBehind?.keysCommitted();
    const result = await this.db
      .updateTable('subject_keys')
      .set({ wrapped_key: null, destroyed_at: at })
      .where('tenant_id', '=', tenantId)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async *all(): AsyncIterable<SubjectKeyRow> {
    let after = { tenant: '', subject: '' };
    for (;;) {
      const rows = await this.db
        .selectFrom('subject_keys')
        .select(['tenant_id', 'subject_id', 'wrapped_key', 'created_at', 'destroyed_at'])
        .where((eb) =>
          eb.or([eb('tenant_id', '>', after.tenant), eb.and([eb('tenant_id', '=', after.tenant), eb('subject_id', '>', after.subject)])]),
        )
        .orderBy('tenant_id')
        .orderBy('subject_id')
        .limit(1000)
        .execute();
      for (const row of rows) yield toRow(row);
      if (rows.length < 1000) return;
      const last = rows.at(-1)!;
      after = { tenant: last.tenant_id, subject: last.subject_id };
    }
  }
}

function toRow(row: any): SubjectKeyRow {
  return {
    tenantId: row.tenant_id,
    subjectId: row.subject_id,
    wrappedKey: row.wrapped_key,
    createdAt: row.created_at,
    destroyedAt: row.destroyed_at,
  };
}
