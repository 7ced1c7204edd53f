import type Database from 'better-sqlite3';
import { documentRef, type DocumentWrite, type ProjectionCheckpoint, type ReadModelStore, type StoredDocument } from './projection.js';

interface DocRow {
  tenant_id: string;
  key: string;
  doc: string;
  position: string;
}

/**
 * Read models in the embedded SQLite file. Writes run synchronously inside one
 * better-sqlite3 transaction, so they can never interleave with the event store's
 * group commit on the same connection.
 */
export class SqliteReadModelStore implements ReadModelStore {
  private readonly statements;

  constructor(private readonly raw: Database.Database) {
    this.statements = {
      checkpoint: raw.prepare<[string], { projection: string; position: string; status: 'running' | 'failed'; error: string | null }>(
        'SELECT projection, position, status, error FROM projection_checkpoints WHERE projection = ?',
      ),
      doc: raw.prepare<[string, string, string], DocRow>(
        'SELECT tenant_id, key, doc, position FROM projection_documents WHERE projection = ? AND tenant_id = ? AND key = ?',
      ),
      upsert: raw.prepare(
        'INSERT INTO projection_documents (projection, tenant_id, key, doc, position) VALUES (?, ?, ?, ?, ?) ON CONFLICT (projection, tenant_id, key) DO UPDATE SET doc = excluded.doc, position = excluded.position',
      ),
      remove: raw.prepare('DELETE FROM projection_documents WHERE projection = ? AND tenant_id = ? AND key = ?'),
      setCheckpoint: raw.prepare(
        'INSERT INTO projection_checkpoints (projection, position, status, error, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position, status = excluded.status, error = excluded.error, updated_at = excluded.updated_at',
      ),
      list: raw.prepare<[string, string], DocRow>(
        'SELECT tenant_id, key, doc, position FROM projection_documents WHERE projection = ? AND tenant_id = ? ORDER BY key',
      ),
      resetDocs: raw.prepare('DELETE FROM projection_documents WHERE projection = ?'),
      resetCheckpoint: raw.prepare('DELETE FROM projection_checkpoints WHERE projection = ?'),
    };
  }

  async checkpoint(projection: string): Promise<ProjectionCheckpoint | undefined> {
    return this.statements.checkpoint.get(projection);
  }

  async documents(projection: string, refs: ReadonlyArray<{ tenantId: string; key: string }>): Promise<Map<string, StoredDocument>> {
    const found = new Map<string, StoredDocument>();
    for (const ref of refs) {
      const row = this.statements.doc.get(projection, ref.tenantId, ref.key);
      if (row)
        found.set(documentRef(ref.tenantId, ref.key), {
          tenantId: row.tenant_id,
          key: row.key,
          doc: JSON.parse(row.doc),
          position: row.position,
        });
    }
    return found;
  }

  async commit(projection: string, writes: readonly DocumentWrite[], position: string): Promise<void> {
    this.raw.transaction(() => {
      for (const write of writes) {
        if (write.doc === undefined) this.statements.remove.run(projection, write.tenantId, write.key);
        else this.statements.upsert.run(projection, write.tenantId, write.key, JSON.stringify(write.doc), write.position);
      }
      this.statements.setCheckpoint.run(projection, position, 'running', null, new Date().toISOString());
    })();
  }

  async markFailed(projection: string, position: string, error: string): Promise<void> {
    this.statements.setCheckpoint.run(projection, position, 'failed', error, new Date().toISOString());
  }

  async reset(projection: string): Promise<void> {
    this.raw.transaction(() => {
      this.statements.resetDocs.run(projection);
      this.statements.resetCheckpoint.run(projection);
    })();
  }

  async list(projection: string, tenantId: string): Promise<StoredDocument[]> {
    return this.statements.list
      .all(projection, tenantId)
      .map((row) => ({ tenantId: row.tenant_id, key: row.key, doc: JSON.parse(row.doc), position: row.position }));
  }
}
