import { addDays } from './dates.js';

/**
 * Bank holidays of England and Wales, 2023–2028 (gov.uk/bank-holidays, with the
 * substitute days when a holiday falls at a weekend, and the 2023 coronation holiday).
 * Data, not a formula: the government adds one-off holidays at short notice.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]; // prettier-ignore

/** The years whose bank holidays are built in: outside them the calendar cannot say which days are working days. */
export const BANK_HOLIDAY_YEARS = { first: 2023, last: 2028 } as const;

/** A term (or half term) of a setting: the first and last day pupils attend, inclusive (YYYY-MM-DD). */
export interface TermDates {
  readonly start: string;
  readonly end: string;
}

/**
 * One setting's calendar: its terms (when any are recorded, a day outside every term is a
 * holiday) and its closure days (INSET days, snow days). Bank holidays are always closed.
 */
export interface SettingCalendar {
  readonly terms: readonly TermDates[];
  readonly closureDays: readonly string[];
}

/** A setting that has recorded no term dates and no closures: every weekday but bank holidays is a working day. */
export const NO_SETTING_CALENDAR: SettingCalendar = { terms: [], closureDays: [] };

const BANK_HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

/**
 * A working day (also "school day" in KCSIE's clocks) is one the setting is open: not a Saturday or
 * Sunday, not a bank holiday of England and Wales, not one of the setting's closure days, and within
 * one of its terms when it has recorded any (so half terms and holidays do not count).
 */
export function isWorkingDay(calendar: SettingCalendar, date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (BANK_HOLIDAYS.has(date) || calendar.closureDays.includes(date)) return false;
  return calendar.terms.length === 0 || calendar.terms.some((term) => term.start <= date && date <= term.end);
}

/**
 * The n-th working day strictly after `date` (n ≥ 1): "within 1 working day" of something on a
 * Friday before half term is the first Monday back. Searches at most ~2 years ahead, so a calendar
 * with no term in sight fails loudly instead of looping.
 */
export function addWorkingDays(calendar: SettingCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`addWorkingDays needs a whole number of days of at least 1, not ${n}`);
  let day = date;
  let counted = 0;
  for (let step = 0; step < 800; step++) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) counted += 1;
    if (counted === n) return day;
  }
  throw new RangeError(`No ${n} working days after ${date} in this setting's calendar`);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(calendar: SettingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(calendar, day)) count += 1;
  return count;
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in England (Europe/London, so BST is honoured) of an ISO-8601 instant: 23:30Z on 1 July is 2 July there. */
export function londonDate(instant: string): string {
  return LONDON_DATE.format(new Date(instant));
}
