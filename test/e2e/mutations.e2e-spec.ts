import { createHash } from 'node:crypto';
import { loadLocalSigningKey, mintLocalToken, OPERATIONS, type LocalSigningKey } from '@ledger/access';
import type { Role } from '@ledger/kernel';
import { startTestApp, type TestApp } from '@ledger/testing';

const TRUST = 'northfield-trust';
const T = 'hollins-park';
const OTHER = 'riverside-ap';
const pupilId = 'pupil-1';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const at = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Result {
  id: string;
  stream: string;
  replayed: boolean;
  viewsUpToDate: boolean;
  events: Array<{ type: string; revision: number }>;
}
interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The people who act in the scenario: their sign-in subject is their staff or governor id. */
const PEOPLE = {
  trustAdmin: { sub: 'trust-admin-1', role: 'trust_admin', tenants: [TRUST, T] },
  head: { sub: 'head-1', role: 'head' },
  dsl: { sub: 'dsl-1', role: 'dsl' },
  deputy: { sub: 'deputy-1', role: 'deputy_dsl' },
  slt: { sub: 'slt-1', role: 'slt' },
  esafety: { sub: 'esc-1', role: 'esafety_coordinator' },
  teacher: { sub: 'teacher-1', role: 'staff' },
  chair: { sub: 'gov-chair', role: 'chair_of_governors' },
  safeguardingGovernor: { sub: 'gov-sg', role: 'safeguarding_governor' },
  filteringGovernor: { sub: 'gov-fm', role: 'filtering_governor' },
} as const satisfies Record<string, { sub: string; role: Role; tenants?: readonly string[] }>;
type Who = keyof typeof PEOPLE;

const lowerCamel = (kind: string) => kind[0]!.toLowerCase() + kind.slice(1);
const inputType = (mutation: string) => `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;

describe('Mutations over HTTP', () => {
  let sut: TestApp;
  let key: LocalSigningKey;
  const tokens = new Map<Who, string>();

  beforeAll(async () => {
    sut = await startTestApp();
    key = (await loadLocalSigningKey(sut.dataDir, { create: true }))!;
    for (const [who, person] of Object.entries(PEOPLE) as Array<[Who, (typeof PEOPLE)[Who]]>) {
      const tenants = 'tenants' in person ? person.tenants : [T];
      tokens.set(who, await mintLocalToken(key, { subject: person.sub, role: person.role, tenants, ttl: '1h' }));
    }
  });

  afterAll(async () => {
    await sut?.close();
  });

  /** Sends one mutation as someone; returns the result, or the errors. */
  async function send(who: Who, mutation: string, input: Record<string, unknown>) {
    const { status, body } = await sut.graphql<Record<string, Result>>(
      `mutation ($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { id stream replayed viewsUpToDate events { type revision } } }`,
      { input: { tenantId: T, ...input } },
      { authorization: `Bearer ${tokens.get(who)}` },
    );
    return { status, result: body.data?.[mutation], errors: (body.errors ?? []) as GraphQLErrorBody[] };
  }

  /** Sends a mutation that must succeed, and returns the event types it recorded. */
  async function record(who: Who, mutation: string, input: Record<string, unknown>): Promise<Result> {
    const { result, errors } = await send(who, mutation, input);
    if (!result) throw new Error(`${mutation} as ${who} failed: ${JSON.stringify(errors)}`);
    expect(result.viewsUpToDate).toBe(true);
    return result;
  }

  const types = (result: Result) => result.events.map((e) => e.type);

  describe('when a school year is recorded through every mutation', () => {
    const hash2024 = sha('e-safety-policy/2024.1');
    let generatedStaffId = '';
    let deviceId = '';
    let completionId = '';

    it('should form the trust, register the setting and join the trust', async () => {
      const trust = await record('trustAdmin', 'formTrust', {
        tenantId: TRUST,
        name: 'Northfield Learning Trust',
        occurredAt: at('2024-08-15'),
      });
      expect(types(trust)).toEqual(['TrustFormed']);
      expect(trust).toMatchObject({ id: TRUST, stream: `setting-${TRUST}.${TRUST}` });

      const setting = await record('head', 'registerSetting', {
        name: 'Hollins Park Academy',
        settingKind: 'school',
        localAuthority: 'Northshire',
        occurredAt: at('2024-09-01', '08:00'),
      });
      expect(types(setting)).toEqual(['SettingRegistered']);
      expect(setting.id).toBe(T);

      expect(types(await record('head', 'joinTrust', { trustId: TRUST, occurredAt: at('2024-09-01', '08:05') }))).toEqual([
        'SettingJoinedTrust',
      ]);
    });

    it('should take on the staff, change a role and record a leaver', async () => {
      const staff: Array<[string, Role, string]> = [
        ['head-1', 'head', 'Headteacher'],
        ['dsl-1', 'dsl', 'Designated Safeguarding Lead'],
        ['deputy-1', 'deputy_dsl', 'Deputy DSL'],
        ['slt-1', 'slt', 'Assistant Head'],
        ['esc-1', 'esafety_coordinator', 'E-safety Coordinator'],
        ['teacher-1', 'staff', 'Teacher'],
        ['teacher-2', 'staff', 'Teacher'],
      ];
      for (const [staffId, role, jobTitle] of staff) {
        const joined = await record('head', 'joinStaff', {
          staffId,
          name: `Name of ${staffId}`,
          roles: [role],
          jobTitle,
          occurredAt: at('2024-09-01', '08:30'),
        });
        expect(types(joined)).toEqual(['StaffMemberJoined']);
        expect(joined).toMatchObject({ id: staffId, stream: `staff-${T}.${staffId}` });
      }
      const ta = await record('slt', 'joinStaff', {
        name: 'A Teaching Assistant',
        roles: ['staff'],
        jobTitle: 'Teaching assistant',
        occurredAt: at('2024-09-02'),
      });
      expect(ta.id).toMatch(UUID);
      expect(ta.stream).toBe(`staff-${T}.${ta.id}`);
      generatedStaffId = ta.id;

      const changed = await record('slt', 'changeStaffRoles', {
        staffId: 'teacher-2',
        roles: ['staff', 'esafety_coordinator'],
        jobTitle: 'Teacher and online safety champion',
        occurredAt: at('2025-01-08'),
      });
      expect(types(changed)).toEqual(['StaffRolesChanged']);
      const left = await record('head', 'recordStaffLeaving', {
        staffId: generatedStaffId,
        reason: 'Moved to another school',
        occurredAt: at('2025-07-21', '15:00'),
      });
      expect(types(left)).toEqual(['StaffMemberLeft']);
      expect(left.events[0]?.revision).toBe(1);
    });

    it('should appoint safeguarding roles and end one', async () => {
      const appoint = (appointment: string, personId: string, time: string) =>
        record('head', 'appointSafeguardingRole', { appointment, personId, occurredAt: at('2024-09-01', time) });
      expect(types(await appoint('dsl', 'dsl-1', '10:00'))).toEqual(['SafeguardingRoleAppointed']);
      expect(types(await appoint('deputy_dsl', 'deputy-1', '10:01'))).toEqual(['SafeguardingRoleAppointed']);
      expect(types(await appoint('filtering_governor', 'gov-fm', '10:02'))).toEqual(['SafeguardingRoleAppointed']);
      expect(types(await appoint('filtering_slt_lead', 'head-1', '10:03'))).toEqual(['SafeguardingRoleAppointed']);
      const ended = await record('trustAdmin', 'endSafeguardingRole', {
        appointment: 'filtering_slt_lead',
        personId: 'head-1',
        occurredAt: at('2024-09-04', '11:00'),
      });
      expect(types(ended)).toEqual(['SafeguardingRoleEnded']);
      expect(ended.id).toBe(T);
    });

    it('should register pseudonymous pupil references', async () => {
      const pupil = await record('dsl', 'registerPupilReference', {
        pupilId,
        reference: 'HOL-1001',
        dateOfBirth: '2011-03-14',
        yearGroup: 'Year 9',
        occurredAt: at('2024-09-05'),
      });
      expect(types(pupil)).toEqual(['PupilReferenceRegistered']);
      expect(pupil).toMatchObject({ id: pupilId, stream: `pupil-${T}.${pupilId}` });
      const generated = await record('esafety', 'registerPupilReference', {
        reference: 'HOL-1002',
        dateOfBirth: '2012-11-02',
        yearGroup: 'Year 8',
        occurredAt: at('2024-09-05', '09:01'),
      });
      expect(generated.id).toMatch(UUID);
    });

    it('should take a policy from draft through approval, ratification, acknowledgement and a late review', async () => {
      const documentId = 'e-safety-policy';
      const drafted = await record('head', 'draftDocument', {
        documentId,
        title: 'Internet & E-Safety Policy',
        documentKind: 'e_safety',
        statutory: false,
        acknowledgedBy: ['staff'],
        occurredAt: at('2024-09-02'),
      });
      expect(types(drafted)).toEqual(['DocumentDrafted']);
      expect(drafted).toMatchObject({ id: documentId, stream: `document-${T}.${documentId}` });
      const steps: Array<[Who, string, Record<string, unknown>, string]> = [
        [
          'dsl',
          'publishVersion',
          { version: '2024.1', contentHash: hash2024.toUpperCase(), occurredAt: at('2024-09-02', '10:00') },
          'DocumentVersionPublished',
        ],
        [
          'safeguardingGovernor',
          'approveVersion',
          { version: '2024.1', committee: 'Full governing body', occurredAt: at('2024-09-20', '18:00') },
          'DocumentVersionApproved',
        ],
        ['chair', 'ratifyVersion', { version: '2024.1', occurredAt: at('2024-09-21') }, 'DocumentVersionRatified'],
        [
          'head',
          'scheduleReview',
          { dueOn: '2025-09-28', cadenceMonths: 12, occurredAt: at('2024-09-21', '10:00') },
          'DocumentReviewScheduled',
        ],
        [
          'teacher',
          'acknowledgeDocument',
          { version: '2024.1', contentHash: hash2024, occurredAt: at('2024-09-12', '12:00') },
          'DocumentAcknowledged',
        ],
        [
          'dsl',
          'signAgreement',
          { version: '2024.1', contentHash: hash2024, signatory: 'pupil', pupilId, occurredAt: at('2024-09-15', '10:00') },
          'AgreementSigned',
        ],
        [
          'safeguardingGovernor',
          'reviewDocument',
          { outcome: 'amended', nextDueOn: '2026-09-28', occurredAt: at('2025-10-20', '16:00') },
          'DocumentReviewed',
        ],
      ];
      for (const [who, mutation, input, type] of steps) {
        const result = await record(who, mutation, { documentId, ...input });
        expect({ mutation, types: types(result), id: result.id }).toEqual({ mutation, types: [type], id: documentId });
      }
    });

    it('should record a consent given and withdrawn, then retire the form', async () => {
      const documentId = 'photo-consent';
      await record('dsl', 'draftDocument', {
        documentId,
        title: 'Photographs consent form',
        documentKind: 'consent_form',
        statutory: false,
        acknowledgedBy: [],
        occurredAt: at('2024-09-03'),
      });
      await record('dsl', 'publishVersion', {
        documentId,
        version: '2024.1',
        contentHash: sha('photo-consent/2024.1'),
        text: 'I consent to photographs of my child being used in school publications.',
        occurredAt: at('2024-09-03', '09:05'),
      });
      const given = await record('teacher', 'giveConsent', {
        documentId,
        version: '2024.1',
        consent: 'photographs',
        pupilId,
        givenBy: 'Parent of pupil 1',
        occurredAt: at('2024-09-18', '10:00'),
      });
      expect(types(given)).toEqual(['ConsentGiven']);
      const withdrawn = await record('dsl', 'withdrawConsent', {
        documentId,
        consent: 'photographs',
        pupilId,
        occurredAt: at('2025-02-01'),
      });
      expect(types(withdrawn)).toEqual(['ConsentWithdrawn']);
      const retired = await record('head', 'retireDocument', {
        documentId,
        reason: 'Merged into the admissions pack',
        occurredAt: at('2025-08-31', '17:00'),
      });
      expect(types(retired)).toEqual(['DocumentRetired']);
    });

    it('should record a search with a witness, the custody of two devices and its completion', async () => {
      const searchId = 'search-1';
      const conducted = await record('deputy', 'conductSearch', {
        searchId,
        pupilId,
        searcherId: 'deputy-1',
        witnessId: 'slt-1',
        place: 'Pastoral office',
        grounds: 'Reasonable grounds: reported to have a prohibited item',
        soughtItems: ['mobile phone'],
        found: 'Two mobile phones',
        suspectedIndecentImage: false,
        dslInformed: true,
        occurredAt: at('2024-10-01', '13:00'),
      });
      expect(types(conducted)).toEqual(['SearchConducted']);
      expect(conducted).toMatchObject({ id: searchId, stream: `search-${T}.${searchId}` });

      const confiscated = await record('deputy', 'confiscateDevice', {
        searchId,
        description: 'Mobile phone',
        heldAt: 'Office safe',
        occurredAt: at('2024-10-01', '13:04'),
      });
      expect(types(confiscated)).toEqual(['DeviceConfiscated']);
      expect(confiscated.id).toMatch(UUID);
      deviceId = confiscated.id;
      await record('deputy', 'confiscateDevice', {
        searchId,
        deviceId: 'phone-2',
        description: 'Second mobile phone',
        heldAt: 'Office safe',
        occurredAt: at('2024-10-01', '13:05'),
      });
      const steps: Array<[Who, string, Record<string, unknown>, string, string]> = [
        [
          'deputy',
          'deleteDeviceData',
          {
            deviceId,
            witnessId: 'slt-1',
            goodReason: 'Content would cause harm or distress if kept',
            contentCategory: 'video of a fight',
            occurredAt: at('2024-10-01', '13:08'),
          },
          'DeviceDataDeleted',
          deviceId,
        ],
        [
          'dsl',
          'releaseDeviceToParent',
          { deviceId, releasedTo: 'Parent or carer', occurredAt: at('2024-10-01', '15:30') },
          'DeviceReleasedToParent',
          deviceId,
        ],
        [
          'dsl',
          'handDeviceToPolice',
          { deviceId: 'phone-2', policeReference: 'CAD-2024-4711', occurredAt: at('2024-10-01', '16:00') },
          'DeviceHandedToPolice',
          'phone-2',
        ],
        ['dsl', 'informParentsOfSearch', { occurredAt: at('2024-10-01', '16:10') }, 'ParentsInformedOfSearch', searchId],
        ['dsl', 'completeSearch', { outcome: 'given_to_police', occurredAt: at('2024-10-02') }, 'SearchCompleted', searchId],
      ];
      for (const [who, mutation, input, type, id] of steps) {
        const result = await record(who, mutation, { searchId, ...input });
        expect({ mutation, types: types(result), id: result.id }).toEqual({ mutation, types: [type], id });
      }
    });

    it('should define a course with its cadence and requirement, and record, correct and retract a completion', async () => {
      const courseId = 'safeguarding-annual';
      const steps: Array<[string, Record<string, unknown>, string]> = [
        [
          'defineCourse',
          { courseId, title: 'Safeguarding and child protection update', occurredAt: at('2024-09-01', '11:00') },
          'CourseDefined',
        ],
        [
          'setCadenceRule',
          { courseId, intervalMonths: 12, note: 'Northshire LA guidance 2024', occurredAt: at('2024-09-01', '12:00') },
          'CadenceRuleSet',
        ],
        [
          'setTrainingRequirement',
          { courseId, roles: ['staff', 'dsl', 'deputy_dsl', 'head', 'slt', 'esafety_coordinator'], occurredAt: at('2024-09-01', '13:00') },
          'TrainingRequirementSet',
        ],
      ];
      for (const [mutation, input, type] of steps) {
        const result = await record('head', mutation, input);
        expect({ mutation, types: types(result), id: result.id, stream: result.stream }).toEqual({
          mutation,
          types: [type],
          id: courseId,
          stream: `training-${T}.catalogue`,
        });
      }
      const recorded = await record('esafety', 'recordCompletion', {
        staffId: 'teacher-1',
        courseId,
        completedOn: '2024-09-10',
        provider: 'Local authority safeguarding team',
        certificateHash: sha('certificate-teacher-1'),
        occurredAt: at('2024-09-11', '15:00'),
      });
      expect(types(recorded)).toEqual(['TrainingCompletionRecorded']);
      expect(recorded.id).toMatch(UUID);
      expect(recorded.stream).toBe(`training-${T}.teacher-1`);
      const corrected = await record('head', 'correctCompletion', {
        staffId: 'teacher-1',
        completionId: 'teacher-1-fix',
        correctsCompletionId: recorded.id,
        completedOn: '2024-09-09',
        provider: 'Local authority safeguarding team',
        reason: 'Date on the certificate was the day before',
        occurredAt: at('2024-09-13', '16:00'),
      });
      expect(types(corrected)).toEqual(['TrainingCompletionCorrected']);
      expect(corrected.id).toBe('teacher-1-fix');
      completionId = corrected.id;
      const retracted = await record('dsl', 'retractCompletion', {
        staffId: 'teacher-1',
        completionId,
        reason: 'Certificate belonged to a different course',
        occurredAt: at('2024-09-20', '16:00'),
      });
      expect(types(retracted)).toEqual(['TrainingCompletionRetracted']);
      expect(retracted.id).toBe(completionId);
    });

    it('should take an incident from report to closure and reopening', async () => {
      const reported = await record('teacher', 'reportIncident', {
        category: 'cyberbullying',
        involvedPupilIds: [pupilId],
        narrative: 'Pupil showed me messages calling them names in a class group chat',
        childsWords: 'They keep saying it every night',
        occurredAt: at('2024-10-03', '10:00'),
      });
      expect(types(reported)).toEqual(['IncidentReported']);
      expect(reported.id).toMatch(UUID);
      const incidentId = reported.id;
      const steps: Array<[Who, string, Record<string, unknown>, string]> = [
        ['dsl', 'triageIncident', { decision: 'refer', rationale: 'Meets threshold for referral' }, 'IncidentTriaged'],
        ['dsl', 'escalateIncident', { escalationId: 'esc-1', agency: 'la_safeguarding', reference: 'LA-2024-311' }, 'IncidentEscalated'],
        [
          'dsl',
          'preserveEvidence',
          { evidenceId: 'ev-1', sha256: sha('screenshots'), heldAt: 'Sealed, DSL safe', description: 'Screenshots (hash only)' },
          'EvidencePreserved',
        ],
        ['dsl', 'informParents', { method: 'phone' }, 'ParentsInformed'],
        ['head', 'applySanction', { pupilId: 'pupil-2', sanction: 'Loss of device privileges for two weeks' }, 'SanctionApplied'],
        [
          'dsl',
          'assignIncidentAction',
          { actionId: 'act-1', description: 'Weekly check-in for a month', assigneeId: 'teacher-1', dueOn: '2024-11-03' },
          'IncidentActionAssigned',
        ],
        ['teacher', 'completeIncidentAction', { actionId: 'act-1' }, 'IncidentActionCompleted'],
        [
          'dsl',
          'recordEscalationOutcome',
          { escalationId: 'esc-1', outcome: 'Strategy meeting held; plan in place' },
          'EscalationOutcomeRecorded',
        ],
        ['dsl', 'closeIncident', { outcome: 'Actions complete; learner supported' }, 'IncidentClosed'],
        ['deputy', 'reopenIncident', { reason: 'Further messages reported by a parent' }, 'IncidentReopened'],
      ];
      let minute = 0;
      for (const [who, mutation, input, type] of steps) {
        const result = await record(who, mutation, {
          incidentId,
          ...input,
          occurredAt: at('2024-10-04', `10:${String((minute += 3)).padStart(2, '0')}`),
        });
        expect({ mutation, types: types(result) }).toEqual({ mutation, types: [type] });
      }
    });

    it('should record the filtering roles, a review, a test, a decision and a monitoring alert', async () => {
      const steps: Array<[Who, string, Record<string, unknown>, string]> = [
        [
          'head',
          'assignFilteringRoles',
          { sltLeadId: 'slt-1', governorId: 'gov-fm', occurredAt: at('2024-09-01', '14:00') },
          'FilteringRolesAssigned',
        ],
        [
          'filteringGovernor',
          'holdFilteringReview',
          {
            attendees: ['slt-1', 'gov-fm', 'it-provider'],
            findings: 'YouTube restricted mode not enforced on guest Wi-Fi',
            actions: ['Re-test after the summer update'],
            occurredAt: at('2025-06-11', '15:00'),
          },
          'FilteringReviewHeld',
        ],
        [
          'esafety',
          'testFilter',
          { testId: 'test-2024-11-10', result: 'pass', detail: 'SWGfL test filtering checks', occurredAt: at('2024-11-10', '16:00') },
          'FilterTested',
        ],
        [
          'slt',
          'recordFilterDecision',
          {
            decision: 'block',
            target: 'a proxy-avoidance site',
            rationale: 'Reviewed against the acceptable use policy',
            occurredAt: at('2024-10-20', '11:00'),
          },
          'FilterDecisionRecorded',
        ],
        [
          'dsl',
          'handleMonitoringAlert',
          {
            alertId: 'alert-1',
            receivedAt: at('2024-11-05', '10:00'),
            dslInformedAt: at('2024-11-05', '10:06'),
            summary: 'Search term alert',
            occurredAt: at('2024-11-05', '11:00'),
          },
          'MonitoringAlertHandled',
        ],
      ];
      for (const [who, mutation, input, type] of steps) {
        const result = await record(who, mutation, input);
        expect({ mutation, types: types(result), stream: result.stream }).toEqual({
          mutation,
          types: [type],
          stream: `filtering-${T}.${T}`,
        });
      }
    });

    it('should grant and revoke an inspector’s access', async () => {
      const now = Date.now();
      const granted = await record('head', 'grantInspectionAccess', {
        inspectorId: 'ofsted-inspector-7',
        inspectorate: 'ofsted',
        validFrom: new Date(now).toISOString(),
        validUntil: new Date(now + 2 * 86_400_000).toISOString(),
        purpose: 'Ofsted graded inspection',
      });
      expect(types(granted)).toEqual(['InspectionAccessGranted']);
      const revoked = await record('dsl', 'revokeInspectionAccess', { grantId: granted.id, reason: 'Inspection finished early' });
      expect(types(revoked)).toEqual(['InspectionAccessRevoked']);
    });

    it('should return the first result, recording nothing, when a mutation is retried with its commandId', async () => {
      const input = { decision: 'allow', target: 'bbc.co.uk/bitesize', rationale: 'Curriculum resource', commandId: 'retry-test-0001' };
      const first = await record('slt', 'recordFilterDecision', input);
      const again = await record('slt', 'recordFilterDecision', input);
      expect(first.replayed).toBe(false);
      expect(again).toMatchObject({ replayed: true, events: first.events });
    });
  });

  describe('when the schema is introspected', () => {
    it('should have exactly one mutation for every command of the permission table', async () => {
      const { body } = await sut.graphql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(
        '{ __schema { mutationType { fields { name } } } }',
      );
      const mutations = body.data!.__schema.mutationType.fields.map((f) => f.name).sort();
      const commands = OPERATIONS.filter((operation) => /^[A-Z]/.test(operation))
        .map(lowerCamel)
        .sort();
      expect(commands.length).toBeGreaterThanOrEqual(50);
      expect(mutations).toEqual(commands);
    });
  });

  describe('when an input is not valid', () => {
    it('should answer BAD_USER_INPUT naming every wrong field', async () => {
      const { result, errors } = await send('head', 'joinStaff', {
        staffId: 'not an id!',
        name: 'x'.repeat(201),
        roles: ['staff'],
        jobTitle: 'Teacher',
        occurredAt: 'last Tuesday',
      });
      expect(result).toBeUndefined();
      expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (errors[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field).sort();
      expect(fields).toEqual(['name', 'occurredAt', 'staffId']);
    });

    it('should refuse a date that is not a real calendar date, and list items that are too long', async () => {
      const pupil = await send('dsl', 'registerPupilReference', { reference: 'HOL-9', dateOfBirth: '2012-02-30', yearGroup: 'Year 7' });
      expect(pupil.errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'dateOfBirth' })],
      });
      const review = await send('filteringGovernor', 'holdFilteringReview', {
        attendees: ['gov-fm'],
        findings: 'ok',
        actions: ['y'.repeat(1001)],
      });
      expect(review.errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'actions' })],
      });
    });
  });

  describe('when the role is not in the permission table', () => {
    it('should answer FORBIDDEN and record nothing', async () => {
      const staff = await send('teacher', 'joinStaff', { staffId: 'teacher-9', name: 'N', roles: ['staff'], jobTitle: 'Teacher' });
      expect(staff.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role', operation: 'JoinStaff' });
      const search = await send('chair', 'conductSearch', {
        pupilId,
        searcherId: 'deputy-1',
        witnessId: 'slt-1',
        place: 'Office',
        grounds: 'g',
        soughtItems: [],
        found: 'Nothing found',
        suspectedIndecentImage: false,
        dslInformed: true,
      });
      expect(search.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role', operation: 'ConductSearch' });
      const joined = await send('head', 'changeStaffRoles', { staffId: 'teacher-9', roles: ['staff'], jobTitle: 'Teacher' });
      expect(joined.errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domainCode: 'STAFF.NOT_FOUND' });
    });

    it('should answer FORBIDDEN for another setting', async () => {
      const { errors } = await send('head', 'defineCourse', { tenantId: OTHER, title: 'Prevent' });
      expect(errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'tenant' });
    });
  });

  describe('when a business rule refuses the command', () => {
    it('should answer with the domain’s own code', async () => {
      const alert = await send('dsl', 'handleMonitoringAlert', {
        receivedAt: at('2024-11-06', '10:00'),
        dslInformedAt: at('2024-11-06', '09:00'),
        summary: 'Keyword in a typed document',
      });
      expect(alert.errors[0]?.extensions?.code).toBe('FILTERING.DSL_INFORMED_BEFORE_ALERT');
      await record('head', 'publishVersion', {
        documentId: 'e-safety-policy',
        version: '2025.1',
        contentHash: sha('e-safety-policy/2025.1'),
      });
      const ratify = await send('chair', 'ratifyVersion', { documentId: 'e-safety-policy', version: '2025.1' });
      expect(ratify.errors[0]?.extensions?.code).toBe('POLICY.VERSION_NOT_APPROVED');
    });

    it('should answer NOT_FOUND, with the domain code beside it, for a search never recorded', async () => {
      const { errors } = await send('dsl', 'completeSearch', { searchId: 'no-such-search', outcome: 'nothing_found' });
      expect(errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', domainCode: 'SEARCH.NOT_FOUND' });
    });

    it('should answer FORBIDDEN from the permission table for a head approving a policy (governors approve)', async () => {
      const { errors } = await send('head', 'approveVersion', { documentId: 'e-safety-policy', version: '2025.1', committee: 'Head' });
      expect(errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'role', operation: 'ApproveVersion' });
    });
  });
});
