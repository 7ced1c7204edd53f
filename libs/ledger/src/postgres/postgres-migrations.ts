import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The PostgreSQL schema. Positions come from a sequence, but appends take a
 * transaction-scoped advisory lock before drawing them and hold it to commit, so
 * positions are handed out in commit order: a subscriber that has seen position P
 * can never later find a smaller position committed (no gap that fills later).
 */
export const postgresMigrations: Record<string, Migration> = {
  '0001_events': {
    async up(db: Kysely<any>) {
      await sql`CREATE TABLE events (
        position BIGSERIAL PRIMARY KEY,
        id UUID NOT NULL UNIQUE,
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
      await sql`CREATE TABLE streams (stream TEXT PRIMARY KEY, revision INTEGER NOT NULL, hash TEXT NOT NULL)`.execute(db);
      await sql`CREATE TABLE commands (
        command_id TEXT PRIMARY KEY,
        stream TEXT NOT NULL,
        first_position BIGINT NOT NULL,
        last_position BIGINT NOT NULL
      )`.execute(db);
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
      )`.execute(db);
      await sql`CREATE TABLE projection_checkpoints (
        projection TEXT PRIMARY KEY,
        position TEXT NOT NULL,
        status TEXT NOT NULL,
        error TEXT,
        updated_at TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE projection_documents (
        projection TEXT NOT NULL,
        tenant_id TEXT NOT NULL,
        key TEXT NOT NULL,
        doc TEXT NOT NULL,
        position TEXT NOT NULL,
        PRIMARY KEY (projection, tenant_id, key)
      )`.execute(db);
    },
  },
  '0003_merkle_tree': {
    async up(db: Kysely<any>) {
      // The notary's RFC 6962 tree: leaves in global order and every complete subtree, so a
      // proof reads O(log n) rows (libs/ledger/src/integrity/tree-nodes.ts).
      await sql`CREATE TABLE merkle_leaves (
        leaf_index BIGINT PRIMARY KEY,
        position BIGINT NOT NULL,
        event_id TEXT NOT NULL UNIQUE,
        event_hash TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE TABLE merkle_nodes (
        level INTEGER NOT NULL,
        idx BIGINT NOT NULL,
        hash BYTEA NOT NULL,
        PRIMARY KEY (level, idx)
      )`.execute(db);
    },
  },
  '0004_scoped_command_ids': {
    async up(db: Kysely<any>) {
      // Idempotency keys are scoped to the setting and the principal, with the fingerprint of
      // the command they were used for. Keys recorded before are kept under the setting and
      // actor of their first event; they have no fingerprint and match any retry, as before.
      await sql`ALTER TABLE commands ADD COLUMN tenant_id TEXT, ADD COLUMN principal TEXT, ADD COLUMN fingerprint TEXT`.execute(db);
      await sql`UPDATE commands c SET tenant_id = e.tenant_id, principal = COALESCE(e.meta::jsonb -> 'actor' ->> 'id', '')
        FROM events e WHERE e.position = c.first_position`.execute(db);
      await sql`DELETE FROM commands WHERE tenant_id IS NULL`.execute(db);
      await sql`ALTER TABLE commands
        ALTER COLUMN tenant_id SET NOT NULL,
        ALTER COLUMN principal SET NOT NULL,
        DROP CONSTRAINT commands_pkey,
        ADD PRIMARY KEY (tenant_id, principal, command_id)`.execute(db);
    },
  },
};
