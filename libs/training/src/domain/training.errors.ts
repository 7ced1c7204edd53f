import { RuleViolation } from '@ledger/kernel';

export const TrainingErrors = {
  courseExists: (id: string) => new RuleViolation('TRAINING.COURSE_EXISTS', `Course ${id} is already defined`, { id }),
  unknownCourse: (id: string) => new RuleViolation('TRAINING.UNKNOWN_COURSE', `Course ${id} is not defined`, { id }),
  noRule: (courseId: string) => new RuleViolation('TRAINING.NO_CADENCE_RULE', `No cadence rule is in force for ${courseId}`, { courseId }),
  invalidInterval: (months: number) =>
    new RuleViolation('TRAINING.INVALID_INTERVAL', `intervalMonths must be a whole number from 1 to 60: ${months}`, { months }),
  invalidDate: (value: string) => new RuleViolation('TRAINING.INVALID_DATE', `completedOn must be YYYY-MM-DD: ${value}`, { value }),
  futureCompletion: (value: string) =>
    new RuleViolation('TRAINING.COMPLETED_IN_FUTURE', `completedOn ${value} is in the future`, { value }),
  unknownCompletion: (id: string) =>
    new RuleViolation('TRAINING.UNKNOWN_COMPLETION', `A correction must name a recorded completion; ${id} is not one`, { id }),
  duplicateCompletion: (id: string) => new RuleViolation('TRAINING.DUPLICATE_COMPLETION', `Completion ${id} already exists`, { id }),
  alreadyRetracted: (id: string) =>
    new RuleViolation('TRAINING.ALREADY_RETRACTED', `Completion ${id} is already retracted or superseded`, { id }),
};
