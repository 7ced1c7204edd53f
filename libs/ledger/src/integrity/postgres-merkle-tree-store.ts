import type pg from 'pg';
import {
  MERKLE_TREE_MARKER,
  TreeMovedError,
  type MerkleTreeStore,
  type StoredLeaf,
  type TreeAppend,
  type TreeState,
} from './merkle-tree-store.js';
import { nodeKey, type NodeId } from './tree-nodes.js';

const ROWS_PER_INSERT = 1000;

/** The stored Merkle tree in PostgreSQL. The marker row is locked FOR UPDATE, so two writers take turns. */
export class PostgresMerkleTreeStore implements MerkleTreeStore {
  constructor(private readonly pool: pg.Pool) {}

  async state(): Promise<TreeState> {
    return this.read(this.pool);
  }

  private async read(client: pg.Pool | pg.PoolClient, lock = false): Promise<TreeState> {
    const marker = await client.query<{ position: string }>(
      `SELECT position FROM projection_checkpoints WHERE projection = $1${lock ? ' FOR UPDATE' : ''}`,
      [MERKLE_TREE_MARKER],
    );
    const size = await client.query<{ n: string | null }>('SELECT MAX(leaf_index) + 1 AS n FROM merkle_leaves');
    return { size: Number(size.rows[0]?.n ?? 0), position: marker.rows[0]?.position ?? '0' };
  }

  async append(batch: TreeAppend): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // The first writer creates the marker row; from then on FOR UPDATE serialises writers.
      await client.query(
        "INSERT INTO projection_checkpoints (projection, position, status, error, updated_at) VALUES ($1, '0', 'running', NULL, $2) ON CONFLICT (projection) DO NOTHING",
        [MERKLE_TREE_MARKER, new Date().toISOString()],
      );
      const actual = await this.read(client, true);
      if (actual.size !== batch.from.size || actual.position !== batch.from.position) throw new TreeMovedError(batch.from, actual);
      for (let i = 0; i < batch.leaves.length; i += ROWS_PER_INSERT) {
        const rows = batch.leaves.slice(i, i + ROWS_PER_INSERT);
        await client.query(
          'INSERT INTO merkle_leaves (leaf_index, position, event_id, event_hash) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])',
          [rows.map((l) => l.index), rows.map((l) => l.position), rows.map((l) => l.eventId), rows.map((l) => l.eventHash)],
        );
      }
      for (let i = 0; i < batch.nodes.length; i += ROWS_PER_INSERT) {
        const rows = batch.nodes.slice(i, i + ROWS_PER_INSERT);
        await client.query('INSERT INTO merkle_nodes (level, idx, hash) SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])', [
          rows.map((n) => n.level),
          rows.map((n) => n.index),
          rows.map((n) => n.hash),
        ]);
      }
      await client.query('UPDATE projection_checkpoints SET position = $2, updated_at = $3 WHERE projection = $1', [
        MERKLE_TREE_MARKER,
        batch.to.position,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async nodes(ids: readonly NodeId[]): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    if (ids.length === 0) return found;
    const result = await this.pool.query<{ level: number; idx: string; hash: Buffer }>(
      'SELECT level, idx, hash FROM merkle_nodes WHERE (level, idx) IN (SELECT * FROM unnest($1::int[], $2::bigint[]))',
      [ids.map((id) => id.level), ids.map((id) => id.index)],
    );
    for (const row of result.rows) found.set(nodeKey({ level: row.level, index: Number(row.idx) }), row.hash);
    return found;
  }

  async leafOf(eventId: string): Promise<StoredLeaf | undefined> {
    const result = await this.pool.query<{ leaf_index: string; position: string; event_id: string; event_hash: string }>(
      'SELECT leaf_index, position, event_id, event_hash FROM merkle_leaves WHERE event_id = $1',
      [eventId],
    );
    const row = result.rows[0];
    return row && { index: Number(row.leaf_index), position: String(row.position), eventId: row.event_id, eventHash: row.event_hash };
  }

  async reset(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM merkle_leaves');
      await client.query('DELETE FROM merkle_nodes');
      await client.query('DELETE FROM projection_checkpoints WHERE projection = $1', [MERKLE_TREE_MARKER]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
