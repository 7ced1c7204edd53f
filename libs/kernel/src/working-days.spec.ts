import {
  addWorkingDays,
  BANK_HOLIDAY_YEARS,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  isWorkingDay,
  londonDate,
  NO_SETTING_CALENDAR,
  workingDaysBetween,
  type SettingCalendar,
} from './working-days.js';
import { addDays } from './dates.js';

/** Easter Sunday (anonymous Gregorian algorithm), to check the Good Fridays and Easter Mondays in the data. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Autumn term 2025 with a half term from Monday 27 to Friday 31 October, and an INSET day.
const autumn2025: SettingCalendar = {
  terms: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
  closureDays: ['2025-11-14'],
};

describe('working days', () => {
  describe('the built-in bank holidays of England and Wales', () => {
    it('should never fall at a weekend (substitute days are listed instead)', () => {
      for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    });
    it('should have Good Friday and Easter Monday in every year built in', () => {
      for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) {
        const easter = easterSunday(year);
        expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain(addDays(easter, -2));
        expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain(addDays(easter, 1));
      }
    });
    it('should have eight holidays a year, and nine in 2023 (the coronation)', () => {
      for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++)
        expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((date) => date.startsWith(`${year}-`))).toHaveLength(year === 2023 ? 9 : 8);
    });
  });

  describe('when the setting has recorded no term dates', () => {
    it('should skip a weekend', () => {
      // Friday 7 November 2025 + 1 working day = Monday 10 November.
      expect(addWorkingDays(NO_SETTING_CALENDAR, '2025-11-07', 1)).toBe('2025-11-10');
    });
    it('should skip a bank holiday: Thursday before Easter + 1 is the Tuesday after Easter Monday', () => {
      expect(addWorkingDays(NO_SETTING_CALENDAR, '2026-04-02', 1)).toBe('2026-04-07');
    });
    it('should skip the Christmas substitute day of 2026 (Boxing Day is a Saturday)', () => {
      expect(isWorkingDay(NO_SETTING_CALENDAR, '2026-12-28')).toBe(false);
      expect(addWorkingDays(NO_SETTING_CALENDAR, '2026-12-24', 1)).toBe('2026-12-29');
    });
    it('should count a Saturday event from the Monday', () => {
      expect(addWorkingDays(NO_SETTING_CALENDAR, '2025-11-08', 1)).toBe('2025-11-10');
    });
  });

  describe('when the setting has term dates and closure days', () => {
    it('should skip a half term: Friday before half term + 1 is the first Monday back', () => {
      expect(addWorkingDays(autumn2025, '2025-10-24', 1)).toBe('2025-11-03');
    });
    it('should count five school days across a half term', () => {
      // Wednesday 22 Oct: Thu 23, Fri 24, then Mon 3, Tue 4, Wed 5 November.
      expect(addWorkingDays(autumn2025, '2025-10-22', 5)).toBe('2025-11-05');
      expect(workingDaysBetween(autumn2025, '2025-10-22', '2025-11-05')).toBe(5);
    });
    it('should skip a closure day', () => {
      expect(addWorkingDays(autumn2025, '2025-11-13', 1)).toBe('2025-11-17');
    });
    it('should treat a day in the holidays as closed', () => {
      expect(isWorkingDay(autumn2025, '2025-10-29')).toBe(false);
      expect(isWorkingDay(autumn2025, '2025-12-22')).toBe(false);
    });
    it('should refuse to count when no term is in sight rather than loop', () => {
      expect(() => addWorkingDays(autumn2025, '2025-12-19', 1)).toThrow(RangeError);
    });
  });

  describe('londonDate', () => {
    it('should honour British Summer Time', () => {
      expect(londonDate('2025-07-01T23:30:00.000Z')).toBe('2025-07-02');
      expect(londonDate('2025-12-01T23:30:00.000Z')).toBe('2025-12-01');
    });
  });
});
