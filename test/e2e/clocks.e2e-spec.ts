import { loadLocalSigningKey, mintLocalToken, type LocalSigningKey } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const T = 'birch-lane';
const daysAgo = (days: number, time = '10:00') => {
  const date = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${time}:00.000Z`;
};

interface ClocksAnswer {
  statutoryClocks: {
    on: string;
    rules: Array<{ clock: string; ruleVersion: number; workingDays: number; measures: string }>;
    open: Array<{ clock: string; subjectId: string; rule: { ruleVersion: number }; dueBy: string; status: string }>;
    metByYear: Array<{ academicYear: number; clock: string; met: number; missed: number; running: number }>;
  };
}

/** The statutory clocks over HTTP: versioned per-setting rules, the setting's calendar, what is due and late. */
describe('Statutory clocks', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  const tokenOf = (subject: string, role: Role) => mintLocalToken(key, { subject, role, tenants: [T], ttl: '1h' });

  async function run(subject: string, role: Role, mutation: string, input: Record<string, unknown>) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { body } = await sut.graphql<Record<string, { id: string }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
      { input: { tenantId: T, occurredAt: daysAgo(0, '00:00'), ...input } },
      { authorization: `Bearer ${await tokenOf(subject, role)}` },
    );
    if (body.errors) throw new Error(`${mutation} failed: ${JSON.stringify(body.errors)}`);
    return body.data![mutation]!.id;
  }

  async function clocks(subject: string, role: Role) {
    return sut.graphql<ClocksAnswer>(
      `{ statutoryClocks(tenantId: "${T}") { on rules { clock ruleVersion workingDays measures } open { clock subjectId rule { ruleVersion } dueBy status } metByYear { academicYear clock met missed running } } }`,
      {},
      { authorization: `Bearer ${await tokenOf(subject, role)}` },
    );
  }

  beforeAll(async () => {
    sut = await startTestApp({ READ_YOUR_WRITES_MS: '0' });
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    const setUp = daysAgo(60);
    await run('head-1', 'head', 'registerSetting', {
      name: 'Birch Lane',
      settingKind: 'school',
      localAuthority: 'Northshire',
      occurredAt: setUp,
    });
    for (const [staffId, roles] of [
      ['head-1', ['head']],
      ['dsl-1', ['dsl']],
      ['teacher-1', ['staff']],
    ] as const)
      await run('head-1', 'head', 'joinStaff', { staffId, name: `Name ${staffId}`, roles, jobTitle: 'x', occurredAt: setUp });
    // Triage within 2 working days from 20 days ago (version 1 of this setting's rule).
    await run('dsl-1', 'dsl', 'setClockRule', {
      clock: 'concern_triage',
      workingDays: 2,
      note: 'Northshire LSCP',
      occurredAt: daysAgo(20),
    });
    const concern = (incidentId: string, occurredAt: string, extra: object = {}) =>
      run('teacher-1', 'staff', 'reportIncident', {
        incidentId,
        category: 'cyberbullying',
        involvedPupilIds: ['p-1'],
        narrative: 'x',
        occurredAt,
        ...extra,
      });
    await concern('late-one', daysAgo(10));
    await concern('on-time', daysAgo(10));
    await run('dsl-1', 'dsl', 'triageIncident', {
      incidentId: 'on-time',
      decision: 'monitor',
      rationale: 'x',
      occurredAt: daysAgo(10, '15:00'),
    });
    await concern('old-rule', daysAgo(30));
    await concern('about-staff', daysAgo(10), { aboutStaffId: 'head-1' });
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('should show what is late, named by the rule version it was judged by', async () => {
    const { body } = await clocks('dsl-1', 'dsl');
    expect(body.errors).toBeUndefined();
    const open = body.data!.statutoryClocks.open;
    expect(open.find((c) => c.subjectId === 'late-one' && c.clock === 'concern_triage')).toMatchObject({
      status: 'late',
      rule: { ruleVersion: 1 },
    });
    expect(open.find((c) => c.subjectId === 'old-rule')).toMatchObject({ status: 'late', rule: { ruleVersion: 0 } });
    expect(open.find((c) => c.subjectId === 'about-staff' && c.clock === 'lado_discussion')).toMatchObject({ status: 'late' });
    expect(open.some((c) => c.subjectId === 'on-time')).toBe(false);
    expect(body.data!.statutoryClocks.rules.find((r) => r.clock === 'concern_triage')).toMatchObject({ ruleVersion: 1, workingDays: 2 });
  });

  it('should count the clocks met per academic year', async () => {
    const { body } = await clocks('head-1', 'head');
    const triage = body.data!.statutoryClocks.metByYear.filter((row) => row.clock === 'concern_triage');
    expect(triage.reduce((sum, row) => sum + row.met, 0)).toBe(1);
    expect(triage.reduce((sum, row) => sum + row.missed, 0)).toBe(3);
  });

  it('should refuse a teacher', async () => {
    const { body } = await clocks('teacher-1', 'staff');
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should refuse a term that ends before it starts, recording nothing', async () => {
    await expect(run('dsl-1', 'dsl', 'recordTerm', { name: 'Spring 1', start: '2027-02-10', end: '2027-01-05' })).rejects.toThrow(
      'CLOCK.TERM_ENDS_BEFORE_START',
    );
  });
});
