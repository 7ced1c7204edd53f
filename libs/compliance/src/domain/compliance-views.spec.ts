import type { RecordedEvent } from '@ledger/kernel';
import { evidenceTrail } from './evidence-trail.js';
import { governorReport, suppress } from './governor-report.js';
import { findDisclosures } from './report-disclosure.js';
import { policyRegisterProjection, type PolicyRecord } from './policy-register.projection.js';
import { cpdMatrix, overdueReviews, ownCompliance } from './policy-views.js';
import { safeguardingActivityProjection, type ActivityRecord } from './safeguarding-activity.projection.js';
import { replayProjection } from './time-travel.js';
import { trainingFacts, trainingStatusProjection, type TrainingFacts } from './training-status.projection.js';
import { trainingStatus } from './training-status.view.js';

const T = 'oakfield';
let position = 0;
/** An event as the ledger records it; `recordedAt` defaults to `occurredAt`. */
function event(
  type: string,
  data: Record<string, unknown>,
  occurredAt: string,
  recordedAt = occurredAt,
  stream = `x-${T}.1`,
): RecordedEvent {
  position += 1;
  return {
    id: `e-${position}`,
    stream,
    revision: 0,
    position: String(position),
    type,
    schema: 1,
    data,
    meta: {
      tenantId: T,
      actor: { id: 'dsl', role: 'dsl' },
      occurredAt: `${occurredAt}T10:00:00.000Z`,
      recordedAt: `${recordedAt}T10:00:00.000Z`,
      correlationId: 'c',
      causationId: null,
    },
    hash: 'h'.repeat(64),
    prevHash: '0'.repeat(64),
  };
}

const facts = (events: RecordedEvent[], filter = {}): TrainingFacts =>
  trainingFacts(replayProjection(trainingStatusProjection, events, filter).values());
const base = () => [
  event('StaffMemberJoined', { staffId: 'ben', name: { $personal: 1 }, roles: ['staff'], jobTitle: 'Teacher' }, '2022-09-01'),
  event('CourseDefined', { courseId: 'prevent', title: 'Prevent' }, '2022-09-01'),
  event('CadenceRuleSet', { courseId: 'prevent', ruleVersion: 1, intervalMonths: 36 }, '2022-09-01'),
  event('TrainingRequirementSet', { courseId: 'prevent', roles: ['staff'] }, '2022-09-01'),
];

describe('training status', () => {
  it('should call a completion that expired yesterday overdue today', () => {
    const events = [
      ...base(),
      event(
        'TrainingCompletionRecorded',
        { completionId: 'c1', staffId: 'ben', courseId: 'prevent', completedOn: '2022-03-09', provider: 'HO' },
        '2022-09-02',
      ),
    ];
    const view = trainingStatus(facts(events), '2025-03-10');
    expect(view.rows).toEqual([
      expect.objectContaining({ staffId: 'ben', courseId: 'prevent', status: 'overdue', expiresOn: '2025-03-09', ruleVersion: 1 }),
    ]);
    expect(trainingStatus(facts(events), '2025-03-08').rows[0]!.status).toBe('due_soon');
  });

  it('should re-evaluate every status when the rule changes from 36 to 12 months, naming the new version', () => {
    const events = [
      ...base(),
      event(
        'TrainingCompletionRecorded',
        { completionId: 'c1', staffId: 'ben', courseId: 'prevent', completedOn: '2023-09-05', provider: 'HO' },
        '2023-09-05',
      ),
    ];
    expect(trainingStatus(facts(events), '2025-01-10').rows[0]).toMatchObject({
      status: 'compliant',
      ruleVersion: 1,
      expiresOn: '2026-09-05',
    });
    events.push(event('CadenceRuleSet', { courseId: 'prevent', ruleVersion: 2, intervalMonths: 12 }, '2024-12-01'));
    expect(trainingStatus(facts(events), '2025-01-10').rows[0]).toMatchObject({
      status: 'overdue',
      ruleVersion: 2,
      intervalMonths: 12,
      expiresOn: '2024-09-05',
    });
  });

  it('should count a completion backdated before an inspection as of that date, but not as known at it', () => {
    const events = [
      ...base(),
      event(
        'TrainingCompletionRecorded',
        { completionId: 'c1', staffId: 'ben', courseId: 'prevent', completedOn: '2024-02-20', provider: 'HO' },
        '2024-02-20',
        '2024-03-05',
      ),
    ];
    const inspection = '2024-03-01';
    expect(trainingStatus(facts(events, { asOf: inspection }), inspection).rows[0]!.status).toBe('compliant');
    expect(trainingStatus(facts(events, { knownAt: inspection }), inspection).rows[0]!.status).toBe('never_done');
  });

  it('should follow corrections and retractions, and drop staff who have left', () => {
    const events = [
      ...base(),
      event(
        'TrainingCompletionRecorded',
        { completionId: 'c1', staffId: 'ben', courseId: 'prevent', completedOn: '2024-01-10', provider: 'HO' },
        '2024-01-10',
      ),
      event(
        'TrainingCompletionCorrected',
        { completionId: 'c2', correctsCompletionId: 'c1', completedOn: '2024-01-09', provider: 'HO' },
        '2024-01-12',
        '2024-01-12',
        `training-${T}.ben`,
      ),
    ];
    expect(trainingStatus(facts(events), '2024-06-01').rows[0]).toMatchObject({ lastCompletedOn: '2024-01-09' });
    events.push(event('TrainingCompletionRetracted', { completionId: 'c2' }, '2024-02-01', '2024-02-01', `training-${T}.ben`));
    expect(trainingStatus(facts(events), '2024-06-01').rows[0]!.status).toBe('never_done');
    events.push(event('StaffMemberLeft', { staffId: 'ben' }, '2024-07-20'));
    expect(trainingStatus(facts(events), '2024-09-01').rows).toEqual([]);
    expect(trainingStatus(facts(events), '2024-09-01').totals.percentCompliant).toBe(100);
  });
});

describe('overdue reviews', () => {
  it('should show how late each review was (seed 000: due 28-09-2023, reviewed 22-08-2024, 329 days late)', () => {
    const events = [
      event(
        'DocumentDrafted',
        { documentId: 'esafety', title: 'E-Safety Policy', kind: 'e_safety', statutory: false, acknowledgedBy: ['staff'] },
        '2022-09-01',
      ),
      event('DocumentReviewScheduled', { documentId: 'esafety', dueOn: '2023-09-28', cadenceMonths: 12 }, '2022-09-01'),
      event(
        'DocumentReviewed',
        { documentId: 'esafety', outcome: 'amended', wasDueOn: '2023-09-28', nextDueOn: '2025-08-22' },
        '2024-08-22',
      ),
    ];
    const register = [...replayProjection(policyRegisterProjection, events, {}).values()] as PolicyRecord[];
    expect(register[0]!.reviews).toEqual([{ reviewedOn: '2024-08-22', wasDueOn: '2023-09-28', outcome: 'amended', daysLate: 329 }]);
    expect(overdueReviews(register, '2025-09-01')).toEqual([
      expect.objectContaining({ documentId: 'esafety', state: 'overdue', daysOverdue: 10 }),
    ]);
    expect(overdueReviews(register, '2025-08-01', 30)).toEqual([expect.objectContaining({ state: 'due_soon', daysOverdue: -21 })]);
    expect(overdueReviews(register, '2025-06-01', 30)).toEqual([]);
  });
});

describe('CPD matrix', () => {
  it('should list staff who have not acknowledged the current version', () => {
    const events = [
      ...base(),
      event('StaffMemberJoined', { staffId: 'amy', roles: ['staff'], jobTitle: 'TA' }, '2022-09-01'),
      event(
        'DocumentDrafted',
        { documentId: 'kcsie', title: 'KCSIE Part 1', kind: 'kcsie', statutory: true, acknowledgedBy: ['staff'] },
        '2022-09-01',
      ),
      event('DocumentVersionPublished', { documentId: 'kcsie', version: '2023', contentHash: 'a' }, '2023-09-01'),
      event('DocumentAcknowledged', { documentId: 'kcsie', version: '2023', staffId: 'ben' }, '2023-09-10'),
      event('DocumentVersionPublished', { documentId: 'kcsie', version: '2024', contentHash: 'b' }, '2024-09-01'),
      event('DocumentAcknowledged', { documentId: 'kcsie', version: '2024', staffId: 'amy' }, '2024-09-10'),
    ];
    const register = [...replayProjection(policyRegisterProjection, events, {}).values()] as PolicyRecord[];
    const matrix = cpdMatrix(facts(events), register, '2024-10-01');
    expect(matrix.map((r) => [r.staffId, r.outstandingAcknowledgements.map((a) => a.version)])).toEqual([
      ['amy', []],
      ['ben', ['2024']],
    ]);
    expect(matrix.find((r) => r.staffId === 'ben')!.training).toHaveLength(1);
  });

  it('should give one person only their own row: the hash to sign, their training and their signatures, newest first', () => {
    const events = [
      ...base(),
      event('StaffMemberJoined', { staffId: 'amy', roles: ['staff'], jobTitle: 'TA' }, '2022-09-01'),
      event(
        'DocumentDrafted',
        { documentId: 'kcsie', title: 'KCSIE Part 1', kind: 'kcsie', statutory: true, acknowledgedBy: ['staff'] },
        '2022-09-01',
      ),
      event('DocumentVersionPublished', { documentId: 'kcsie', version: '2023', contentHash: 'a' }, '2023-09-01'),
      event('DocumentAcknowledged', { documentId: 'kcsie', version: '2023', contentHash: 'a', staffId: 'ben' }, '2023-09-10'),
      event('DocumentAcknowledged', { documentId: 'kcsie', version: '2023', contentHash: 'a', staffId: 'amy' }, '2023-09-11'),
      event('DocumentVersionPublished', { documentId: 'kcsie', version: '2024', contentHash: 'b' }, '2024-09-01'),
      event('DocumentAcknowledged', { documentId: 'kcsie', version: '2024', contentHash: 'b', staffId: 'amy' }, '2024-09-10'),
    ];
    const register = [...replayProjection(policyRegisterProjection, events, {}).values()] as PolicyRecord[];
    const matrix = cpdMatrix(facts(events), register, '2024-10-01');
    const ben = ownCompliance(matrix, register, 'ben')!;
    expect(ben.staffId).toBe('ben');
    expect(ben.outstandingAcknowledgements).toEqual([{ documentId: 'kcsie', title: 'KCSIE Part 1', version: '2024', contentHash: 'b' }]);
    expect(ben.training.every((t) => t.staffId === 'ben')).toBe(true);
    expect(ben.signatures).toEqual([
      { documentId: 'kcsie', title: 'KCSIE Part 1', version: '2023', contentHash: 'a', acknowledgedOn: '2023-09-10', current: false },
    ]);
    expect(ownCompliance(matrix, register, 'amy')!.signatures.map((s) => [s.version, s.current])).toEqual([
      ['2024', true],
      ['2023', false],
    ]);
    expect(ownCompliance(matrix, register, 'nobody')).toBeNull();
  });
});

describe('governor report', () => {
  const NAME = 'Ruby Quartermain';
  const WORDS = 'he said he would share it';
  const incident = (id: string, category: string, on: string, agency?: string) => [
    event(
      'IncidentReported',
      { incidentId: id, category, subjectId: 'p1', narrative: NAME, childsWords: WORDS },
      on,
      on,
      `incident-${T}.${id}`,
    ),
    event('IncidentTriaged', { incidentId: id, decision: agency ? 'refer' : 'no_further_action' }, on, on, `incident-${T}.${id}`),
    ...(agency ? [event('IncidentEscalated', { incidentId: id, agency }, on, on, `incident-${T}.${id}`)] : []),
  ];

  it('should suppress counts of 1 and 2 and carry no personal field values', () => {
    const events = [
      ...incident('i1', 'cyberbullying', '2023-10-02', 'police'),
      ...incident('i2', 'cyberbullying', '2023-11-02'),
      ...incident('i3', 'cyberbullying', '2024-01-15'),
      ...incident('i4', 'grooming', '2024-05-01', 'ceop'),
      ...incident('i0', 'grooming', '2022-10-01'),
      event('FilteringReviewHeld', { heldOn: '2024-06-11' }, '2024-06-11', '2024-06-11', `filtering-${T}.${T}`),
      event(
        'SearchConducted',
        { searchId: 's1', suspectedIndecentImage: false, grounds: NAME },
        '2023-12-01',
        '2023-12-01',
        `search-${T}.s1`,
      ),
      event('SearchCompleted', { searchId: 's1', outcome: 'returned' }, '2023-12-01', '2023-12-01', `search-${T}.s1`),
    ];
    const activity = [...replayProjection(safeguardingActivityProjection, events, {}).values()] as ActivityRecord[];
    const report = governorReport(2023, [], facts(base()), activity);
    expect(report.academicYear).toBe('2023/24');
    // 4 incidents of which 3 cyberbullying would reveal the one grooming: the 3 and the total are withheld too.
    expect(report.incidents.total).toBe('withheld');
    expect(report.incidents.byCategory).toEqual({ cyberbullying: 'withheld', grooming: 'fewer than 3' });
    expect(findDisclosures(report)).toEqual([]);
    expect(report.incidents.byTerm).toEqual({ autumn: 'fewer than 3', spring: 'fewer than 3', summer: 'fewer than 3' });
    expect(report.escalationsByAgency).toEqual({ ceop: 'fewer than 3', police: 'fewer than 3' });
    expect(report.searches.total).toBe('fewer than 3');
    expect(report.filteringAndMonitoring).toMatchObject({ reviewHeld: true, reviewDates: ['2024-06-11'] });
    const text = JSON.stringify(report);
    expect(text).not.toContain(NAME);
    expect(text).not.toContain(WORDS);
    expect(text).not.toContain('p1');
    expect(text).not.toContain('"1"');
    expect(text).not.toContain('"2"');
  });

  it('should show zero as 0 and three or more as the number', () => {
    expect([0, 1, 2, 3, 17].map(suppress)).toEqual(['0', 'fewer than 3', 'fewer than 3', '3', '17']);
  });
});

describe('evidence trail', () => {
  it('should list events in global order with actor, both times, hash and prevHash', () => {
    const a = event('IncidentReported', { incidentId: 'i1' }, '2024-01-01', '2024-01-02');
    const b = event('IncidentTriaged', { incidentId: 'i1' }, '2024-01-03');
    expect(evidenceTrail([b, a]).map((e) => [e.type, e.actor.role, e.occurredAt, e.recordedAt, e.hash.length, e.prevHash.length])).toEqual([
      ['IncidentReported', 'dsl', '2024-01-01T10:00:00.000Z', '2024-01-02T10:00:00.000Z', 64, 64],
      ['IncidentTriaged', 'dsl', '2024-01-03T10:00:00.000Z', '2024-01-03T10:00:00.000Z', 64, 64],
    ]);
  });
});
