import { NO_SETTING_CALENDAR, type SettingCalendar } from '@ledger/kernel';
import { clocksMetByYear, readClocks, type ClockDefinition, type ClockEvent, type ClockRuleVersion } from './clock.rules.js';

// Autumn 2025 with half term 27–31 October.
const autumn: SettingCalendar = {
  terms: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
  closureDays: [],
};
const at = (date: string, time = '10:00') => `${date}T${time}:00.000Z`;
const reported = (incidentId: string, date: string, extra: object = {}): ClockEvent => ({
  type: 'IncidentReported',
  occurredAt: at(date),
  data: { incidentId, category: 'cyberbullying', aboutStaffId: null, ...extra },
});
const triaged = (incidentId: string, date: string): ClockEvent => ({
  type: 'IncidentTriaged',
  occurredAt: at(date, '15:00'),
  data: { incidentId },
});

/** Given events, when the clocks are read on `today`, then … */
function given(
  events: readonly ClockEvent[],
  options: { calendar?: SettingCalendar; rules?: ClockRuleVersion[]; definitions?: ClockDefinition[] } = {},
) {
  return {
    whenReadOn: (today: string) =>
      readClocks(events, {
        calendar: options.calendar ?? NO_SETTING_CALENDAR,
        rules: options.rules ?? [],
        today,
        definitions: options.definitions,
      }),
  };
}

describe(readClocks.name, () => {
  describe('concern_triage: a concern triaged within 1 working day', () => {
    it('should be met when triaged the next working day, across a weekend', () => {
      // Friday 7 November → due Monday 10 November.
      const [clock] = given([reported('i-1', '2025-11-07'), triaged('i-1', '2025-11-10')]).whenReadOn('2025-11-20');
      expect(clock).toMatchObject({
        clock: 'concern_triage',
        subjectId: 'i-1',
        dueBy: '2025-11-10',
        status: 'met',
        rule: { ruleVersion: 0, workingDays: 1 },
      });
    });

    it('should still run after the last recorded term, counting weekdays that are not bank holidays', () => {
      // Friday 19 December 2025 is the last day of the last term entered: due Monday 22 December, late on Tuesday.
      const [clock] = given([reported('i-1', '2025-12-19')], { calendar: autumn }).whenReadOn('2025-12-23');
      expect(clock).toMatchObject({ dueBy: '2025-12-22', status: 'late' });
    });

    it('should be met across a half term: Friday before half term is due the first Monday back', () => {
      const [clock] = given([reported('i-1', '2025-10-24'), triaged('i-1', '2025-11-03')], { calendar: autumn }).whenReadOn('2025-11-20');
      expect(clock).toMatchObject({ dueBy: '2025-11-03', status: 'met' });
    });

    it('should be due across a bank holiday, and late the day after', () => {
      // Thursday 2 April 2026, before Good Friday and Easter Monday: due Tuesday 7 April.
      const events = [reported('i-1', '2026-04-02')];
      expect(given(events).whenReadOn('2026-04-07')[0]).toMatchObject({ dueBy: '2026-04-07', status: 'due' });
      expect(given(events).whenReadOn('2026-04-08')[0]).toMatchObject({ status: 'late', stoppedOn: null });
    });

    it('should be met late when triaged after the deadline', () => {
      expect(given([reported('i-1', '2025-11-07'), triaged('i-1', '2025-11-12')]).whenReadOn('2025-11-20')[0]).toMatchObject({
        status: 'met_late',
        stoppedOn: '2025-11-12',
      });
    });

    it('should judge by the setting’s rule in force when the clock started, and name its version', () => {
      const rules: ClockRuleVersion[] = [{ clock: 'concern_triage', ruleVersion: 1, workingDays: 2, from: at('2025-11-01') }];
      const [before, after] = given(
        [reported('i-0', '2025-10-15'), reported('i-1', '2025-11-07'), triaged('i-0', '2025-10-17'), triaged('i-1', '2025-11-11')],
        {
          rules,
        },
      ).whenReadOn('2025-11-20');
      expect(before).toMatchObject({ rule: { ruleVersion: 0, workingDays: 1 }, status: 'met_late' });
      expect(after).toMatchObject({ rule: { ruleVersion: 1, workingDays: 2 }, dueBy: '2025-11-11', status: 'met' });
    });
  });

  describe('lado_discussion: an allegation against staff referred to the LADO within 1 working day', () => {
    const lado = (incidentId: string, date: string): ClockEvent => ({
      type: 'IncidentEscalated',
      occurredAt: at(date),
      data: { incidentId, agency: 'lado' },
    });

    it('should start only for a concern about a member of staff', () => {
      const clocks = given([reported('i-1', '2025-11-07'), reported('i-2', '2025-11-07', { aboutStaffId: 'teacher-1' })]).whenReadOn(
        '2025-11-07',
      );
      expect(clocks.filter((c) => c.clock === 'lado_discussion').map((c) => c.subjectId)).toEqual(['i-2']);
    });

    it('should stop on a referral to the LADO, not to another agency', () => {
      const events = [
        reported('i-2', '2025-11-07', { category: 'misuse_by_staff' }),
        { type: 'IncidentEscalated', occurredAt: at('2025-11-07'), data: { incidentId: 'i-2', agency: 'police' } },
      ];
      expect(
        given(events)
          .whenReadOn('2025-11-11')
          .find((c) => c.clock === 'lado_discussion'),
      ).toMatchObject({ status: 'late' });
      expect(
        given([...events, lado('i-2', '2025-11-10')])
          .whenReadOn('2025-11-11')
          .find((c) => c.clock === 'lado_discussion'),
      ).toMatchObject({
        status: 'met',
      });
    });
  });

  describe('parents_informed_of_search: parents informed as soon as practicable', () => {
    const search: ClockEvent = { type: 'SearchConducted', occurredAt: at('2025-11-07', '14:00'), data: { searchId: 's-1' } };
    const informed = (date: string): ClockEvent => ({ type: 'ParentsInformedOfSearch', occurredAt: at(date), data: { searchId: 's-1' } });

    it('should by default allow until the end of the next working day', () => {
      expect(given([search, informed('2025-11-10')]).whenReadOn('2025-11-20')[0]).toMatchObject({ dueBy: '2025-11-10', status: 'met' });
    });

    it('should allow only the same day when the setting sets 0 working days', () => {
      const rules: ClockRuleVersion[] = [{ clock: 'parents_informed_of_search', ruleVersion: 1, workingDays: 0, from: at('2025-09-01') }];
      expect(given([search, informed('2025-11-10')], { rules }).whenReadOn('2025-11-20')[0]).toMatchObject({
        dueBy: '2025-11-07',
        status: 'met_late',
      });
    });
  });

  describe('a clock another context adds (the CP-file-transfer hook)', () => {
    const transfer: ClockDefinition = {
      clock: 'cp_file_transfer',
      defaultWorkingDays: 5,
      measures: 'from the pupil leaving to the receiving school confirming receipt of the CP file, in school days',
      starts: (e) => (e.type === 'PupilLeft' ? (e.data.pupilId as string) : null),
      stops: (e) => (e.type === 'ChildProtectionFileReceived' ? (e.data.pupilId as string) : null),
    };

    it('should count five school days across a half term', () => {
      const events: ClockEvent[] = [
        { type: 'PupilLeft', occurredAt: at('2025-10-22'), data: { pupilId: 'p-1' } },
        { type: 'ChildProtectionFileReceived', occurredAt: at('2025-11-05'), data: { pupilId: 'p-1' } },
      ];
      expect(given(events, { calendar: autumn, definitions: [transfer] }).whenReadOn('2025-11-20')).toEqual([
        expect.objectContaining({
          clock: 'cp_file_transfer',
          dueBy: '2025-11-05',
          status: 'met',
          rule: { clock: 'cp_file_transfer', ruleVersion: 0, workingDays: 5 },
        }),
      ]);
    });
  });

  describe('when the same event arrives twice', () => {
    it('should keep one clock per subject, started by the first event and stopped by the first stop', () => {
      const clocks = given([
        reported('i-1', '2025-11-07'),
        reported('i-1', '2025-11-12'),
        triaged('i-1', '2025-11-10'),
        triaged('i-1', '2025-11-14'),
      ]).whenReadOn('2025-11-20');
      expect(clocks).toHaveLength(1);
      expect(clocks[0]).toMatchObject({ startedOn: '2025-11-07', stoppedOn: '2025-11-10', status: 'met' });
    });
  });
});

describe(clocksMetByYear.name, () => {
  it('should count met, missed and running clocks per academic year and clock', () => {
    const readings = given([
      reported('i-1', '2025-07-01'),
      triaged('i-1', '2025-07-02'),
      reported('i-2', '2025-11-07'),
      triaged('i-2', '2025-11-12'),
      reported('i-3', '2025-11-19'),
    ]).whenReadOn('2025-11-19');
    expect(clocksMetByYear(readings)).toEqual([
      { academicYear: 2024, clock: 'concern_triage', met: 1, missed: 0, running: 0 },
      { academicYear: 2025, clock: 'concern_triage', met: 0, missed: 1, running: 1 },
    ]);
  });
});
