import { RuleViolation } from '@ledger/kernel';

export const ClockErrors = {
  invalidWorkingDays: (workingDays: number) =>
    new RuleViolation('CLOCK.INVALID_WORKING_DAYS', `workingDays must be a whole number from 0 to 30: ${workingDays}`, { workingDays }),
  invalidDate: (field: string, value: string) =>
    new RuleViolation('CLOCK.INVALID_DATE', `${field} must be a date (YYYY-MM-DD): ${value}`, { field, value }),
  termEndsBeforeStart: (start: string, end: string) =>
    new RuleViolation('CLOCK.TERM_ENDS_BEFORE_START', `A term cannot end (${end}) before it starts (${start})`, { start, end }),
  termOverlaps: (termId: string) =>
    new RuleViolation('CLOCK.TERM_OVERLAPS', `The term overlaps term ${termId} already recorded`, { termId }),
  termExists: (termId: string) => new RuleViolation('CLOCK.TERM_EXISTS', `Term ${termId} is already recorded`, { termId }),
  closureExists: (date: string) => new RuleViolation('CLOCK.CLOSURE_EXISTS', `${date} is already recorded as a closure day`, { date }),
};
