import { loadLocalSigningKey, mintLocalToken } from '@ledger/access';
import type { SqliteEventStore } from '@ledger/ledger';
import { startTestApp, type TestApp } from '@ledger/testing';

const T = 'hollins-park';

interface Health {
  projections: Array<{ name: string; status: string; position: string }>;
  workers: Array<{ name: string; kind: string; status: string; position: string; lag: string | null; lastError?: { code?: string } }>;
}

/**
 * A full disk, made real: the ledger's own SQLite file may not grow past `PRAGMA
 * max_page_count` (SQLite then fails writes with SQLITE_FULL exactly as on a full disk).
 */
describe('A full disk', () => {
  let sut: TestApp;
  let token: string;
  let store: SqliteEventStore;
  let n = 0;

  beforeAll(async () => {
    sut = await startTestApp({ LEDGER_CHECKPOINT_EVERY: '1', LEDGER_CHECKPOINT_SECONDS: '1' });
    const key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    token = await mintLocalToken(key, { subject: 'head-1', role: 'head', tenants: [T], ttl: '1h' });
    store = sut.server.store as SqliteEventStore;
    const { body } = await sut.graphql(
      'mutation ($input: RegisterSettingInput!) { registerSetting(input: $input) { id } }',
      {
        input: {
          tenantId: T,
          name: 'Hollins Park Academy',
          settingKind: 'school',
          localAuthority: 'Northshire',
          occurredAt: '2024-09-01T08:00:00.000Z',
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(body.errors).toBeUndefined();
    await joinStaff().then(({ errors }) => expect(errors).toEqual([]));
  });

  afterAll(async () => {
    await sut?.close();
  });

  async function joinStaff() {
    n += 1;
    const { body } = await sut.graphql<{ joinStaff: { id: string; position: string } }>(
      'mutation ($input: JoinStaffInput!) { joinStaff(input: $input) { id position } }',
      {
        input: {
          tenantId: T,
          name: `Member of staff ${n} ${'with a long name '.repeat(20)}`.slice(0, 200),
          roles: ['staff'],
          jobTitle: 'Teacher',
          occurredAt: '2024-09-01T08:30:00.000Z',
        },
      },
      { authorization: `Bearer ${token}` },
    );
    return { result: body.data?.joinStaff, errors: body.errors ?? [] };
  }

  const health = async () => (await (await fetch(`${sut.url}/health`)).json()) as Health;

  describe('when the ledger file cannot grow', () => {
    it('should answer LEDGER.DISK_FULL, record nothing, and carry on once space is freed', async () => {
      const pages = store.connection.pragma('page_count', { simple: true }) as number;
      store.connection.pragma(`max_page_count = ${pages}`);
      let refused: { extensions?: Record<string, unknown>; message: string } | undefined;
      for (let i = 0; i < 200 && refused === undefined; i += 1) {
        const before = await store.headPosition();
        const { errors } = await joinStaff();
        if (errors.length > 0) {
          refused = errors[0];
          // A refused mutation records nothing.
          expect(await store.headPosition()).toBe(before);
        }
      }
      expect(refused?.extensions?.code).toBe('LEDGER.DISK_FULL');
      expect(refused?.message).not.toMatch(/SQLITE|Something went wrong/);

      // Space freed: writes work again and every background worker catches up on its own.
      store.connection.pragma('max_page_count = 1073741823');
      const { result, errors } = await joinStaff();
      expect(errors).toEqual([]);
      const head = await store.headPosition();
      expect(result?.position).toBe(head);
      const deadline = Date.now() + 15_000;
      let seen = await health();
      while (Date.now() < deadline && !seen.workers.every((w) => w.status === 'running' && w.lag === '0')) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        seen = await health();
      }
      expect(seen.workers.filter((w) => w.status !== 'running' || w.lag !== '0')).toEqual([]);
      expect(seen.workers.map((w) => w.kind)).toEqual(expect.arrayContaining(['projection', 'notary']));
    });
  });
});
