import type { ClockName } from './clock.rules.js';

/** A new version of the setting's rule for a clock, in force for clocks that start from `inForceFrom`. */
export type ClockRuleSet = {
  readonly type: 'ClockRuleSet';
  readonly data: {
    readonly clock: ClockName;
    readonly ruleVersion: number;
    readonly workingDays: number;
    readonly inForceFrom: string;
    readonly note: string;
  };
};
/** A term (or half term) of the setting: the days outside every term are holidays. */
export type TermRecorded = {
  readonly type: 'TermRecorded';
  readonly data: { readonly termId: string; readonly name: string; readonly start: string; readonly end: string };
};
/** A day the setting is closed within a term (INSET, snow, polling station). */
export type ClosureDayRecorded = {
  readonly type: 'ClosureDayRecorded';
  readonly data: { readonly date: string; readonly reason: string };
};
export type SettingClockEvent = ClockRuleSet | TermRecorded | ClosureDayRecorded;

export const SETTING_CLOCK_EVENT_TYPES = [
  'ClockRuleSet',
  'TermRecorded',
  'ClosureDayRecorded',
] as const satisfies readonly SettingClockEvent['type'][];
