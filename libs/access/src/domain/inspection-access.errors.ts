import { RuleViolation } from '@ledger/kernel';
import { MAX_GRANT_DAYS } from './inspection-access.events.js';

export const InspectionAccessErrors = {
  duplicateGrant: (grantId: string) => new RuleViolation('ACCESS.DUPLICATE_GRANT', `Grant ${grantId} already exists`, { grantId }),
  notFound: (grantId: string) => new RuleViolation('ACCESS.GRANT_NOT_FOUND', `There is no inspection grant ${grantId}`, { grantId }),
  alreadyRevoked: (grantId: string) =>
    new RuleViolation('ACCESS.GRANT_ALREADY_REVOKED', `Inspection grant ${grantId} is already revoked`, { grantId }),
  badWindow: (validFrom: string, validUntil: string) =>
    new RuleViolation('ACCESS.GRANT_WINDOW_INVALID', `validUntil (${validUntil}) must be after validFrom (${validFrom})`, {
      validFrom,
      validUntil,
    }),
  tooLong: (days: number) =>
    new RuleViolation(
      'ACCESS.GRANT_TOO_LONG',
      `Inspection access is time-boxed: at most ${MAX_GRANT_DAYS} days, not ${days}; grant again if the inspection runs on`,
      { days, maxDays: MAX_GRANT_DAYS },
    ),
  alreadyEnded: (validUntil: string) =>
    new RuleViolation('ACCESS.GRANT_ALREADY_ENDED', `validUntil ${validUntil} has already passed`, { validUntil }),
  emptyText: (field: string) => new RuleViolation('ACCESS.MISSING_TEXT', `${field} must not be empty`, { field }),
};
