import {
  checkOccurredAt,
  checkPayload,
  checkRole,
  ensure,
  streamId,
  type Decider,
  type SettingCalendar,
  type TermDates,
} from '@ledger/kernel';
import type { SettingClockCommand } from './clock.commands.js';
import { ClockErrors } from './clock.errors.js';
import type { SettingClockEvent } from './clock.events.js';
import { CLOCK_ROLES } from './clock.roles.js';
import type { ClockRuleVersion } from './clock.rules.js';

export type SettingClocksState = {
  readonly status: 'clocks';
  readonly rules: readonly ClockRuleVersion[];
  readonly terms: Readonly<Record<string, TermDates>>;
  readonly closureDays: readonly string[];
};

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The stream of a setting's clock rules and calendar. */
export const toSettingClocksStreamId = (tenantId: string): string => streamId('clocks', tenantId, 'setting');

/** The calendar the working-day arithmetic reads, from the decider's state. */
export function calendarOf(state: SettingClocksState): SettingCalendar {
  return { terms: Object.values(state.terms), closureDays: state.closureDays };
}

/**
 * A setting's clock rules (versioned, like the training cadence rules: local safeguarding partners
 * differ) and its calendar: terms and closure days (stream `clocks-<setting>.setting`).
 */
export const settingClocksDecider: Decider<SettingClockCommand, SettingClockEvent, SettingClocksState> = {
  initialState: () => ({ status: 'clocks', rules: [], terms: {}, closureDays: [] }),
  decide(command, state) {
    checkOccurredAt(command);
    checkRole(command, CLOCK_ROLES[command.kind], 'change the setting’s clocks or calendar');
    checkPayload(command, { mayBeEmpty: ['note'] });
    switch (command.kind) {
      case 'SetClockRule': {
        ensure(Number.isInteger(command.workingDays) && command.workingDays >= 0 && command.workingDays <= 30, () =>
          ClockErrors.invalidWorkingDays(command.workingDays),
        );
        const previous = state.rules.filter((rule) => rule.clock === command.clock).length;
        return [
          {
            type: 'ClockRuleSet',
            data: {
              clock: command.clock,
              ruleVersion: previous + 1,
              workingDays: command.workingDays,
              inForceFrom: command.occurredAt,
              note: command.note,
            },
          },
        ];
      }
      case 'RecordTerm': {
        ensure(isDate(command.start), () => ClockErrors.invalidDate('start', command.start));
        ensure(isDate(command.end), () => ClockErrors.invalidDate('end', command.end));
        ensure(command.start <= command.end, () => ClockErrors.termEndsBeforeStart(command.start, command.end));
        ensure(!state.terms[command.termId], () => ClockErrors.termExists(command.termId));
        const overlapping = Object.entries(state.terms).find(([, term]) => term.start <= command.end && command.start <= term.end);
        ensure(!overlapping, () => ClockErrors.termOverlaps(overlapping![0]));
        return [{ type: 'TermRecorded', data: { termId: command.termId, name: command.name, start: command.start, end: command.end } }];
      }
      case 'RecordClosureDay':
        ensure(isDate(command.date), () => ClockErrors.invalidDate('date', command.date));
        ensure(!state.closureDays.includes(command.date), () => ClockErrors.closureExists(command.date));
        return [{ type: 'ClosureDayRecorded', data: { date: command.date, reason: command.reason } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ClockRuleSet':
        return {
          ...state,
          rules: [
            ...state.rules,
            {
              clock: event.data.clock,
              ruleVersion: event.data.ruleVersion,
              workingDays: event.data.workingDays,
              from: event.data.inForceFrom,
            },
          ],
        };
      case 'TermRecorded':
        return { ...state, terms: { ...state.terms, [event.data.termId]: { start: event.data.start, end: event.data.end } } };
      case 'ClosureDayRecorded':
        return { ...state, closureDays: [...state.closureDays, event.data.date] };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};
