import { createHash } from 'node:crypto';
import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const T = 'hollins-park';
const PEOPLE = 200;
const documentId = 'kcsie-2025';
const contentHash = createHash('sha256').update('kcsie/2025').digest('hex');

/**
 * An INSET morning: the whole staff acknowledges the same version of Keeping Children Safe
 * in Education at once. Every acknowledgement goes to the document's stream, so they
 * conflict; the command handler must resolve that itself (re-read, re-decide, with jitter)
 * so that no client ever has to retry.
 */
describe('Everyone acknowledging at once', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  const tokenOf = (subject: string, role: Role) => mintLocalToken(key, { subject, role, tenants: [T], ttl: '1h' });

  beforeAll(async () => {
    sut = await startTestApp({ READ_YOUR_WRITES_MS: '0' });
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  async function send(token: string, mutation: string, input: Record<string, unknown>) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await sut.graphql(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
      { input: { tenantId: T, ...input } },
      { authorization: `Bearer ${token}` },
    );
    return body.errors ?? [];
  }

  async function must(token: string, mutation: string, input: Record<string, unknown>) {
    const errors = await send(token, mutation, input);
    if (errors.length > 0) throw new Error(`${mutation} failed: ${JSON.stringify(errors)}`);
  }

  it(`should record all ${PEOPLE} acknowledgements of one version, sent together, with no error and no client retry`, async () => {
    const head = await tokenOf('head-1', 'head');
    await must(head, 'registerSetting', {
      name: 'Hollins Park Academy',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: '2024-09-01T08:00:00.000Z',
    });
    const joined = { occurredAt: '2024-09-01T08:30:00.000Z' };
    await must(head, 'joinStaff', { staffId: 'head-1', name: 'The Head', roles: ['head'], jobTitle: 'Headteacher', ...joined });
    await must(head, 'joinStaff', { staffId: 'dsl-1', name: 'The DSL', roles: ['dsl'], jobTitle: 'DSL', ...joined });
    const staffIds = Array.from({ length: PEOPLE }, (_, i) => `teacher-${i + 1}`);
    for (let i = 0; i < staffIds.length; i += 20) {
      await Promise.all(
        staffIds
          .slice(i, i + 20)
          .map((staffId) =>
            must(head, 'joinStaff', { staffId, name: `Name of ${staffId}`, roles: ['staff'], jobTitle: 'Teacher', ...joined }),
          ),
      );
    }
    await must(head, 'draftDocument', {
      documentId,
      title: 'Keeping Children Safe in Education',
      documentKind: 'kcsie',
      statutory: true,
      acknowledgedBy: ['staff'],
      occurredAt: '2024-09-02T09:00:00.000Z',
    });
    await must(await tokenOf('dsl-1', 'dsl'), 'publishVersion', {
      documentId,
      version: '2025',
      contentHash,
      occurredAt: '2024-09-02T10:00:00.000Z',
    });
    const tokens = await Promise.all(staffIds.map((staffId) => tokenOf(staffId, 'staff')));

    const started = performance.now();
    const answers = await Promise.all(
      tokens.map(async (token) => {
        const sent = performance.now();
        const errors = await send(token, 'acknowledgeDocument', {
          documentId,
          version: '2025',
          contentHash,
          occurredAt: '2024-09-03T08:45:00.000Z',
        });
        return { errors, ms: performance.now() - sent };
      }),
    );
    const elapsedMs = performance.now() - started;
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const failed = answers.filter((a) => a.errors.length > 0);
    process.stdout.write(
      `\n${PEOPLE} concurrent acknowledgements of one version over HTTP: ${PEOPLE - failed.length} recorded, ${failed.length} failed, ` +
        `all answered in ${(elapsedMs / 1000).toFixed(1)} s; latency p50 ${Math.round(latencies[PEOPLE / 2]!)} ms, ` +
        `p95 ${Math.round(latencies[Math.floor(PEOPLE * 0.95)]!)} ms, max ${Math.round(latencies.at(-1)!)} ms\n`,
    );
    expect(failed.map((a) => a.errors[0]?.extensions?.code)).toEqual([]);
    expect(elapsedMs).toBeLessThan(60_000);
    let acknowledged = 0;
    for await (const event of sut.server.store.readStream(`document-${T}.${documentId}`))
      if (event.type === 'DocumentAcknowledged') acknowledged += 1;
    expect(acknowledged).toBe(PEOPLE);
  }, 240_000);
});
