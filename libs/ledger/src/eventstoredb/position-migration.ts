import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { MERKLE_TREE_MARKER } from '../integrity/merkle-tree-store.js';
import { commitOfLegacyPosition } from './position.js';

/** The EventStoreDB deployment's own migration table: these steps run on its SQL side only, never on a SQL event store. */
export const EVENTSTOREDB_MIGRATION_TABLE = 'ledger_eventstoredb_migration';

type SqlDialect = 'sqlite' | 'postgres';

/**
 * Positions stored by earlier versions (`commit × 2^32 + 2^31`) become commit positions.
 * The notary's Merkle leaves and its marker are converted in place, so proofs keep working at
 * once. Projection documents may hold positions inside their JSON, so projections are reset
 * instead and rebuild from the log (their code is pure: the rebuilt documents are the same).
 */
async function toCommitPositions(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  // Integer division: SQLite divides an INTEGER as an integer and truncates a REAL in the CAST.
  const shifted = dialect === 'sqlite' ? sql`CAST(position / 4294967296 AS INTEGER)` : sql`position / 4294967296`;
  await sql`UPDATE merkle_leaves SET position = ${shifted} WHERE position > 0`.execute(db);
  const marker = await sql<{
    position: string;
  }>`SELECT position FROM projection_checkpoints WHERE projection = ${MERKLE_TREE_MARKER}`.execute(db);
  for (const row of marker.rows) {
    const position = String(commitOfLegacyPosition(BigInt(row.position)));
    await sql`UPDATE projection_checkpoints SET position = ${position} WHERE projection = ${MERKLE_TREE_MARKER}`.execute(db);
  }
  await sql`DELETE FROM projection_documents`.execute(db);
  await sql`DELETE FROM projection_checkpoints WHERE projection <> ${MERKLE_TREE_MARKER}`.execute(db);
}

function migrations(dialect: SqlDialect): Record<string, Migration> {
  return {
    '0001_commit_positions': {
      async up(db: Kysely<any>) {
        // PostgreSQL runs each migration in a transaction already; SQLite's Kysely adapter does not.
        if (dialect === 'sqlite') await db.transaction().execute((trx) => toCommitPositions(trx, dialect));
        else await toCommitPositions(db, dialect);
      },
    },
  };
}

/**
 * Brings the EventStoreDB deployment's SQL side (read models and the Merkle tree, in PostgreSQL
 * or the SQLite file) to the adapter's current position encoding. Runs after the schema
 * migrations; each step runs once per database, under Kysely's migration lock.
 */
export async function migrateEventStoreDbSqlSide(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
    migrationTableName: EVENTSTOREDB_MIGRATION_TABLE,
    migrationLockTableName: `${EVENTSTOREDB_MIGRATION_TABLE}_lock`,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`EventStoreDB migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
}
