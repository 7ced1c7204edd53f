import { createHash } from 'node:crypto';
import { loadLocalSigningKey, mintLocalToken } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

/**
 * One academic year at an AP centre, entirely over HTTP, from the seed policies' vocabulary:
 * the e-safety policy approved, falling due and reviewed late; staff trained (one not);
 * incidents reported, escalated and closed; then the governors' report for that year,
 * and an inspector following one incident's trail.
 */
const T = 'riverside-ap';
const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const PEOPLE = {
  head: { sub: 'head-1', role: 'head' },
  dsl: { sub: 'dsl-1', role: 'dsl' },
  teacher: { sub: 'teacher-1', role: 'staff' },
  mentor: { sub: 'mentor-1', role: 'staff' },
  chair: { sub: 'gov-chair', role: 'chair_of_governors' },
  governor: { sub: 'gov-sg', role: 'safeguarding_governor' },
  inspector: { sub: 'ofsted-hmi-7', role: 'inspector' },
} as const satisfies Record<string, { sub: string; role: Role }>;
type Who = keyof typeof PEOPLE;
type Body = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

describe('A year at Riverside AP over the API', () => {
  let sut: TestApp;
  const tokens = new Map<Who, string>();

  const ask = async (who: Who, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> => {
    const { body } = (await sut.graphql(query, variables, { authorization: `Bearer ${tokens.get(who)}` })) as { body: Body };
    if (body.errors) throw new Error(`${who}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const run = async (who: Who, mutation: string, input: Record<string, unknown>): Promise<{ id: string; viewsUpToDate: boolean }> => {
    const type = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const data = await ask(who, `mutation($input: ${type}!) { ${mutation}(input: $input) { id viewsUpToDate } }`, {
      input: { tenantId: T, ...input },
    });
    return data[mutation];
  };

  beforeAll(async () => {
    sut = await startTestApp();
    const key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    for (const [who, p] of Object.entries(PEOPLE) as Array<[Who, (typeof PEOPLE)[Who]]>)
      tokens.set(who, await mintLocalToken(key, { subject: p.sub, role: p.role, tenants: [T], ttl: '1h' }));
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should record the setting and its staff', async () => {
    await run('head', 'registerSetting', {
      name: 'Riverside Alternative Provision Centre',
      settingKind: 'alternative_provision',
      localAuthority: 'Northshire',
      occurredAt: at('2024-09-01', '08:00'),
    });
    for (const [staffId, role, jobTitle] of [
      ['head-1', 'head', 'Head of Centre'],
      ['dsl-1', 'dsl', 'Designated Safeguarding Lead'],
      ['teacher-1', 'staff', 'Teacher'],
      ['mentor-1', 'staff', 'Learning mentor'],
    ] as const)
      await run('head', 'joinStaff', {
        staffId,
        name: `Name of ${staffId}`,
        roles: [role],
        jobTitle,
        occurredAt: at('2024-09-01', '08:30'),
      });
    await run('dsl', 'registerPupilReference', {
      pupilId: 'learner-4',
      reference: 'RAP-2024-004',
      dateOfBirth: '2011-02-14',
      yearGroup: 'Year 9',
      occurredAt: at('2024-09-02'),
    });
  });

  it('should approve the e-safety policy, see it fall due, and record its late review', async () => {
    const documentId = 'e-safety-policy';
    const contentHash = sha('Internet & E-Safety Policy 2024');
    await run('head', 'draftDocument', {
      documentId,
      title: 'Internet & E-Safety Policy',
      documentKind: 'e_safety',
      statutory: false,
      acknowledgedBy: ['staff'],
      occurredAt: at('2024-09-02'),
    });
    await run('dsl', 'publishVersion', { documentId, version: '2024.1', contentHash, occurredAt: at('2024-09-02', '10:00') });
    await run('governor', 'approveVersion', {
      documentId,
      version: '2024.1',
      committee: 'Management committee',
      occurredAt: at('2024-09-20', '18:00'),
    });
    await run('chair', 'ratifyVersion', { documentId, version: '2024.1', occurredAt: at('2024-09-21') });
    await run('head', 'scheduleReview', { documentId, dueOn: '2025-03-31', cadenceMonths: 12, occurredAt: at('2024-09-21', '10:00') });

    const overdue = async (asOf: string) =>
      (await ask('head', `{ overdueReviews(tenantId: "${T}", asOf: "${asOf}") { at edges { node { documentId state daysOverdue } } } }`))
        .overdueReviews;
    expect((await overdue('2025-03-10')).edges).toEqual([{ node: { documentId, state: 'due_soon', daysOverdue: -21 } }]);
    expect((await overdue('2025-04-15')).edges).toEqual([{ node: { documentId, state: 'overdue', daysOverdue: 15 } }]);

    await run('governor', 'reviewDocument', {
      documentId,
      outcome: 'amended',
      nextDueOn: '2026-05-12',
      occurredAt: at('2025-05-12', '16:00'),
    });
    expect((await overdue('2025-06-01')).edges).toEqual([]);
    const live = await ask(
      'head',
      `{ overdueReviews(tenantId: "${T}", asOf: "2025-06-01", dueSoonDays: 365) { edges { node { pastReviews { reviewedOn wasDueOn daysLate } } } } }`,
    );
    expect(live.overdueReviews.edges[0].node.pastReviews).toEqual([{ reviewedOn: '2025-05-12', wasDueOn: '2025-03-31', daysLate: 42 }]);
  });

  it('should show training status: three of four trained, the mentor never', async () => {
    const courseId = 'safeguarding-annual';
    await run('head', 'defineCourse', {
      courseId,
      title: 'Safeguarding and child protection update',
      occurredAt: at('2024-09-01', '11:00'),
    });
    await run('head', 'setCadenceRule', {
      courseId,
      intervalMonths: 12,
      note: 'Northshire LA guidance',
      occurredAt: at('2024-09-01', '11:05'),
    });
    await run('head', 'setTrainingRequirement', { courseId, roles: ['head', 'dsl', 'staff'], occurredAt: at('2024-09-01', '11:10') });
    for (const staffId of ['head-1', 'dsl-1', 'teacher-1'])
      await run('dsl', 'recordCompletion', {
        staffId,
        courseId,
        completedOn: '2024-09-05',
        provider: 'Northshire LA',
        occurredAt: at('2024-09-06'),
      });
    const { trainingStatus } = await ask(
      'dsl',
      `{ trainingStatus(tenantId: "${T}", asOf: "2025-06-01") { totals { required compliant neverDone percentCompliant } edges { node { staffId status expiresOn staff { name } } } } }`,
    );
    expect(trainingStatus.totals).toEqual({ required: 4, compliant: 3, neverDone: 1, percentCompliant: 75 });
    expect(trainingStatus.edges.find((e: any) => e.node.staffId === 'mentor-1').node).toEqual({
      staffId: 'mentor-1',
      status: 'never_done',
      expiresOn: null,
      staff: { name: 'Name of mentor-1' },
    });
  });

  let incidentId = '';

  it('should take an incident from report through escalation to closure', async () => {
    const reported = await run('teacher', 'reportIncident', {
      category: 'cyberbullying',
      involvedPupilIds: ['learner-4'],
      narrative: 'Learner showed me messages from another learner in a group chat',
      childsWords: 'They post it every night',
      occurredAt: at('2024-10-03', '10:00'),
    });
    incidentId = reported.id;
    await run('dsl', 'triageIncident', {
      incidentId,
      decision: 'refer',
      rationale: 'Persistent; meets the LA threshold',
      occurredAt: at('2024-10-03', '11:00'),
    });
    const escalation = await run('dsl', 'escalateIncident', {
      incidentId,
      agency: 'la_safeguarding',
      reference: 'NS-MASH-2024-311',
      occurredAt: at('2024-10-03', '12:00'),
    });
    await run('dsl', 'recordEscalationOutcome', {
      incidentId,
      escalationId: escalation.id,
      outcome: 'Early help plan agreed with the family',
      occurredAt: at('2024-10-10'),
    });
    const closed = await run('dsl', 'closeIncident', {
      incidentId,
      outcome: 'Plan in place; messages stopped',
      occurredAt: at('2024-10-20'),
    });
    expect(closed.viewsUpToDate).toBe(true);
    for (const [category, day] of [
      ['cyberbullying', '2025-01-14'],
      ['grooming', '2025-03-02'],
    ] as const)
      await run('teacher', 'reportIncident', {
        category,
        involvedPupilIds: ['learner-4'],
        narrative: 'Concern raised in lesson',
        occurredAt: at(day),
      });
  });

  it("should give the governors the year's report, anonymised", async () => {
    const { governorReport } = await ask(
      'governor',
      `{ governorReport(tenantId: "${T}", academicYear: 2024) {
          academicYear from to
          policies { reviewed reviewedLate approved reviews { title dueOn reviewedOn daysLate } }
          training { percentCompliantAtYearEnd neverDone }
          incidents { total byCategory { key count } decidedNotToRefer }
          escalationsByAgency { key count }
          openActionsAtYearEnd
        } }`,
    );
    expect(governorReport).toMatchObject({
      academicYear: '2024/25',
      from: '2024-09-01',
      to: '2025-08-31',
      // Policy reviews are about documents, not people, and the list names each one: counted exactly.
      policies: {
        reviewedLate: '1',
        reviews: [{ title: 'Internet & E-Safety Policy', dueOn: '2025-03-31', reviewedOn: '2025-05-12', daysLate: 42 }],
      },
      training: { percentCompliantAtYearEnd: 75, neverDone: 'fewer than 3' },
      incidents: {
        total: '3',
        byCategory: expect.arrayContaining([
          { key: 'cyberbullying', count: 'fewer than 3' },
          { key: 'grooming', count: 'fewer than 3' },
        ]),
      },
      escalationsByAgency: [{ key: 'la_safeguarding', count: 'fewer than 3' }],
    });
    const text = JSON.stringify(governorReport);
    for (const personal of ['learner-4', 'RAP-2024-004', 'teacher-1', 'Name of', 'group chat']) expect(text).not.toContain(personal);
    const refused = await sut.graphql(
      `{ evidenceTrail(tenantId: "${T}", subjectKind: incident, subjectId: "${incidentId}") { totalCount } }`,
      undefined,
      {
        authorization: `Bearer ${tokens.get('governor')}`,
      },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("should let an inspector with a grant follow the incident's chained trail, and record that read", async () => {
    await run('head', 'grantInspectionAccess', {
      inspectorId: 'ofsted-hmi-7',
      inspectorate: 'ofsted',
      validFrom: new Date(Date.now() - 3_600_000).toISOString(),
      validUntil: new Date(Date.now() + 8 * 3_600_000).toISOString(),
      purpose: 'Graded inspection, day 1',
    });
    const { evidenceTrail } = await ask(
      'inspector',
      `{ evidenceTrail(tenantId: "${T}", subjectKind: incident, subjectId: "${incidentId}") { totalCount edges { node { type actor { id role } hash prevHash } } } }`,
    );
    const nodes = evidenceTrail.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.type)).toEqual([
      'IncidentReported',
      'IncidentTriaged',
      'IncidentEscalated',
      'EscalationOutcomeRecorded',
      'IncidentClosed',
    ]);
    expect(nodes[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < nodes.length; i += 1) expect(nodes[i].prevHash).toBe(nodes[i - 1].hash);
    expect(nodes[0].actor).toEqual({ id: 'teacher-1', role: 'staff' });
    const { readLog } = await ask(
      'dsl',
      `{ readLog(tenantId: "${T}", subjectId: "${incidentId}") { edges { node { readerId readerRole } } } }`,
    );
    expect(readLog.edges).toEqual([{ node: { readerId: 'ofsted-hmi-7', readerRole: 'inspector' } }]);
  });
});
