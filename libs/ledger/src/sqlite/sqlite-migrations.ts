import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The embedded ledger's schema. `position` is the rowid: with SQLite's single writer,
 * rowid order is commit order, so subscribers can never see a gap that fills later.
 */
export const sqliteMigrations: Record<string, Migration> = {
  '0001_events': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE events (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        stream TEXT NOT NULL,
        revision INTEGER NOT NULL,
        tenant_id TEXT NOT NULL,
        category TEXT NOT NULL,
        type TEXT NOT NULL,
        schema INTEGER NOT NULL,
        data TEXT NOT NULL,
        meta TEXT NOT NULL,
        hash TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        UNIQUE (stream, revision)
      )`.execute(db);
      await sql`CREATE INDEX events_tenant ON events (tenant_id, position)`.execute(db);
      await sql`CREATE INDEX events_category ON events (category, position)`.execute(db);
      await sql`CREATE INDEX events_type ON events (type, position)`.execute(db);
      await sql`CREATE TABLE commands (
        command_id TEXT PRIMARY KEY,
        stream TEXT NOT NULL,
        first_position INTEGER NOT NULL,
        last_position INTEGER NOT NULL
      ) WITHOUT ROWID`.execute(db);
    },
  },
  '0002_vault_and_projections': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE subject_keys (
        tenant_id TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        wrapped_key TEXT,
        created_at TEXT NOT NULL,
        destroyed_at TEXT,
        PRIMARY KEY (tenant_id, subject_id)
      ) WITHOUT ROWID`.execute(db);
      await sql`CREATE TABLE projection_checkpoints (
        projection TEXT PRIMARY KEY,
        position TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        updated_at TEXT NOT NULL
      ) WITHOUT ROWID`.execute(db);
      await sql`CREATE TABLE projection_documents (
        projection TEXT NOT NULL,
        tenant_id TEXT NOT NULL,
        key TEXT NOT NULL,
        doc TEXT NOT NULL,
        position TEXT NOT NULL,
        PRIMARY KEY (projection, tenant_id, key)
      ) WITHOUT ROWID`.execute(db);
    },
  },
  '0003_merkle_tree': {
    async up(db: Kysely<any>) {
      // The notary's RFC 6962 tree: leaves in global order and every complete subtree, so a
      // proof reads O(log n) rows (libs/ledger/src/integrity/tree-nodes.ts).
      await sql`CREATE TABLE merkle_leaves (
        leaf_index INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        event_id TEXT NOT NULL UNIQUE,
        event_hash TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE merkle_nodes (
        level INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        hash BLOB NOT NULL,
        PRIMARY KEY (level, idx)
      ) WITHOUT ROWID`.execute(db);
    },
  },
  '0004_scoped_command_ids': {
    async up(db: Kysely<any>) {
      // Idempotency keys are scoped to the setting and the principal, with the fingerprint of
      // the command they were used for. Keys recorded before are kept under the setting and
      // actor of their first event; they have no fingerprint and match any retry, as before.
      await sql`CREATE TABLE commands_scoped (
        tenant_id TEXT NOT NULL,
        principal TEXT NOT NULL,
        command_id TEXT NOT NULL,
        fingerprint TEXT,
        stream TEXT NOT NULL,
        first_position INTEGER NOT NULL,
        last_position INTEGER NOT NULL,
        PRIMARY KEY (tenant_id, principal, command_id)
      ) WITHOUT ROWID`.execute(db);
      await sql`INSERT INTO commands_scoped (tenant_id, principal, command_id, fingerprint, stream, first_position, last_position)
        SELECT e.tenant_id, COALESCE(json_extract(e.meta, '$.actor.id'), ''), c.command_id, NULL, c.stream, c.first_position, c.last_position
        FROM commands c JOIN events e ON e.position = c.first_position`.execute(db);
      await sql`DROP TABLE commands`.execute(db);
      await sql`ALTER TABLE commands_scoped RENAME TO commands`.execute(db);
    },
  },
};
