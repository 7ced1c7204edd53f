import { createHash } from 'node:crypto';
import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const A = 'elm-grove';
const B = 'ash-vale';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The DSL's statutory work over HTTP: a child-protection file sent between two settings on one
 * ledger and received (in both ledgers), an AP placement whose half-termly review was missed,
 * and a DBS check completed after the start date shown as a gap on the single central record.
 */
describe('Statutory work over GraphQL', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  const tokenOf = (subject: string, role: Role, tenant: string) => mintLocalToken(key, { subject, role, tenants: [tenant], ttl: '1h' });

  async function send(token: string, tenantId: string, mutation: string, input: Record<string, unknown>) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await sut.graphql(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
      { input: { tenantId, ...input } },
      { authorization: `Bearer ${token}` },
    );
    return body.errors ?? [];
  }
  async function must(token: string, tenantId: string, mutation: string, input: Record<string, unknown>) {
    const errors = await send(token, tenantId, mutation, input);
    if (errors.length > 0) throw new Error(`${mutation} failed: ${JSON.stringify(errors)}`);
  }
  async function query<T>(token: string, text: string, tenantId: string): Promise<T> {
    const { body } = await sut.graphql<T>(text, { tenantId }, { authorization: `Bearer ${token}` });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  beforeAll(async () => {
    sut = await startTestApp();
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    for (const [tenant, name] of [
      [A, 'Elm Grove School'],
      [B, 'Ash Vale Academy'],
    ] as const) {
      const head = await tokenOf('head-1', 'head', tenant);
      await must(head, tenant, 'registerSetting', {
        name,
        settingKind: 'school',
        localAuthority: 'Northshire',
        occurredAt: '2024-09-01T08:00:00.000Z',
      });
      const joined = { occurredAt: '2024-09-01T08:30:00.000Z' };
      await must(head, tenant, 'joinStaff', { staffId: 'head-1', name: 'The Head', roles: ['head'], jobTitle: 'Headteacher', ...joined });
      await must(head, tenant, 'joinStaff', { staffId: 'dsl-1', name: 'The DSL', roles: ['dsl'], jobTitle: 'DSL', ...joined });
    }
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('should complete a transfer between two settings with a receipt in both ledgers', async () => {
    const dslA = await tokenOf('dsl-1', 'dsl', A);
    const dslB = await tokenOf('dsl-1', 'dsl', B);
    await must(dslA, A, 'sendChildProtectionFile', {
      transferId: 'tr-9',
      pupilId: 'pupil-9',
      leftOn: '2025-02-07',
      toSettingId: B,
      occurredAt: '2025-02-10T09:00:00.000Z',
    });
    const TRANSFERS =
      'query ($tenantId: ID!) { cpTransfers(tenantId: $tenantId) { transferId direction received receivedOn daysSinceSent } }';
    type Transfers = { cpTransfers: Array<{ transferId: string; direction: string; received: boolean; daysSinceSent: number | null }> };
    expect((await query<Transfers>(dslA, TRANSFERS, A)).cpTransfers).toEqual([
      expect.objectContaining({ transferId: 'tr-9', direction: 'sent', received: false }),
    ]);
    // Another setting's DSL cannot confirm it, and nothing is recorded.
    expect((await send(dslA, A, 'confirmChildProtectionFileReceipt', { transferId: 'tr-9', fromSettingId: B }))[0]?.extensions?.code).toBe(
      'CPTRANSFER.NOT_FOR_THIS_SETTING',
    );
    await must(dslB, B, 'confirmChildProtectionFileReceipt', {
      transferId: 'tr-9',
      fromSettingId: A,
      occurredAt: '2025-02-12T09:00:00.000Z',
    });
    expect((await query<Transfers>(dslA, TRANSFERS, A)).cpTransfers).toEqual([
      expect.objectContaining({ transferId: 'tr-9', direction: 'sent', received: true, receivedOn: '2025-02-12', daysSinceSent: 2 }),
    ]);
    expect((await query<Transfers>(dslB, TRANSFERS, B)).cpTransfers).toEqual([
      expect.objectContaining({ transferId: 'tr-9', direction: 'received', received: true }),
    ]);
  });

  it('should show a placement whose half-termly review was missed as overdue', async () => {
    const dsl = await tokenOf('dsl-1', 'dsl', A);
    await must(dsl, A, 'recordApPlacement', {
      placementId: 'pl-9',
      pupilId: 'pupil-3',
      providerName: 'Brookside Learning Centre',
      registration: 'unregistered',
      startOn: '2025-01-06',
      days: ['mon', 'fri'],
      hoursPerWeek: 8,
      providerChecks: ['Safeguarding policy seen', 'DSL named'],
      occurredAt: '2025-01-03T09:00:00.000Z',
    });
    expect(
      (
        await send(dsl, A, 'recordApPlacement', {
          placementId: 'pl-8',
          pupilId: 'p',
          providerName: 'X',
          registration: 'registered',
          startOn: '2025-01-06',
          days: ['mon'],
          hoursPerWeek: 8,
          providerChecks: ['x'],
        })
      )[0]?.extensions?.code,
    ).toBe('APPLACEMENT.URN_REQUIRED');
    const { apPlacements } = await query<{ apPlacements: Array<{ placementId: string; reviewState: string; nextReviewDue: string }> }>(
      dsl,
      'query ($tenantId: ID!) { apPlacements(tenantId: $tenantId) { placementId reviewState nextReviewDue } }',
      A,
    );
    expect(apPlacements).toEqual([{ placementId: 'pl-9', reviewState: 'overdue', nextReviewDue: '2025-02-17' }]);
  });

  it('should show a DBS check dated after the start date as a gap on the single central record', async () => {
    const head = await tokenOf('head-1', 'head', A);
    await must(head, A, 'addCentralRecordEntry', {
      personId: 'teacher-7',
      category: 'staff',
      startOn: '2024-09-02',
      regulatedActivity: true,
      teaching: false,
      management: false,
      livedOverseas: false,
      qualificationsRequired: false,
      occurredAt: '2024-09-01T10:00:00.000Z',
    });
    for (const check of ['identity', 'right_to_work'])
      await must(head, A, 'recordPreAppointmentCheck', { personId: 'teacher-7', check, checkedOn: '2024-08-20', evidenceHash: sha(check) });
    await must(head, A, 'recordPreAppointmentCheck', {
      personId: 'teacher-7',
      check: 'enhanced_dbs_barred',
      checkedOn: '2024-09-16',
      evidenceHash: sha('dbs'),
      dbsCertificateNumber: '001234567890',
      dbsIssuedOn: '2024-09-12',
    });
    const { centralRecord } = await query<{
      centralRecord: Array<{ personId: string; gaps: number; checks: Array<{ check: string; state: string }> }>;
    }>(head, 'query ($tenantId: ID!) { centralRecord(tenantId: $tenantId) { personId gaps checks { check state } } }', A);
    expect(centralRecord).toEqual([
      {
        personId: 'teacher-7',
        gaps: 1,
        checks: [
          { check: 'identity', state: 'done' },
          { check: 'right_to_work', state: 'done' },
          { check: 'enhanced_dbs_barred', state: 'after_start' },
        ],
      },
    ]);
    // A member of staff may not read it.
    const staff = await tokenOf('teacher-7', 'staff', A);
    const { body } = await sut.graphql(
      'query ($tenantId: ID!) { centralRecord(tenantId: $tenantId) { personId } }',
      { tenantId: A },
      { authorization: `Bearer ${staff}` },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
