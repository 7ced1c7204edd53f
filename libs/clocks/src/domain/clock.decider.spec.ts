import { command, context, staff, given } from '@ledger/testing';
import type { SettingClockCommand } from './clock.commands.js';
import { calendarOf, settingClocksDecider } from './clock.decider.js';
import type { SettingClockEvent } from './clock.events.js';

const c = (kind: SettingClockCommand['kind'], payload: object, role = 'dsl') =>
  command(kind, payload, { role, context: context([staff('dsl-amara')]) }) as unknown as SettingClockCommand;
const autumnFirstHalf: SettingClockEvent = {
  type: 'TermRecorded',
  data: { termId: 'autumn-1', name: 'Autumn 1', start: '2025-09-03', end: '2025-10-24' },
};

describe('settingClocksDecider', () => {
  describe('when a rule is set', () => {
    it('should number each new version of a clock’s rule and record when it is in force from', () => {
      const first = given(settingClocksDecider)
        .when(c('SetClockRule', { clock: 'concern_triage', workingDays: 2, note: 'LSCP protocol' }))
        .then([{ type: 'ClockRuleSet' }]);
      expect(first[0]!.data).toMatchObject({ clock: 'concern_triage', ruleVersion: 1, workingDays: 2 });
      given(settingClocksDecider, first)
        .when(c('SetClockRule', { clock: 'concern_triage', workingDays: 1, note: '' }))
        .then((events) => expect(events[0]!.data).toMatchObject({ ruleVersion: 2 }));
      given(settingClocksDecider, first)
        .when(c('SetClockRule', { clock: 'lado_discussion', workingDays: 1, note: '' }))
        .then((events) => expect(events[0]!.data).toMatchObject({ ruleVersion: 1 }));
    });

    it('should refuse a number of working days out of range, and a teacher', () => {
      given(settingClocksDecider)
        .when(c('SetClockRule', { clock: 'concern_triage', workingDays: 31, note: '' }))
        .thenRejects('CLOCK.INVALID_WORKING_DAYS');
      given(settingClocksDecider)
        .when(c('SetClockRule', { clock: 'concern_triage', workingDays: 1, note: '' }, 'staff'))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });

  describe('when terms and closure days are recorded', () => {
    it('should build the calendar the working days are counted in', () => {
      const closure: SettingClockEvent = { type: 'ClosureDayRecorded', data: { date: '2025-10-10', reason: 'INSET' } };
      const state = given(settingClocksDecider, [autumnFirstHalf, closure]).state;
      expect(calendarOf(state)).toEqual({ terms: [{ start: '2025-09-03', end: '2025-10-24' }], closureDays: ['2025-10-10'] });
    });

    it('should refuse an overlapping term, a term ending before it starts, a bad date and a closure recorded twice', () => {
      given(settingClocksDecider, [autumnFirstHalf])
        .when(c('RecordTerm', { termId: 'autumn-2', name: 'Autumn 2', start: '2025-10-20', end: '2025-12-19' }))
        .thenRejects('CLOCK.TERM_OVERLAPS');
      given(settingClocksDecider)
        .when(c('RecordTerm', { termId: 'autumn-2', name: 'Autumn 2', start: '2025-12-19', end: '2025-11-03' }))
        .thenRejects('CLOCK.TERM_ENDS_BEFORE_START');
      given(settingClocksDecider)
        .when(c('RecordClosureDay', { date: '2025-13-01', reason: 'x' }))
        .thenRejects('CLOCK.INVALID_DATE');
      given(settingClocksDecider, [{ type: 'ClosureDayRecorded', data: { date: '2025-10-10', reason: 'INSET' } }])
        .when(c('RecordClosureDay', { date: '2025-10-10', reason: 'INSET' }))
        .thenRejects('CLOCK.CLOSURE_EXISTS');
    });
  });
});
