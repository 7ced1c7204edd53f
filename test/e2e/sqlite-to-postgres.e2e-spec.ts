import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { collectCheckpoints, verifyLog, type StoredDocument } from '@ledger/ledger';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '@ledger/testing';
import { PROJECTIONS } from '../../apps/api/src/projections.js';

const run = promisify(execFile);
const CLI = resolve('dist/apps/cli/src/main.js');

/** Every projection's documents for every setting, as the app serves them (positions left out: they are the store's). */
async function servedDocuments(app: TestApp, tenants: readonly string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const projection of PROJECTIONS) {
    for (const tenant of tenants) {
      const docs: StoredDocument[] = await app.server.runtime.readModels.list(projection.name, tenant);
      out[`${projection.name}/${tenant}`] = docs.map(({ key, doc }) => ({ key, doc }));
    }
  }
  return out;
}

describe('a school moves its ledger from SQLite to PostgreSQL with ledger export / ledger import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-move-'));
  const sqliteDir = join(dir, 'school');
  const masterKey = randomBytes(32).toString('base64');
  // The notary must not add checkpoints to either ledger while they are compared.
  const quiet = {
    LEDGER_MASTER_KEY: masterKey,
    LEDGER_CHECKPOINT_EVERY: '1000000',
    LEDGER_CHECKPOINT_SECONDS: '86400',
    LOG_LEVEL: 'silent',
  };
  let database: TestDatabase;
  const apps: TestApp[] = [];

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should import every event and key, and the app on PostgreSQL should answer as it did on SQLite, with the chain verifying', async () => {
    const sqliteEnv = { ...process.env, ...quiet, LEDGER_DATA_DIR: sqliteDir };
    await run(process.execPath, [CLI, 'demo', '--seed', '5'], { env: sqliteEnv });
    const file = join(dir, 'ledger.jsonl');
    const exported = await run(process.execPath, [CLI, 'export', '--out', file, '--with-keys'], { env: sqliteEnv });
    expect(exported.stdout).toMatch(/Exported \d+ events .* subject keys/);

    database = await createTestDatabase();
    const postgresEnv = { ...quiet, LEDGER_STORE: 'postgres', DATABASE_URL: database.url, LEDGER_DATA_DIR: join(dir, 'trust') };
    const imported = await run(process.execPath, [CLI, 'import', file, '--keys', `${file}.keys.jsonl`], {
      env: { ...process.env, ...postgresEnv },
    });
    const [, exportedEvents, exportedKeys] = /Exported (\d+) events .* and (\d+) subject keys/.exec(exported.stdout)!;
    expect(imported.stdout).toContain(`Imported ${exportedEvents} events and ${exportedKeys} subject keys`);

    const onSqlite = await startTestApp({ ...quiet, LEDGER_DATA_DIR: sqliteDir });
    apps.push(onSqlite);
    const onPostgres = await startTestApp(postgresEnv);
    apps.push(onPostgres);

    const heads = await Promise.all(apps.map((app) => app.server.store.headPosition()));
    for (const [i, app] of apps.entries()) expect(await app.server.projector.waitFor(heads[i]!, 90_000)).toBe(true);

    const info = await Promise.all(
      apps.map((app) => app.graphql<{ ledger: { store: string; headPosition: string } }>('{ ledger { store headPosition } }')),
    );
    expect(info.map((r) => r.body.data?.ledger.store)).toEqual(['sqlite', 'postgres']);
    // Imported into an empty store, the events keep their order and, here, their positions.
    expect(info[1]!.body.data?.ledger.headPosition).toBe(info[0]!.body.data?.ledger.headPosition);

    const health = await Promise.all(
      apps.map(async (app) => (await fetch(`${app.url}/health`)).json() as Promise<Record<string, unknown>>),
    );
    expect(health.map((h) => h.status)).toEqual(['ok', 'ok']);

    const tenants = new Set<string>();
    for await (const event of onSqlite.server.store.readAll()) tenants.add(event.meta.tenantId);
    expect(tenants.size).toBeGreaterThanOrEqual(2);
    const sqliteDocs = await servedDocuments(onSqlite, [...tenants]);
    const postgresDocs = await servedDocuments(onPostgres, [...tenants]);
    expect(Object.values(sqliteDocs).reduce((n, docs) => n + docs.length, 0)).toBeGreaterThan(100);
    expect(postgresDocs).toEqual(sqliteDocs);

    // Personal fields decrypt on PostgreSQL with the imported subject keys.
    const pupil = await (async () => {
      for await (const event of onPostgres.server.runtime.ledger.readAll({ categories: ['pupil'], limit: 1 })) return event;
      return undefined;
    })();
    expect(JSON.stringify(pupil?.data)).not.toContain('$personal');

    const checkpoints = await collectCheckpoints(onPostgres.server.store.readAll());
    const report = await verifyLog(onPostgres.server.store.readAll(), undefined, checkpoints);
    expect(report.problem).toBeUndefined();
    expect(report.events).toBe(Number(exportedEvents));
    const sqliteReport = await verifyLog(onSqlite.server.store.readAll());
    expect(report.root).toBe(sqliteReport.root);
  }, 240_000);
});
