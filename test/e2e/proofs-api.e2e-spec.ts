import { CommandBus } from '@nestjs/cqrs';
import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import { newId, type Role } from '@ledger/kernel';
import { checkpointSignatureValid, eventLeaf, verifyConsistency, verifyInclusion } from '@ledger/ledger';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { startTestApp, type TestApp } from '@ledger/testing';

const A = 'hollins-park';
const B = 'riverside-ap';
type Body = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

describe('Proofs over the API', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  const ask = async (role: Role, tenant: string, query: string): Promise<Body> =>
    (
      await sut.graphql(query, undefined, {
        authorization: `Bearer ${await mintLocalToken(key, { subject: `${role}-1`, role, tenants: [tenant], ttl: '5m' })}`,
      })
    ).body as Body;

  async function register(tenantId: string): Promise<string> {
    const result = await sut.server.app.get(CommandBus).execute(
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterSetting',
        name: tenantId,
        settingKind: 'school',
        localAuthority: 'Northshire',
        commandId: newId(),
        tenantId,
        actor: { id: 'trust-admin-1', role: 'trust_admin' },
        occurredAt: '2024-09-01T08:00:00.000Z',
      } as never),
    );
    return result.events[0].id as string;
  }

  async function checkpointCovering(size: number): Promise<Record<string, any>> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const latest = (
        await ask('auditor', A, `{ latestCheckpoint(tenantId: "${A}") { treeSize root timestamp keyId signature eventId position } }`)
      ).data?.latestCheckpoint;
      if (latest && latest.treeSize >= size) return latest;
      if (Date.now() > deadline) throw new Error(`no checkpoint of ${size} events within 20 s: ${JSON.stringify(latest)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    sut = await startTestApp({ LEDGER_CHECKPOINT_EVERY: '1', LEDGER_CHECKPOINT_SECONDS: '1' });
    key = (await loadLocalSigningKey(sut.dataDir, { create: false }))!;
  });

  afterAll(async () => {
    await sut?.close();
  });

  it("should prove one of the setting's events is in the signed log, checkable with the RFC 6962 maths and the published key", async () => {
    const eventId = await register(A);
    await register(B);
    const checkpoint = await checkpointCovering(2);
    const keys = (await ask('auditor', A, `{ checkpointKeys(tenantId: "${A}") { keyId publicKey retiredAt } }`)).data?.checkpointKeys;
    const signer = keys.find((k: { keyId: string }) => k.keyId === checkpoint.keyId);
    expect(checkpointSignatureValid(checkpoint as never, signer.publicKey)).toBe(true);

    const body = await ask(
      'auditor',
      A,
      `{ inclusionProof(tenantId: "${A}", eventId: "${eventId}", treeSize: ${checkpoint.treeSize}) { eventHash leafIndex treeSize auditPath checkpoint { root treeSize } } }`,
    );
    expect(body.errors).toBeUndefined();
    const proof = body.data!.inclusionProof;
    expect(proof.checkpoint).toEqual({ root: checkpoint.root, treeSize: checkpoint.treeSize });
    const path = proof.auditPath.map((h: string) => Buffer.from(h, 'hex'));
    const root = Buffer.from(checkpoint.root, 'hex');
    expect(verifyInclusion(eventLeaf(proof.eventHash), proof.leafIndex, proof.treeSize, path, root)).toBe(true);
    expect(verifyInclusion(eventLeaf('0'.repeat(64)), proof.leafIndex, proof.treeSize, path, root)).toBe(false);
  });

  it('should prove a later checkpoint extends an earlier one', async () => {
    const first = await checkpointCovering(1);
    await register('third-setting');
    const later = await checkpointCovering(first.treeSize + 1);
    const body = await ask(
      'auditor',
      A,
      `{ consistencyProof(tenantId: "${A}", fromSize: ${first.treeSize}, toSize: ${later.treeSize}) { proof from { root } to { root } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { proof, from, to } = body.data!.consistencyProof;
    expect(
      verifyConsistency(
        first.treeSize,
        later.treeSize,
        proof.map((h: string) => Buffer.from(h, 'hex')),
        Buffer.from(from.root, 'hex'),
        Buffer.from(to.root, 'hex'),
      ),
    ).toBe(true);
  });

  it("should answer another setting's event exactly as an unknown one", async () => {
    const inB = (await ask('auditor', B, `{ events(tenantId: "${B}", first: 1) { edges { node { stream } } } }`)).data;
    expect(inB).toBeDefined();
    const otherId = await register('fourth-setting');
    await checkpointCovering(5);
    const foreign = await ask('auditor', A, `{ inclusionProof(tenantId: "${A}", eventId: "${otherId}") { leafIndex } }`);
    const unknown = await ask('auditor', A, `{ inclusionProof(tenantId: "${A}", eventId: "${newId()}") { leafIndex } }`);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message.replace(otherId, 'X')).toBe(unknown.errors?.[0]?.message.replace(/[0-9a-f-]{36}/, 'X'));
  });

  it("should answer another setting's event as an unknown one whatever the checkpoint asked for, in about the same time", async () => {
    const otherId = await register('fifth-setting');
    const answer = async (eventId: string, treeSize: string) => {
      const started = performance.now();
      const body = await ask('auditor', A, `{ inclusionProof(tenantId: "${A}", eventId: "${eventId}"${treeSize}) { leafIndex } }`);
      const error = body.errors?.[0];
      return {
        ms: performance.now() - started,
        seen: { code: error?.extensions?.code, domainCode: error?.extensions?.domainCode, message: error?.message.replace(eventId, 'X') },
      };
    };
    for (const treeSize of ['', ', treeSize: 1', ', treeSize: 999999']) {
      const foreign = await answer(otherId, treeSize);
      const unknown = await answer(newId(), treeSize);
      expect(foreign.seen).toEqual(unknown.seen);
      expect(foreign.seen).toMatchObject({ code: 'NOT_FOUND', domainCode: 'PROOF.EVENT_NOT_IN_LOG' });
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const foreignMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      foreignMs.push((await answer(otherId, '')).ms);
      unknownMs.push((await answer(newId(), '')).ms);
    }
    expect(median(foreignMs)).toBeLessThan(median(unknownMs) * 3 + 5);
    expect(median(unknownMs)).toBeLessThan(median(foreignMs) * 3 + 5);
  });

  it('should refuse proofs to a governor', async () => {
    expect((await ask('governor', A, `{ latestCheckpoint(tenantId: "${A}") { root } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
