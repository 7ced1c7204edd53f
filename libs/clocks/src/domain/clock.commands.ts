import type { DomainCommand } from '@ledger/kernel';
import type { ClockName } from './clock.rules.js';

export type SetClockRule = DomainCommand<'SetClockRule', { clock: ClockName; workingDays: number; note: string }>;
export type RecordTerm = DomainCommand<'RecordTerm', { termId: string; name: string; start: string; end: string }>;
export type RecordClosureDay = DomainCommand<'RecordClosureDay', { date: string; reason: string }>;
export type SettingClockCommand = SetClockRule | RecordTerm | RecordClosureDay;
