import { createHash } from 'node:crypto';
import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const T = 'brook-lane';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const KCSIE_HASH = sha('kcsie/2025');
const AUP_HASH = sha('aup/2024');

const MY_COMPLIANCE = `query ($tenantId: ID!) {
  myCompliance(tenantId: $tenantId) {
    staffId
    outstandingAcknowledgements { documentId title version contentHash }
    training { staffId courseId courseTitle status lastCompletedOn expiresOn }
    signatures { documentId version contentHash acknowledgedOn current }
  }
}`;

interface OwnRow {
  staffId: string;
  outstandingAcknowledgements: Array<{ documentId: string }>;
  training: unknown[];
  signatures: unknown[];
}
type Answer = { data: { myCompliance: OwnRow | null }; errors?: Array<{ extensions?: Record<string, unknown> }> };

/**
 * Any member of staff reads their own row (what they must still acknowledge, their training,
 * their signatures), never anyone else's, and acknowledges a document from it.
 */
describe('A member of staff reading their own compliance', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  const tokenOf = (subject: string, role: Role) => mintLocalToken(key, { subject, role, tenants: [T], ttl: '1h' });

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

  async function mine(token: string): Promise<Answer> {
    const { body } = await sut.graphql(MY_COMPLIANCE, { tenantId: T }, { authorization: `Bearer ${token}` });
    return body as Answer;
  }

  beforeAll(async () => {
    sut = await startTestApp();
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    const head = await tokenOf('head-1', 'head');
    await must(head, 'registerSetting', {
      name: 'Brook Lane Primary',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: '2024-09-01T08:00:00.000Z',
    });
    const joined = { occurredAt: '2024-09-01T08:30:00.000Z' };
    await must(head, 'joinStaff', { staffId: 'head-1', name: 'The Head', roles: ['head'], jobTitle: 'Headteacher', ...joined });
    await must(head, 'joinStaff', { staffId: 'teacher-1', name: 'Ada Teacher', roles: ['staff'], jobTitle: 'Teacher', ...joined });
    await must(head, 'joinStaff', { staffId: 'teacher-2', name: 'Ben Teacher', roles: ['staff'], jobTitle: 'Teacher', ...joined });
    const documents = [
      {
        documentId: 'kcsie-part-1',
        title: 'Keeping Children Safe in Education Part 1',
        documentKind: 'kcsie',
        version: '2025',
        contentHash: KCSIE_HASH,
      },
      { documentId: 'staff-aup', title: 'Staff acceptable use policy', documentKind: 'aup_staff', version: '2024', contentHash: AUP_HASH },
    ];
    for (const { version, contentHash, ...draft } of documents) {
      await must(head, 'draftDocument', { ...draft, statutory: true, acknowledgedBy: ['staff'], occurredAt: '2024-09-02T09:00:00.000Z' });
      await must(head, 'publishVersion', { documentId: draft.documentId, version, contentHash, occurredAt: '2024-09-02T10:00:00.000Z' });
    }
    const course = { courseId: 'safeguarding-update' };
    await must(head, 'defineCourse', { ...course, title: 'Safeguarding update', occurredAt: '2024-09-01T11:00:00.000Z' });
    await must(head, 'setCadenceRule', { ...course, intervalMonths: 12, note: 'LA guidance', occurredAt: '2024-09-01T12:00:00.000Z' });
    await must(head, 'setTrainingRequirement', { ...course, roles: ['staff', 'head'], occurredAt: '2024-09-01T13:00:00.000Z' });
    await must(head, 'recordCompletion', {
      ...course,
      staffId: 'teacher-1',
      completedOn: '2024-09-10',
      provider: 'Local authority safeguarding team',
      certificateHash: sha('certificate-teacher-1'),
      occurredAt: '2024-09-11T15:00:00.000Z',
    });
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('should show only their own row: both documents outstanding, their training, no signatures', async () => {
    const body = await mine(await tokenOf('teacher-1', 'staff'));
    expect(body.errors).toBeUndefined();
    const own = body.data.myCompliance!;
    expect(own.staffId).toBe('teacher-1');
    expect(own.outstandingAcknowledgements).toEqual([
      { documentId: 'kcsie-part-1', title: 'Keeping Children Safe in Education Part 1', version: '2025', contentHash: KCSIE_HASH },
      { documentId: 'staff-aup', title: 'Staff acceptable use policy', version: '2024', contentHash: AUP_HASH },
    ]);
    expect(own.training).toEqual([
      expect.objectContaining({
        staffId: 'teacher-1',
        courseId: 'safeguarding-update',
        lastCompletedOn: '2024-09-10',
        expiresOn: '2025-09-10',
      }),
    ]);
    expect(own.signatures).toEqual([]);
    const other = (await mine(await tokenOf('teacher-2', 'staff'))).data.myCompliance!;
    expect(other.staffId).toBe('teacher-2');
    expect(other.training).toEqual([expect.objectContaining({ staffId: 'teacher-2', status: 'never_done', lastCompletedOn: null })]);
  });

  it('should take the acknowledged version off their list and into their signatures, and leave a colleague’s list as it was', async () => {
    const teacher = await tokenOf('teacher-1', 'staff');
    await must(teacher, 'acknowledgeDocument', {
      documentId: 'kcsie-part-1',
      version: '2025',
      contentHash: KCSIE_HASH,
      occurredAt: '2024-09-03T08:45:00.000Z',
    });
    const own = (await mine(teacher)).data.myCompliance!;
    expect(own.outstandingAcknowledgements.map((a) => a.documentId)).toEqual(['staff-aup']);
    expect(own.signatures).toEqual([
      { documentId: 'kcsie-part-1', version: '2025', contentHash: KCSIE_HASH, acknowledgedOn: '2024-09-03', current: true },
    ]);
    const other = (await mine(await tokenOf('teacher-2', 'staff'))).data.myCompliance!;
    expect(other.outstandingAcknowledgements).toHaveLength(2);
    expect(other.signatures).toEqual([]);
  });

  it('should refuse roles that are not members of staff', async () => {
    for (const role of ['governor', 'inspector', 'auditor'] as const) {
      const body = await mine(await tokenOf(`${role}-1`, role));
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
    }
  });

  it('should answer null for a staff token whose person is not on the staff list', async () => {
    const body = await mine(await tokenOf('nobody-1', 'staff'));
    expect(body.errors).toBeUndefined();
    expect(body.data.myCompliance).toBeNull();
  });
});
