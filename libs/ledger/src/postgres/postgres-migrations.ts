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
  '0005_append_batch_function': {
    async up(db: Kysely<any>) {
      // A whole group commit in one statement (one round trip, one transaction): the advisory
      // lock, then per append the command-id check, the head move and the inserts, in order.
      // Each append's outcome is one row: 'ok' with its positions, 'replayed' (a command id
      // already recorded: the caller reads its result) or 'refused' with the stream's head
      // revision (the caller tells a concurrency conflict from a broken chain). A statement
      // that fails aborts the whole batch, and the caller retries it append by append.
      await sql`CREATE OR REPLACE FUNCTION ledger_append_batch(
          lock_key BIGINT,
          a_stream TEXT[], a_category TEXT[], a_expected INT[], a_first_prev TEXT[], a_last_revision INT[], a_last_hash TEXT[],
          a_valid BOOLEAN[], a_command_id TEXT[], a_command_tenant TEXT[], a_command_principal TEXT[], a_command_fingerprint TEXT[],
          a_first_event INT[], a_event_count INT[],
          e_id TEXT[], e_revision INT[], e_tenant TEXT[], e_type TEXT[], e_schema INT[], e_data TEXT[], e_meta TEXT[], e_hash TEXT[], e_prev TEXT[])
        RETURNS TABLE (outcome TEXT, positions BIGINT[], head_revision INT, fingerprint TEXT)
        LANGUAGE plpgsql AS $fn$
        #variable_conflict use_column
        DECLARE
          i INT;
          moved INT;
          first_e INT;
          last_e INT;
        BEGIN
          PERFORM pg_advisory_xact_lock(lock_key);
          FOR i IN 1 .. coalesce(array_length(a_stream, 1), 0) LOOP
            outcome := NULL; positions := NULL; head_revision := NULL; fingerprint := NULL;
            IF a_command_id[i] IS NOT NULL THEN
              SELECT c.fingerprint INTO fingerprint FROM commands c
                WHERE c.tenant_id = a_command_tenant[i] AND c.principal = a_command_principal[i] AND c.command_id = a_command_id[i];
              IF FOUND THEN
                outcome := 'replayed';
                RETURN NEXT;
                CONTINUE;
              END IF;
            END IF;
            moved := 0;
            IF a_valid[i] THEN
              IF a_expected[i] = -1 THEN
                INSERT INTO streams (stream, revision, hash) VALUES (a_stream[i], a_last_revision[i], a_last_hash[i])
                  ON CONFLICT (stream) DO NOTHING;
              ELSE
                UPDATE streams SET revision = a_last_revision[i], hash = a_last_hash[i]
                  WHERE stream = a_stream[i] AND revision = a_expected[i] AND hash = a_first_prev[i];
              END IF;
              GET DIAGNOSTICS moved = ROW_COUNT;
            END IF;
            IF moved = 0 THEN
              SELECT s.revision INTO head_revision FROM streams s WHERE s.stream = a_stream[i];
              outcome := 'refused';
              RETURN NEXT;
              CONTINUE;
            END IF;
            first_e := a_first_event[i];
            last_e := first_e + a_event_count[i] - 1;
            WITH ins AS (
              INSERT INTO events (id, stream, revision, tenant_id, category, type, schema, data, meta, hash, prev_hash)
              SELECT v.id::uuid, a_stream[i], v.revision, v.tenant_id, a_category[i], v.type, v.schema, v.data, v.meta, v.hash, v.prev_hash
              FROM unnest(e_id[first_e:last_e], e_revision[first_e:last_e], e_tenant[first_e:last_e], e_type[first_e:last_e],
                          e_schema[first_e:last_e], e_data[first_e:last_e], e_meta[first_e:last_e], e_hash[first_e:last_e], e_prev[first_e:last_e])
                AS v (id, revision, tenant_id, type, schema, data, meta, hash, prev_hash)
              ORDER BY v.revision
              RETURNING events.revision, events.position
            )
            SELECT array_agg(ins.position ORDER BY ins.revision) INTO positions FROM ins;
            IF a_command_id[i] IS NOT NULL THEN
              INSERT INTO commands (command_id, tenant_id, principal, fingerprint, stream, first_position, last_position)
                VALUES (a_command_id[i], a_command_tenant[i], a_command_principal[i], a_command_fingerprint[i], a_stream[i],
                        positions[1], positions[array_length(positions, 1)]);
            END IF;
            outcome := 'ok';
            RETURN NEXT;
          END LOOP;
        END
        $fn$`.execute(db);
    },
  },
};
