import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSPECTION_ACCESS_CATALOGUE } from '@ledger/access';
import { CLOCKS_CATALOGUE } from '@ledger/clocks';
import { FILTERING_CATALOGUE } from '@ledger/filtering';
import { STATUTORY_CATALOGUE } from '@ledger/statutory';
import { INCIDENT_CATALOGUE } from '@ledger/incidents';
import { openLedger, type LedgerRuntime } from '@ledger/ledger';
import { PEOPLE_CATALOGUE } from '@ledger/people';
import { POLICIES_CATALOGUE } from '@ledger/policies';
import { PRIVACY_CATALOGUE } from '@ledger/privacy';
import { SEARCHES_CATALOGUE } from '@ledger/searches';
import { TRAINING_CATALOGUE } from '@ledger/training';
import { CATALOGUED_COMMANDS, createDomainContext, PERSONAL_DATA } from '../../apps/api/src/index.js';

const T = 'every-command-school';
const HASH = 'd'.repeat(64);
let n = 0;
let minute = 0;
const as = (id: string, role: string) => {
  minute += 1;
  const at = new Date(Date.parse('2024-01-10T08:00:00.000Z') + minute * 60_000).toISOString();
  return { commandId: `every-${++n}`, tenantId: T, actor: { id, role }, occurredAt: at };
};
const head = () => as('head', 'head');
const dsl = () => as('dsl', 'dsl');
const teacher = () => as('teacher', 'staff');

/** Every command of every context, in an order that makes each one valid: the happy path of each, through the bus. */
const script: Array<[string, () => ICommand]> = [
  [
    'FormTrust',
    () => PEOPLE_CATALOGUE.execute({ kind: 'FormTrust', name: 'Every Trust', ...as('admin', 'trust_admin'), tenantId: 'every-trust' }),
  ],
  [
    'RegisterSetting',
    () =>
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterSetting',
        name: 'Every School',
        settingKind: 'school',
        localAuthority: 'Northshire',
        ...as('admin', 'trust_admin'),
        occurredAt: '2023-09-01T08:00:00.000Z',
      }),
  ],
  ['JoinTrust', () => PEOPLE_CATALOGUE.execute({ kind: 'JoinTrust', trustId: 'every-trust', ...as('admin', 'trust_admin') })],
  ...(['head', 'dsl', 'teacher', 'ta', 'slt'] as const).map((id): [string, () => ICommand] => [
    'JoinStaff',
    () =>
      PEOPLE_CATALOGUE.execute({
        kind: 'JoinStaff',
        staffId: id,
        name: `Person ${id}`,
        roles: [id === 'ta' ? 'staff' : id === 'teacher' ? 'staff' : id],
        jobTitle: id,
        ...as('admin', 'trust_admin'),
        occurredAt: '2023-09-01T09:00:00.000Z',
      }),
  ]),
  [
    'ChangeStaffRoles',
    () =>
      PEOPLE_CATALOGUE.execute({
        kind: 'ChangeStaffRoles',
        staffId: 'ta',
        roles: ['staff', 'esafety_coordinator'],
        jobTitle: 'TA and online safety lead',
        ...head(),
      }),
  ],
  ['SetAlertAddress', () => PEOPLE_CATALOGUE.execute({ kind: 'SetAlertAddress', staffId: 'dsl', email: 'dsl@alerts.example', ...head() })],
  [
    'SetClockRule',
    () => CLOCKS_CATALOGUE.execute({ kind: 'SetClockRule', clock: 'concern_triage', workingDays: 2, note: 'Local protocol', ...dsl() }),
  ],
  [
    'RecordTerm',
    () =>
      CLOCKS_CATALOGUE.execute({
        kind: 'RecordTerm',
        termId: 'spring-1',
        name: 'Spring 1',
        start: '2024-01-04',
        end: '2024-02-09',
        ...dsl(),
      }),
  ],
  ['RecordClosureDay', () => CLOCKS_CATALOGUE.execute({ kind: 'RecordClosureDay', date: '2024-01-26', reason: 'INSET day', ...dsl() })],
  [
    'AppointSafeguardingRole',
    () => PEOPLE_CATALOGUE.execute({ kind: 'AppointSafeguardingRole', appointment: 'dsl', personId: 'dsl', ...head() }),
  ],
  ['EndSafeguardingRole', () => PEOPLE_CATALOGUE.execute({ kind: 'EndSafeguardingRole', appointment: 'dsl', personId: 'dsl', ...head() })],
  [
    'RegisterPupilReference',
    () =>
      PEOPLE_CATALOGUE.execute({
        kind: 'RegisterPupilReference',
        pupilId: 'p-1',
        reference: 'EVS-1',
        dateOfBirth: '2011-02-03',
        yearGroup: 'Year 8',
        ...dsl(),
      }),
  ],
  [
    'DraftDocument',
    () =>
      POLICIES_CATALOGUE.execute({
        kind: 'DraftDocument',
        documentId: 'aup',
        title: 'Staff AUP',
        documentKind: 'aup_staff',
        statutory: false,
        acknowledgedBy: ['staff'],
        ...head(),
      }),
  ],
  [
    'PublishVersion',
    () =>
      POLICIES_CATALOGUE.execute({
        kind: 'PublishVersion',
        documentId: 'aup',
        version: '1',
        contentHash: HASH,
        text: 'I will use school systems responsibly.',
        ...head(),
      }),
  ],
  [
    'ApproveVersion',
    () =>
      POLICIES_CATALOGUE.execute({ kind: 'ApproveVersion', documentId: 'aup', version: '1', committee: 'FGB', ...as('gov', 'governor') }),
  ],
  [
    'RatifyVersion',
    () => POLICIES_CATALOGUE.execute({ kind: 'RatifyVersion', documentId: 'aup', version: '1', ...as('chair', 'chair_of_governors') }),
  ],
  [
    'RecordPolicySharedWithParents',
    () =>
      POLICIES_CATALOGUE.execute({
        kind: 'RecordPolicySharedWithParents',
        documentId: 'aup',
        version: '1',
        contentHash: HASH,
        channel: 'email',
        sharedOn: '2024-01-10',
        ...head(),
      }),
  ],
  [
    'ScheduleReview',
    () => POLICIES_CATALOGUE.execute({ kind: 'ScheduleReview', documentId: 'aup', dueOn: '2024-09-01', cadenceMonths: 12, ...head() }),
  ],
  [
    'AcknowledgeDocument',
    () => POLICIES_CATALOGUE.execute({ kind: 'AcknowledgeDocument', documentId: 'aup', version: '1', contentHash: HASH, ...teacher() }),
  ],
  [
    'SignAgreement',
    () =>
      POLICIES_CATALOGUE.execute({
        kind: 'SignAgreement',
        documentId: 'aup',
        version: '1',
        contentHash: HASH,
        signatory: 'parent',
        pupilId: 'p-1',
        ...dsl(),
      }),
  ],
  [
    'GiveConsent',
    () =>
      POLICIES_CATALOGUE.execute({
        kind: 'GiveConsent',
        documentId: 'aup',
        version: '1',
        consent: 'internet_use',
        pupilId: 'p-1',
        givenBy: 'Parent',
        ...dsl(),
      }),
  ],
  [
    'WithdrawConsent',
    () => POLICIES_CATALOGUE.execute({ kind: 'WithdrawConsent', documentId: 'aup', consent: 'internet_use', pupilId: 'p-1', ...dsl() }),
  ],
  [
    'ReviewDocument',
    () =>
      POLICIES_CATALOGUE.execute({ kind: 'ReviewDocument', documentId: 'aup', outcome: 'no_change', nextDueOn: '2025-01-10', ...head() }),
  ],
  ['RetireDocument', () => POLICIES_CATALOGUE.execute({ kind: 'RetireDocument', documentId: 'aup', reason: 'Superseded', ...head() })],
  ['DefineCourse', () => TRAINING_CATALOGUE.execute({ kind: 'DefineCourse', courseId: 'prevent', title: 'Prevent', ...head() })],
  [
    'SetCadenceRule',
    () => TRAINING_CATALOGUE.execute({ kind: 'SetCadenceRule', courseId: 'prevent', intervalMonths: 36, note: 'LA guidance', ...head() }),
  ],
  [
    'SetTrainingRequirement',
    () => TRAINING_CATALOGUE.execute({ kind: 'SetTrainingRequirement', courseId: 'prevent', roles: ['staff'], ...head() }),
  ],
  [
    'RecordCompletion',
    () =>
      TRAINING_CATALOGUE.execute({
        kind: 'RecordCompletion',
        completionId: 'c-1',
        staffId: 'teacher',
        courseId: 'prevent',
        completedOn: '2024-01-09',
        provider: 'Home Office',
        ...head(),
      }),
  ],
  [
    'CorrectCompletion',
    () =>
      TRAINING_CATALOGUE.execute({
        kind: 'CorrectCompletion',
        completionId: 'c-2',
        staffId: 'teacher',
        correctsCompletionId: 'c-1',
        completedOn: '2024-01-08',
        provider: 'Home Office',
        reason: 'Wrong date',
        ...head(),
      }),
  ],
  [
    'RetractCompletion',
    () =>
      TRAINING_CATALOGUE.execute({
        kind: 'RetractCompletion',
        completionId: 'c-2',
        staffId: 'teacher',
        reason: 'Certificate for another person',
        ...head(),
      }),
  ],
  [
    'ReportIncident',
    () =>
      INCIDENT_CATALOGUE.execute({
        kind: 'ReportIncident',
        incidentId: 'i-1',
        category: 'cyberbullying',
        involvedPupilIds: ['p-1'],
        narrative: 'Group chat messages',
        ...teacher(),
      }),
  ],
  [
    'TriageIncident',
    () =>
      INCIDENT_CATALOGUE.execute({
        kind: 'TriageIncident',
        incidentId: 'i-1',
        decision: 'early_help',
        rationale: 'Family support needed',
        ...dsl(),
      }),
  ],
  [
    'EscalateIncident',
    () => INCIDENT_CATALOGUE.execute({ kind: 'EscalateIncident', incidentId: 'i-1', escalationId: 'e-1', agency: 'early_help', ...dsl() }),
  ],
  [
    'RecordEscalationOutcome',
    () =>
      INCIDENT_CATALOGUE.execute({
        kind: 'RecordEscalationOutcome',
        incidentId: 'i-1',
        escalationId: 'e-1',
        outcome: 'Family support worker allocated',
        ...dsl(),
      }),
  ],
  [
    'PreserveEvidence',
    () =>
      INCIDENT_CATALOGUE.execute({
        kind: 'PreserveEvidence',
        incidentId: 'i-1',
        evidenceId: 'ev-1',
        sha256: HASH,
        heldAt: 'DSL safe',
        description: 'Screenshots',
        ...dsl(),
      }),
  ],
  ['InformParents', () => INCIDENT_CATALOGUE.execute({ kind: 'InformParents', incidentId: 'i-1', method: 'phone', ...dsl() })],
  [
    'ApplySanction',
    () =>
      INCIDENT_CATALOGUE.execute({ kind: 'ApplySanction', incidentId: 'i-1', pupilId: 'p-1', sanction: 'Detention', ...as('slt', 'slt') }),
  ],
  [
    'AssignIncidentAction',
    () =>
      INCIDENT_CATALOGUE.execute({
        kind: 'AssignIncidentAction',
        incidentId: 'i-1',
        actionId: 'a-1',
        description: 'Check in',
        assigneeId: 'teacher',
        dueOn: '2024-02-01',
        ...as('slt', 'slt'),
      }),
  ],
  [
    'CompleteIncidentAction',
    () => INCIDENT_CATALOGUE.execute({ kind: 'CompleteIncidentAction', incidentId: 'i-1', actionId: 'a-1', ...teacher() }),
  ],
  ['CloseIncident', () => INCIDENT_CATALOGUE.execute({ kind: 'CloseIncident', incidentId: 'i-1', outcome: 'Resolved', ...dsl() })],
  ['ReopenIncident', () => INCIDENT_CATALOGUE.execute({ kind: 'ReopenIncident', incidentId: 'i-1', reason: 'New messages', ...dsl() })],
  [
    'ConductSearch',
    () =>
      SEARCHES_CATALOGUE.execute({
        kind: 'ConductSearch',
        searchId: 's-1',
        pupilId: 'p-1',
        searcherId: 'teacher',
        witnessId: 'ta',
        place: 'Office',
        grounds: 'Reported vape',
        soughtItems: ['vape'],
        found: 'Phone',
        suspectedIndecentImage: false,
        dslInformed: true,
        ...teacher(),
      }),
  ],
  [
    'ConfiscateDevice',
    () =>
      SEARCHES_CATALOGUE.execute({
        kind: 'ConfiscateDevice',
        searchId: 's-1',
        deviceId: 'd-1',
        description: 'Phone',
        heldAt: 'Safe',
        ...teacher(),
      }),
  ],
  [
    'DeleteDeviceData',
    () =>
      SEARCHES_CATALOGUE.execute({
        kind: 'DeleteDeviceData',
        searchId: 's-1',
        deviceId: 'd-1',
        witnessId: 'ta',
        goodReason: 'Harmful video',
        contentCategory: 'violent video',
        ...teacher(),
      }),
  ],
  ['InformParentsOfSearch', () => SEARCHES_CATALOGUE.execute({ kind: 'InformParentsOfSearch', searchId: 's-1', ...dsl() })],
  [
    'ReleaseDeviceToParent',
    () => SEARCHES_CATALOGUE.execute({ kind: 'ReleaseDeviceToParent', searchId: 's-1', deviceId: 'd-1', releasedTo: 'Mother', ...dsl() }),
  ],
  ['CompleteSearch', () => SEARCHES_CATALOGUE.execute({ kind: 'CompleteSearch', searchId: 's-1', outcome: 'returned', ...dsl() })],
  [
    'ConductSearch (IIOC)',
    () =>
      SEARCHES_CATALOGUE.execute({
        kind: 'ConductSearch',
        searchId: 's-2',
        pupilId: 'p-1',
        searcherId: 'teacher',
        witnessId: 'ta',
        place: 'Office',
        grounds: 'Image reported',
        soughtItems: ['phone'],
        found: 'Phone',
        suspectedIndecentImage: true,
        dslInformed: true,
        ...teacher(),
      }),
  ],
  [
    'ConfiscateDevice (IIOC)',
    () =>
      SEARCHES_CATALOGUE.execute({
        kind: 'ConfiscateDevice',
        searchId: 's-2',
        deviceId: 'd-2',
        description: 'Phone',
        heldAt: 'Sealed bag',
        ...teacher(),
      }),
  ],
  [
    'HandDeviceToPolice',
    () => SEARCHES_CATALOGUE.execute({ kind: 'HandDeviceToPolice', searchId: 's-2', deviceId: 'd-2', policeReference: 'CAD-1', ...dsl() }),
  ],
  [
    'AssignFilteringRoles',
    () => FILTERING_CATALOGUE.execute({ kind: 'AssignFilteringRoles', sltLeadId: 'slt', governorId: 'gov', ...head() }),
  ],
  [
    'HoldFilteringReview',
    () =>
      FILTERING_CATALOGUE.execute({
        kind: 'HoldFilteringReview',
        reviewId: 'r-1',
        attendees: ['slt', 'gov'],
        findings: 'Effective',
        actions: [],
        ...as('slt', 'slt'),
      }),
  ],
  [
    'TestFilter',
    () =>
      FILTERING_CATALOGUE.execute({ kind: 'TestFilter', testId: 't-1', result: 'pass', detail: 'Test sites blocked', ...as('slt', 'slt') }),
  ],
  [
    'RecordFilterDecision',
    () =>
      FILTERING_CATALOGUE.execute({
        kind: 'RecordFilterDecision',
        decisionId: 'd-1',
        decision: 'allow',
        target: 'bbc.co.uk',
        rationale: 'Curriculum',
        ...as('slt', 'slt'),
      }),
  ],
  [
    'HandleMonitoringAlert',
    () =>
      FILTERING_CATALOGUE.execute({
        kind: 'HandleMonitoringAlert',
        alertId: 'al-1',
        receivedAt: '2024-01-10T09:00:00.000Z',
        dslInformedAt: '2024-01-10T09:04:00.000Z',
        summary: 'Keyword alert',
        ...dsl(),
      }),
  ],
  [
    'GrantInspectionAccess',
    () =>
      INSPECTION_ACCESS_CATALOGUE.execute({
        kind: 'GrantInspectionAccess',
        grantId: 'g-1',
        inspectorId: 'ofsted-inspector-1',
        inspectorate: 'ofsted',
        // A grant must not have ended by the ledger clock: a window from now.
        validFrom: new Date(Date.now()).toISOString(),
        validUntil: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        purpose: 'Graded inspection',
        ...head(),
      }),
  ],
  [
    'RevokeInspectionAccess',
    () => INSPECTION_ACCESS_CATALOGUE.execute({ kind: 'RevokeInspectionAccess', grantId: 'g-1', reason: 'Inspection over', ...head() }),
  ],
  [
    'SendChildProtectionFile',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'SendChildProtectionFile',
        transferId: 'cp-1',
        pupilId: 'pupil-1',
        leftOn: '2024-01-05',
        toSettingId: null,
        toSchoolName: 'Hillside Academy',
        ...dsl(),
      }),
  ],
  [
    'IssueChildProtectionFileLink',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'IssueChildProtectionFileLink',
        transferId: 'cp-1',
        tokenHash: HASH,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        ...dsl(),
      }),
  ],
  [
    'RecordChildProtectionFileDownload',
    () => STATUTORY_CATALOGUE.execute({ kind: 'RecordChildProtectionFileDownload', transferId: 'cp-1', tokenHash: HASH, ...dsl() }),
  ],
  [
    'ConfirmChildProtectionFileReceipt',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'ConfirmChildProtectionFileReceipt',
        transferId: 'cp-1',
        fromSettingId: T,
        receivedBy: 'Ms Okafor, DSL at Hillside',
        receiverSettingId: null,
        sent: null,
        ...dsl(),
      }),
  ],
  [
    'RecordApPlacement',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'RecordApPlacement',
        placementId: 'pl-1',
        pupilId: 'pupil-1',
        providerName: 'Riverside Learning Centre',
        registration: 'registered',
        urn: '123456',
        startOn: '2024-01-08',
        days: ['mon', 'wed'],
        hoursPerWeek: 10,
        providerChecks: ['Safeguarding policy seen'],
        ...dsl(),
      }),
  ],
  [
    'ReviewApPlacement',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'ReviewApPlacement',
        placementId: 'pl-1',
        reviewId: 'pr-1',
        attendancePercent: 90,
        welfareNotes: 'Settled',
        ...dsl(),
        occurredAt: '2024-02-12T10:00:00.000Z',
      }),
  ],
  [
    'EndApPlacement',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'EndApPlacement',
        placementId: 'pl-1',
        reason: 'Returned',
        ...dsl(),
        occurredAt: '2024-03-01T10:00:00.000Z',
      }),
  ],
  [
    'AddCentralRecordEntry',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'AddCentralRecordEntry',
        personId: 'teacher',
        category: 'staff',
        startOn: '2023-09-01',
        regulatedActivity: true,
        teaching: true,
        management: false,
        livedOverseas: false,
        qualificationsRequired: true,
        ...head(),
      }),
  ],
  [
    'RecordPreAppointmentCheck',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'RecordPreAppointmentCheck',
        personId: 'teacher',
        check: 'enhanced_dbs_barred',
        checkedOn: '2023-08-20',
        evidenceHash: HASH,
        dbsCertificateNumber: '001234567890',
        dbsIssuedOn: '2023-08-10',
        ...head(),
      }),
  ],
  [
    'RecordDayOnePack',
    () =>
      STATUTORY_CATALOGUE.execute({
        kind: 'RecordDayOnePack',
        packId: 'pack-1',
        packSha256: HASH,
        checkpointTreeSize: 10,
        recordsCited: 5,
        academicYear: 2023,
        ...head(),
      }),
  ],
  ['RecordStaffLeaving', () => PEOPLE_CATALOGUE.execute({ kind: 'RecordStaffLeaving', staffId: 'ta', reason: 'Relocated', ...head() })],
  // Privacy and the law last: an erasure forbids new personal data for what it erased.
  [
    'ReportIncident',
    () =>
      INCIDENT_CATALOGUE.execute({
        kind: 'ReportIncident',
        incidentId: 'i-2',
        category: 'misuse_by_staff',
        involvedPupilIds: ['p-1'],
        aboutStaffId: 'teacher',
        narrative: 'An allegation about a member of staff',
        ...dsl(),
      }),
  ],
  [
    'RecordAllegationOutcome',
    () => INCIDENT_CATALOGUE.execute({ kind: 'RecordAllegationOutcome', incidentId: 'i-2', outcome: 'malicious', ...head() }),
  ],
  [
    'EraseSubject',
    () =>
      PRIVACY_CATALOGUE.execute({
        kind: 'EraseSubject',
        erasureId: 'er-1',
        target: { recordKind: 'allegation', personId: 'teacher', incidentId: 'i-2' },
        basis: 'malicious_allegation',
        ...head(),
      }),
  ],
  [
    'PlaceLegalHold',
    () =>
      PRIVACY_CATALOGUE.execute({
        kind: 'PlaceLegalHold',
        holdId: 'h-1',
        scope: 'setting',
        scopeId: T,
        reason: 'Public inquiry',
        reference: 'INQ-1',
        ...head(),
      }),
  ],
  ['LiftLegalHold', () => PRIVACY_CATALOGUE.execute({ kind: 'LiftLegalHold', holdId: 'h-1', reason: 'Inquiry closed', ...head() })],
  [
    'SetRetentionRule',
    () =>
      PRIVACY_CATALOGUE.execute({
        kind: 'SetRetentionRule',
        recordKind: 'staff_training_record',
        years: 7,
        note: 'LA guidance',
        ...head(),
      }),
  ],
  [
    'ExtendRetention',
    () =>
      PRIVACY_CATALOGUE.execute({
        kind: 'ExtendRetention',
        target: { recordKind: 'child_protection_file', personId: 'p-1' },
        until: '2099-01-01',
        reason: 'Sibling case still open',
        ...dsl(),
      }),
  ],
  [
    'EraseSubject',
    () =>
      PRIVACY_CATALOGUE.execute({
        kind: 'EraseSubject',
        erasureId: 'er-2',
        target: { recordKind: 'child_protection_file', personId: 'p-1' },
        basis: 'court_order',
        reference: 'Order 2024/77',
        ...dsl(),
      }),
  ],
  ['ConfirmErasure', () => PRIVACY_CATALOGUE.execute({ kind: 'ConfirmErasure', erasureId: 'er-2', ...head() })],
];

describe('Every command through the command bus', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-every-'));
  let runtime: LedgerRuntime;
  let app: INestApplicationContext;

  beforeAll(async () => {
    runtime = await openLedger(
      { store: 'sqlite', dataDir, databaseUrl: undefined, masterKey: randomBytes(32).toString('base64') },
      { personalData: PERSONAL_DATA },
    );
    app = await createDomainContext(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should have a happy path for every catalogued command', () => {
    const scripted = new Set(script.map(([name]) => name));
    expect(CATALOGUED_COMMANDS.map((entry) => entry.kind).filter((kind) => !scripted.has(kind))).toEqual([]);
  });

  it('should accept the happy path of each command and append one event for it', async () => {
    const bus = app.get(CommandBus);
    const refused: string[] = [];
    for (const [name, build] of script) {
      try {
        const result = await bus.execute(build());
        if (result.events.length !== 1) refused.push(`${name}: ${result.events.length} events`);
      } catch (error) {
        refused.push(`${name}: ${(error as { code?: string }).code ?? (error as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
    expect(Number(await runtime.store.headPosition())).toBe(script.length);
  });
});
