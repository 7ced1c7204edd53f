import { command, given } from '@ledger/testing';
import type { CentralRecordCommand } from './central-record.commands.js';
import type { CentralRecordEvent } from './central-record.events.js';
import { centralRecordDecider } from './central-record.decider.js';
import { centralRecordView, requiredChecks, type CentralRecordDoc } from './statutory.projections.js';

const c = (kind: CentralRecordCommand['kind'], payload: object, role = 'head') =>
  command(kind, payload, { role, actorId: 'head-hana' }) as unknown as CentralRecordCommand;
const added: CentralRecordEvent = {
  type: 'CentralRecordEntryAdded',
  data: {
    personId: 'staff-tom',
    category: 'staff',
    startOn: '2024-09-02',
    regulatedActivity: true,
    teaching: true,
    management: false,
    livedOverseas: false,
    qualificationsRequired: true,
  },
};
const check = (payload: object = {}) =>
  c('RecordPreAppointmentCheck', {
    personId: 'staff-tom',
    check: 'enhanced_dbs_barred',
    checkedOn: '2024-08-20',
    evidenceHash: 'B'.repeat(64),
    dbsCertificateNumber: '001234567890',
    dbsIssuedOn: '2024-08-15',
    ...payload,
  });

describe('centralRecordDecider', () => {
  it('should record a DBS check with its certificate number and date, and who checked', () => {
    given(centralRecordDecider, [added])
      .when(check())
      .then([
        {
          type: 'PreAppointmentCheckRecorded',
          data: expect.objectContaining({ checkedBy: 'head-hana', dbsCertificateNumber: '001234567890', evidenceHash: 'b'.repeat(64) }),
        },
      ]);
  });

  it('should refuse a DBS check without its certificate, and a certificate on any other check', () => {
    given(centralRecordDecider, [added])
      .when(check({ dbsCertificateNumber: null }))
      .thenRejects('SCR.DBS_CERTIFICATE_REQUIRED');
    given(centralRecordDecider, [added])
      .when(check({ dbsIssuedOn: null }))
      .thenRejects('SCR.DBS_CERTIFICATE_REQUIRED');
    given(centralRecordDecider, [added])
      .when(check({ dbsIssuedOn: '2024-08-21' }))
      .thenRejects('SCR.ISSUED_AFTER_CHECK');
    given(centralRecordDecider, [added])
      .when(check({ check: 'identity' }))
      .thenRejects('SCR.CERTIFICATE_ONLY_FOR_DBS');
    given(centralRecordDecider, [added])
      .when(check({ check: 'identity', dbsCertificateNumber: null, dbsIssuedOn: null }))
      .then([{ type: 'PreAppointmentCheckRecorded' }]);
  });

  it('should need the person on the record first, a check not in the future, and a recruiter', () => {
    given(centralRecordDecider).when(check()).thenRejects('SCR.NOT_ON_RECORD');
    given(centralRecordDecider, [added])
      .when(check({ checkedOn: '2025-03-11' }))
      .thenRejects('SCR.CHECKED_IN_FUTURE');
    given(centralRecordDecider, [added])
      .when(c('RecordPreAppointmentCheck', {}, 'staff'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    given(centralRecordDecider, [added])
      .when(c('AddCentralRecordEntry', { ...added.data }))
      .thenRejects('SCR.ALREADY_ON_RECORD');
  });
});

describe('centralRecordView', () => {
  const doc = (checks: Partial<CentralRecordDoc['checks'][number]>[]): CentralRecordDoc => ({
    ...(added.data as Omit<CentralRecordDoc, 'checks'>),
    checks: checks.map((x, i) => ({
      check: 'identity',
      checkedOn: '2024-08-01',
      checkedBy: 'head-hana',
      evidenceHash: 'b'.repeat(64),
      dbsCertificateNumber: null,
      dbsIssuedOn: null,
      eventId: `e${i}`,
      ...x,
    })),
  });

  it('should require what the role needs (KCSIE Part 3)', () => {
    expect(requiredChecks(doc([]))).toEqual([
      'identity',
      'right_to_work',
      'enhanced_dbs_barred',
      'prohibition_from_teaching',
      'qualifications',
    ]);
    expect(
      requiredChecks({
        ...doc([]),
        regulatedActivity: false,
        teaching: false,
        management: true,
        livedOverseas: true,
        qualificationsRequired: false,
      }),
    ).toEqual(['identity', 'right_to_work', 'enhanced_dbs', 'section_128', 'overseas']);
  });

  it('should show a DBS check dated after the start date as a gap, and missing checks as gaps', () => {
    const [row] = centralRecordView([
      doc([
        { check: 'identity' },
        { check: 'right_to_work' },
        { check: 'enhanced_dbs_barred', checkedOn: '2024-09-16', dbsCertificateNumber: '001234567890', dbsIssuedOn: '2024-09-10' },
        { check: 'prohibition_from_teaching' },
      ]),
    ]);
    const state = Object.fromEntries(row!.checks.map((x) => [x.check, x.state]));
    expect(state).toEqual({
      identity: 'done',
      right_to_work: 'done',
      enhanced_dbs_barred: 'after_start',
      prohibition_from_teaching: 'done',
      qualifications: 'missing',
    });
    expect(row!.gaps).toBe(2);
  });
});
