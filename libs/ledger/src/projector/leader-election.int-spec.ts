import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@ledger/testing';
import { PostgresLeaderElection, type LeaderWork } from './leader-election.js';

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

/** A stand-in for the projector: records when it starts and stops. */
function worker(log: string[], name: string): () => LeaderWork {
  return () => {
    log.push(`${name} started`);
    return { stop: async () => void log.push(`${name} stopped`) };
  };
}

describe(PostgresLeaderElection.name, () => {
  let database: TestDatabase;
  let admin: pg.Client;
  const elections: PostgresLeaderElection[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });

  afterAll(async () => {
    await Promise.all(elections.map((e) => e.stop()));
    await admin?.end();
    await database?.drop();
  });

  function campaign(name: string, log: string[]): PostgresLeaderElection {
    const election = new PostgresLeaderElection(database.url, 'test-projector', { pollMs: 50, heartbeatMs: 50, heartbeatTimeoutMs: 1000 });
    elections.push(election);
    election.start(worker(log, name));
    return election;
  }

  it('should elect one, stop its work when its connection is killed, and let the other take over', async () => {
    const log: string[] = [];
    const a = campaign('a', log);
    await until(() => a.isLeader, 5000, 'a to be elected');
    const b = campaign('b', log);
    await new Promise((r) => setTimeout(r, 300));
    expect(b.isLeader).toBe(false);
    expect(log).toEqual(['a started']);

    // The server ends a's session, as when its network drops: the lock goes with the session.
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(killed.rowCount).toBe(1);
    await until(() => log.includes('a stopped'), 5000, 'a to stop its work');
    await until(() => b.isLeader, 5000, 'b to take over');
    expect(log.slice(0, 3)).toEqual(['a started', 'a stopped', 'b started']);

    // a campaigns again but waits while b leads; when b steps down, a leads again.
    await new Promise((r) => setTimeout(r, 300));
    expect(a.isLeader).toBe(false);
    await b.stop();
    await until(() => a.isLeader, 5000, 'a to be elected again');
    expect(log).toEqual(['a started', 'a stopped', 'b started', 'b stopped', 'a started']);
    await a.stop();
    expect(log.at(-1)).toBe('a stopped');
  });
});
