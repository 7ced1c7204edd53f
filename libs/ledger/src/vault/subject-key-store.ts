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
 * Subject keys in the SQL database beside the read models: SQLite or PostgreSQL through
 * Kysely. Every call is one statement, so it never holds a transaction open.
 */
export class SubjectKeyStore {
  constructor(private readonly db: Kysely<any>) {}

  async find(tenantId: string, subjectId: string): Promise<SubjectKeyRow | undefined> {
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
