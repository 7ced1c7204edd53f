import type pg from 'pg';
import { documentRef, type DocumentWrite, type ProjectionCheckpoint, type ReadModelStore, type StoredDocument } from './projection.js';

interface DocRow {
  tenant_id: string;
  key: string;
  doc: string;
  position: string;
}

/** Read models in PostgreSQL: each commit writes documents and checkpoint in one transaction. */
export class PostgresReadModelStore implements ReadModelStore {
  constructor(private readonly pool: pg.Pool) {}

  async checkpoint(projection: string): Promise<ProjectionCheckpoint | undefined> {
    const result = await this.pool.query<ProjectionCheckpoint>(
      'SELECT projection, position, status, error FROM projection_checkpoints WHERE projection = $1',
      [projection],
    );
    return result.rows[0];
  }

  async documents(projection: string, refs: ReadonlyArray<{ tenantId: string; key: string }>): Promise<Map<string, StoredDocument>> {
    const found = new Map<string, StoredDocument>();
    if (refs.length === 0) return found;
    const result = await this.pool.query<DocRow>(
      'SELECT tenant_id, key, doc, position FROM projection_documents WHERE projection = $1 AND (tenant_id, key) IN (SELECT * FROM unnest($2::text[], $3::text[]))',
      [projection, refs.map((r) => r.tenantId), refs.map((r) => r.key)],
    );
    for (const row of result.rows)
      found.set(documentRef(row.tenant_id, row.key), {
        tenantId: row.tenant_id,
        key: row.key,
        doc: JSON.parse(row.doc),
        position: row.position,
      });
    return found;
  }

  async commit(projection: string, writes: readonly DocumentWrite[], position: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const write of writes) {
        if (write.doc === undefined) {
          await client.query('DELETE FROM projection_documents WHERE projection = $1 AND tenant_id = $2 AND key = $3', [
            projection,
            write.tenantId,
            write.key,
          ]);
        } else {
          await client.query(
            'INSERT INTO projection_documents (projection, tenant_id, key, doc, position) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (projection, tenant_id, key) DO UPDATE SET doc = EXCLUDED.doc, position = EXCLUDED.position',
            [projection, write.tenantId, write.key, JSON.stringify(write.doc), write.position],
          );
        }
      }
      await this.setCheckpoint(client, projection, position, 'running', null);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async markFailed(projection: string, position: string, error: string): Promise<void> {
    await this.setCheckpoint(this.pool, projection, position, 'failed', error);
  }

  async reset(projection: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM projection_documents WHERE projection = $1', [projection]);
      await client.query('DELETE FROM projection_checkpoints WHERE projection = $1', [projection]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async list(projection: string, tenantId: string): Promise<StoredDocument[]> {
    const result = await this.pool.query<DocRow>(
      'SELECT tenant_id, key, doc, position FROM projection_documents WHERE projection = $1 AND tenant_id = $2 ORDER BY key',
      [projection, tenantId],
    );
    return result.rows.map((row) => ({ tenantId: row.tenant_id, key: row.key, doc: JSON.parse(row.doc), position: row.position }));
  }

  private async setCheckpoint(
    client: pg.Pool | pg.PoolClient,
    projection: string,
    position: string,
    status: string,
    error: string | null,
  ): Promise<void> {
    await client.query(
      'INSERT INTO projection_checkpoints (projection, position, status, error, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (projection) DO UPDATE SET position = EXCLUDED.position, status = EXCLUDED.status, error = EXCLUDED.error, updated_at = EXCLUDED.updated_at',
      [projection, position, status, error, new Date().toISOString()],
    );
  }
}
