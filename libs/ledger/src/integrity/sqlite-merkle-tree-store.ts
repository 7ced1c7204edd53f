import type Database from 'better-sqlite3';
import {
  MERKLE_TREE_MARKER,
  TreeMovedError,
  type MerkleTreeStore,
  type StoredLeaf,
  type TreeAppend,
  type TreeState,
} from './merkle-tree-store.js';
import { nodeKey, type NodeId } from './tree-nodes.js';

interface LeafRow {
  leaf_index: number;
  position: number;
  event_id: string;
  event_hash: string;
}

/** The stored Merkle tree in the embedded SQLite file, on the event store's own connection. */
export class SqliteMerkleTreeStore implements MerkleTreeStore {
  private readonly statements;

  constructor(private readonly raw: Database.Database) {
    this.statements = {
      marker: raw.prepare<[string], { position: string }>('SELECT position FROM projection_checkpoints WHERE projection = ?'),
      size: raw.prepare<[], { n: number | null }>('SELECT MAX(leaf_index) + 1 AS n FROM merkle_leaves'),
      insertLeaf: raw.prepare('INSERT INTO merkle_leaves (leaf_index, position, event_id, event_hash) VALUES (?, ?, ?, ?)'),
      insertNode: raw.prepare('INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)'),
      setMarker: raw.prepare(
        "INSERT INTO projection_checkpoints (projection, position, status, error, updated_at) VALUES (?, ?, 'running', NULL, ?) ON CONFLICT (projection) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at",
      ),
      leafOf: raw.prepare<[string], LeafRow>('SELECT leaf_index, position, event_id, event_hash FROM merkle_leaves WHERE event_id = ?'),
      node: raw.prepare<[number, number], { hash: Buffer }>('SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?'),
    };
  }

  async state(): Promise<TreeState> {
    return this.read();
  }

  private read(): TreeState {
    return { size: this.statements.size.get()?.n ?? 0, position: this.statements.marker.get(MERKLE_TREE_MARKER)?.position ?? '0' };
  }

  async append(batch: TreeAppend): Promise<void> {
    this.raw
      .transaction(() => {
        const actual = this.read();
        if (actual.size !== batch.from.size || actual.position !== batch.from.position) throw new TreeMovedError(batch.from, actual);
        for (const leaf of batch.leaves) this.statements.insertLeaf.run(leaf.index, Number(leaf.position), leaf.eventId, leaf.eventHash);
        for (const node of batch.nodes) this.statements.insertNode.run(node.level, node.index, node.hash);
        this.statements.setMarker.run(MERKLE_TREE_MARKER, batch.to.position, new Date().toISOString());
      })
      .immediate();
  }

  async nodes(ids: readonly NodeId[]): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    for (const id of ids) {
      const row = this.statements.node.get(id.level, id.index);
      if (row) found.set(nodeKey(id), row.hash);
    }
    return found;
  }

  async leafOf(eventId: string): Promise<StoredLeaf | undefined> {
    const row = this.statements.leafOf.get(eventId);
    return row && { index: row.leaf_index, position: String(row.position), eventId: row.event_id, eventHash: row.event_hash };
  }

  async reset(): Promise<void> {
    this.raw.transaction(() => {
      this.raw.prepare('DELETE FROM merkle_leaves').run();
      this.raw.prepare('DELETE FROM merkle_nodes').run();
      this.raw.prepare('DELETE FROM projection_checkpoints WHERE projection = ?').run(MERKLE_TREE_MARKER);
    })();
  }
}
