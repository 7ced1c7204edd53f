import { command, context, given, staff } from '@ledger/testing';
import type { PrivacyCommand } from './privacy.commands.js';
import { privacyDecider, unitOf } from './privacy.decider.js';
import type { PrivacyEvent } from './privacy.events.js';
import { holdCovers, indexRecords, retentionEnds, type RecordFacts } from './retention.js';

const ctx = context([staff('dsl-amara'), staff('head-cho'), staff('teacher-ben')]);
const as = (role: string, actorId: string) => ({ role, actorId, context: ctx });
const dsl = as('dsl', 'dsl-amara');
const head = as('head', 'head-cho');
const c = <K extends PrivacyCommand['kind']>(kind: K, payload: object, options: object = dsl) =>
  command(kind, payload, options) as unknown as PrivacyCommand;

// NOW in the fixtures is 2025-03-10.
const pupilFile: RecordFacts = {
  recordKind: 'child_protection_file',
  unitId: 'p-7',
  personId: 'p-7',
  retentionFrom: '1998-01-01',
  incidentIds: ['inc-1'],
  consentWithdrawn: false,
  allegationOutcome: null,
  erased: false,
};
const youngPupil: RecordFacts = { ...pupilFile, retentionFrom: '2012-05-01' };
const consent: RecordFacts = {
  ...pupilFile,
  recordKind: 'consent',
  unitId: 'consent~doc-1~photographs~p-7',
  retentionFrom: '2025-01-01',
  incidentIds: [],
  consentWithdrawn: true,
};
const allegation: RecordFacts = {
  ...pupilFile,
  recordKind: 'allegation',
  unitId: 'allegation~inc-9',
  personId: 'teacher-ben',
  retentionFrom: '2024-10-01',
  incidentIds: ['inc-9'],
  allegationOutcome: 'malicious',
};
const fileTarget = { recordKind: 'child_protection_file', personId: 'p-7' };
const consentTarget = { recordKind: 'consent', personId: 'p-7', documentId: 'doc-1', consent: 'photographs' };
const allegationTarget = { recordKind: 'allegation', personId: 'teacher-ben', incidentId: 'inc-9' };
const erase = (target: object, basis: string, record: RecordFacts | null, options: object = dsl, extra: object = {}) =>
  c('EraseSubject', { erasureId: 'er-1', target, basis, record, ...extra }, options);
const hold = (scope: string, scopeId: string, holdId = 'hold-1'): PrivacyEvent => ({
  type: 'LegalHoldPlaced',
  data: { holdId, scope: scope as 'pupil', scopeId, reason: 'IICSA', reference: 'INQ-1', placedBy: 'head-cho' },
});

describe('privacyDecider', () => {
  describe('when a withdrawn consent is erased', () => {
    it('should record SubjectErased naming the unit, the basis and who authorised, and no personal data', () => {
      given(privacyDecider)
        .when(erase(consentTarget, 'consent_withdrawn', consent))
        .then([
          {
            type: 'SubjectErased',
            data: {
              recordKind: 'consent',
              unitId: 'consent~doc-1~photographs~p-7',
              personId: 'p-7',
              erasureId: 'er-1',
              basis: 'consent_withdrawn',
              reference: null,
              authorisedBy: ['dsl-amara'],
              ruleVersion: null,
            },
          },
        ]);
    });

    it('should refuse a consent still in force (ERASURE.CONSENT_NOT_WITHDRAWN)', () => {
      given(privacyDecider)
        .when(erase(consentTarget, 'consent_withdrawn', { ...consent, consentWithdrawn: false }))
        .thenRejects('ERASURE.CONSENT_NOT_WITHDRAWN');
    });
  });

  describe('when a malicious allegation is erased', () => {
    it('should record SubjectErased for the allegation only', () => {
      given(privacyDecider)
        .when(erase(allegationTarget, 'malicious_allegation', allegation, head))
        .then([{ type: 'SubjectErased', data: expect.objectContaining({ unitId: 'allegation~inc-9', personId: 'teacher-ben' }) }]);
    });

    it('should refuse an allegation with another outcome (ERASURE.NOT_MALICIOUS)', () => {
      given(privacyDecider)
        .when(erase(allegationTarget, 'malicious_allegation', { ...allegation, allegationOutcome: 'unsubstantiated' }))
        .thenRejects('ERASURE.NOT_MALICIOUS');
    });

    it('should refuse the basis for another kind of record (ERASURE.BASIS_NOT_APPLICABLE)', () => {
      given(privacyDecider)
        .when(erase(fileTarget, 'malicious_allegation', pupilFile))
        .thenRejects('ERASURE.BASIS_NOT_APPLICABLE');
      given(privacyDecider)
        .when(erase(fileTarget, 'consent_withdrawn', pupilFile))
        .thenRejects('ERASURE.BASIS_NOT_APPLICABLE');
    });
  });

  describe('when a child-protection file is erased at the end of its retention', () => {
    it('should only record the request until a second person confirms', () => {
      given(privacyDecider)
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .then([{ type: 'ErasureRequested', data: expect.objectContaining({ unitId: 'p-7', requestedBy: 'dsl-amara' }) }]);
    });

    it('should erase when a second person confirms, naming both and the rule version', () => {
      const requested = given(privacyDecider)
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .then(() => undefined);
      given(privacyDecider, requested)
        .when(c('ConfirmErasure', { erasureId: 'er-1', record: pupilFile }, head))
        .then([
          {
            type: 'SubjectErased',
            data: expect.objectContaining({ erasureId: 'er-1', authorisedBy: ['dsl-amara', 'head-cho'], ruleVersion: 0 }),
          },
        ]);
    });

    it('should refuse the same person confirming (ERASURE.SECOND_PERSON_REQUIRED)', () => {
      const requested = given(privacyDecider)
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .then(() => undefined);
      given(privacyDecider, requested)
        .when(c('ConfirmErasure', { erasureId: 'er-1', record: pupilFile }))
        .thenRejects('ERASURE.SECOND_PERSON_REQUIRED');
    });

    it('should refuse a confirmation nobody asked for (ERASURE.NOT_PENDING)', () => {
      given(privacyDecider)
        .when(c('ConfirmErasure', { erasureId: 'er-9', record: pupilFile }, head))
        .thenRejects('ERASURE.NOT_PENDING');
    });

    it('should refuse a second request for the same file (ERASURE.ALREADY_REQUESTED)', () => {
      const requested = given(privacyDecider)
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .then(() => undefined);
      given(privacyDecider, requested)
        .when(erase(fileTarget, 'retention_expired', pupilFile, head, { erasureId: 'er-2' }))
        .thenRejects('ERASURE.ALREADY_REQUESTED');
    });

    it('should refuse a file still in retention (ERASURE.RETENTION_NOT_EXPIRED)', () => {
      given(privacyDecider)
        .when(erase(fileTarget, 'retention_expired', youngPupil))
        .thenRejects('ERASURE.RETENTION_NOT_EXPIRED');
    });

    it('should refuse a file kept past its retention (ERASURE.RETENTION_NOT_EXPIRED)', () => {
      const kept: PrivacyEvent = {
        type: 'RetentionExtended',
        data: {
          recordKind: 'child_protection_file',
          unitId: 'p-7',
          personId: 'p-7',
          until: '2026-01-01',
          reason: 'sibling case',
          extendedBy: 'head-cho',
        },
      };
      given(privacyDecider, [kept])
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .thenRejects('ERASURE.RETENTION_NOT_EXPIRED');
    });

    it('should use the setting’s own rule version when it has one', () => {
      const longer: PrivacyEvent = {
        type: 'RetentionRuleSet',
        data: { recordKind: 'child_protection_file', ruleVersion: 1, years: 30, note: 'LA' },
      };
      given(privacyDecider, [longer])
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .thenRejects('ERASURE.RETENTION_NOT_EXPIRED');
    });
  });

  describe('when a legal hold stands', () => {
    it('should refuse erasure of the held pupil’s file, then allow it once lifted', () => {
      const placed = hold('pupil', 'p-7');
      given(privacyDecider, [placed])
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .thenRejects('ERASURE.LEGAL_HOLD');
      const lifted: PrivacyEvent = { type: 'LegalHoldLifted', data: { holdId: 'hold-1', reason: 'inquiry closed', liftedBy: 'head-cho' } };
      given(privacyDecider, [placed, lifted])
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .then([{ type: 'ErasureRequested' }]);
    });

    it('should refuse erasure under an incident or setting hold, and refuse the confirmation of a request made before the hold', () => {
      given(privacyDecider, [hold('incident', 'inc-1')])
        .when(erase(fileTarget, 'court_order', pupilFile, dsl, { reference: 'C-1' }))
        .thenRejects('ERASURE.LEGAL_HOLD');
      given(privacyDecider, [hold('setting', 'oakfield-ap')])
        .when(erase(consentTarget, 'consent_withdrawn', consent))
        .thenRejects('ERASURE.LEGAL_HOLD');
      const requested = given(privacyDecider)
        .when(erase(fileTarget, 'retention_expired', pupilFile))
        .then(() => undefined);
      given(privacyDecider, [...requested, hold('pupil', 'p-7')])
        .when(c('ConfirmErasure', { erasureId: 'er-1', record: pupilFile }, head))
        .thenRejects('ERASURE.LEGAL_HOLD');
    });

    it('should refuse lifting an unknown or lifted hold (HOLD.NOT_FOUND, HOLD.ALREADY_LIFTED) and a second hold with one id (HOLD.DUPLICATE_ID)', () => {
      given(privacyDecider)
        .when(c('LiftLegalHold', { holdId: 'hold-9', reason: 'r' }))
        .thenRejects('HOLD.NOT_FOUND');
      const lifted: PrivacyEvent = { type: 'LegalHoldLifted', data: { holdId: 'hold-1', reason: 'r', liftedBy: 'head-cho' } };
      given(privacyDecider, [hold('pupil', 'p-7'), lifted])
        .when(c('LiftLegalHold', { holdId: 'hold-1', reason: 'r' }))
        .thenRejects('HOLD.ALREADY_LIFTED');
      given(privacyDecider, [hold('pupil', 'p-7')])
        .when(c('PlaceLegalHold', { holdId: 'hold-1', scope: 'pupil', scopeId: 'p-8', reason: 'r', reference: 'x' }))
        .thenRejects('HOLD.DUPLICATE_ID');
    });
  });

  describe('when the record cannot be erased', () => {
    it('should refuse an unknown record (ERASURE.RECORD_NOT_FOUND)', () => {
      given(privacyDecider)
        .when(erase(fileTarget, 'court_order', null, dsl, { reference: 'C-1' }))
        .thenRejects('ERASURE.RECORD_NOT_FOUND');
    });

    it('should refuse a record already erased (ERASURE.ALREADY_ERASED)', () => {
      given(privacyDecider)
        .when(erase(consentTarget, 'consent_withdrawn', { ...consent, erased: true }))
        .thenRejects('ERASURE.ALREADY_ERASED');
    });

    it('should refuse a court order without its reference (ERASURE.REFERENCE_REQUIRED)', () => {
      given(privacyDecider)
        .when(erase(fileTarget, 'court_order', pupilFile))
        .thenRejects('ERASURE.REFERENCE_REQUIRED');
    });

    it('should refuse a target without the id its kind needs (ERASURE.TARGET_INCOMPLETE)', () => {
      given(privacyDecider)
        .when(erase({ recordKind: 'allegation', personId: 'teacher-ben' }, 'malicious_allegation', null))
        .thenRejects('ERASURE.TARGET_INCOMPLETE');
    });

    it('should refuse anyone but the DSL or the head (COMMAND.ROLE_NOT_PERMITTED)', () => {
      given(privacyDecider)
        .when(erase(consentTarget, 'consent_withdrawn', consent, as('deputy_dsl', 'dsl-amara')))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
      given(privacyDecider)
        .when(erase(consentTarget, 'consent_withdrawn', consent, as('staff', 'teacher-ben')))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });

  describe('when retention is kept or its rule changed', () => {
    it('should record RetentionExtended with the date and the reason', () => {
      given(privacyDecider)
        .when(c('ExtendRetention', { target: fileTarget, until: '2030-01-01', reason: 'sibling case open', record: pupilFile }))
        .then([{ type: 'RetentionExtended', data: expect.objectContaining({ unitId: 'p-7', until: '2030-01-01' }) }]);
    });

    it('should refuse a date not after today (RETENTION.UNTIL_NOT_IN_FUTURE)', () => {
      given(privacyDecider)
        .when(c('ExtendRetention', { target: fileTarget, until: '2025-03-01', reason: 'r', record: pupilFile }))
        .thenRejects('RETENTION.UNTIL_NOT_IN_FUTURE');
    });

    it('should version the setting’s rules from the IRMS default (version 0)', () => {
      const first = given(privacyDecider)
        .when(c('SetRetentionRule', { recordKind: 'staff_training_record', years: 7, note: 'LA guidance' }, head))
        .then([{ type: 'RetentionRuleSet', data: { recordKind: 'staff_training_record', ruleVersion: 1, years: 7, note: 'LA guidance' } }]);
      given(privacyDecider, first)
        .when(c('SetRetentionRule', { recordKind: 'staff_training_record', years: 8, note: 'again' }, head))
        .then([{ type: 'RetentionRuleSet', data: expect.objectContaining({ ruleVersion: 2 }) }]);
      given(privacyDecider)
        .when(c('SetRetentionRule', { recordKind: 'consent', years: 0, note: 'x' }))
        .thenRejects('RETENTION.INVALID_YEARS');
    });
  });
});

describe('retention', () => {
  it('should count whole years from the date the kind counts from (29 February falls back to 28)', () => {
    expect(
      retentionEnds({ retentionFrom: '2010-06-15' }, { recordKind: 'child_protection_file', ruleVersion: 0, years: 25, note: '' }),
    ).toBe('2035-06-15');
    expect(retentionEnds({ retentionFrom: '2012-02-29' }, { recordKind: 'consent', ruleVersion: 0, years: 1, note: '' })).toBe(
      '2013-02-28',
    );
    expect(retentionEnds({ retentionFrom: null }, { recordKind: 'consent', ruleVersion: 0, years: 1, note: '' })).toBeNull();
  });

  it('should index records by erasure unit, with the date their retention counts from', () => {
    const at = (occurredAt: string) => ({ occurredAt });
    const records = indexRecords([
      { type: 'PupilReferenceRegistered', data: { pupilId: 'p-7', dateOfBirth: '2010-06-15' }, meta: at('2022-09-01T08:00:00Z') },
      { type: 'StaffMemberJoined', data: { staffId: 'teacher-ben' }, meta: at('2022-09-01T08:00:00Z') },
      {
        type: 'IncidentReported',
        data: { incidentId: 'inc-9', aboutStaffId: 'teacher-ben', involvedPupilIds: ['p-7'] },
        meta: at('2024-10-01T08:00:00Z'),
      },
      { type: 'AllegationOutcomeRecorded', data: { incidentId: 'inc-9', outcome: 'false' }, meta: at('2024-12-01T08:00:00Z') },
      { type: 'SearchConducted', data: { searchId: 's-1', pupilId: 'p-7' }, meta: at('2024-10-05T08:00:00Z') },
      { type: 'StaffMemberLeft', data: { staffId: 'teacher-ben' }, meta: at('2025-01-31T08:00:00Z') },
    ]);
    expect(records.get('p-7')).toMatchObject({ recordKind: 'child_protection_file', retentionFrom: '2010-06-15', incidentIds: ['inc-9'] });
    expect(records.get('allegation~inc-9')).toMatchObject({
      personId: 'teacher-ben',
      retentionFrom: '2024-10-01',
      allegationOutcome: 'false',
    });
    expect(records.get('search~s-1')).toMatchObject({ recordKind: 'device_search', retentionFrom: '2025-08-31' });
    expect(records.get('teacher-ben')).toMatchObject({ recordKind: 'staff_training_record', retentionFrom: '2025-01-31' });
  });

  it('should say which holds cover which records', () => {
    expect(holdCovers({ holdId: 'h', scope: 'staff', scopeId: 'teacher-ben' }, allegation)).toBe(true);
    expect(holdCovers({ holdId: 'h', scope: 'pupil', scopeId: 'p-8' }, pupilFile)).toBe(false);
    expect(unitOf({ recordKind: 'device_search', personId: 'p-7', searchId: 's-1' })).toBe('search~s-1');
  });
});
