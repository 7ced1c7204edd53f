import { RuleViolation } from '@ledger/kernel';

export const PrivacyErrors = {
  recordNotFound: (unitId: string) =>
    new RuleViolation('ERASURE.RECORD_NOT_FOUND', `The ledger holds no such record (${unitId})`, { unitId }),
  alreadyErased: (unitId: string) => new RuleViolation('ERASURE.ALREADY_ERASED', `Record ${unitId} is already erased`, { unitId }),
  legalHold: (unitId: string, holdId: string) =>
    new RuleViolation(
      'ERASURE.LEGAL_HOLD',
      `Record ${unitId} is under legal hold ${holdId}: it cannot be erased until the hold is lifted`,
      {
        unitId,
        holdId,
      },
    ),
  retentionNotExpired: (unitId: string, endsOn: string | null, ruleVersion: number) =>
    new RuleViolation(
      'ERASURE.RETENTION_NOT_EXPIRED',
      endsOn === null
        ? `The retention period of ${unitId} has not started yet, so it cannot be erased on that basis`
        : `Record ${unitId} must be kept until ${endsOn} (retention rule version ${ruleVersion})`,
      { unitId, endsOn, ruleVersion },
    ),
  basisNotApplicable: (basis: string, recordKind: string) =>
    new RuleViolation('ERASURE.BASIS_NOT_APPLICABLE', `A ${recordKind.replaceAll('_', ' ')} cannot be erased on the basis ${basis}`, {
      basis,
      recordKind,
    }),
  consentNotWithdrawn: (unitId: string) =>
    new RuleViolation('ERASURE.CONSENT_NOT_WITHDRAWN', `Consent ${unitId} has not been withdrawn`, { unitId }),
  notMalicious: (unitId: string, outcome: string | null) =>
    new RuleViolation('ERASURE.NOT_MALICIOUS', `Allegation ${unitId} was not found to be malicious (outcome: ${outcome ?? 'none yet'})`, {
      unitId,
      outcome,
    }),
  referenceRequired: () => new RuleViolation('ERASURE.REFERENCE_REQUIRED', 'Erasure by court order needs the order’s reference'),
  targetIncomplete: (recordKind: string, field: string) =>
    new RuleViolation('ERASURE.TARGET_INCOMPLETE', `A ${recordKind.replaceAll('_', ' ')} is named with its ${field}`, {
      recordKind,
      field,
    }),
  noPendingErasure: (erasureId: string) =>
    new RuleViolation('ERASURE.NOT_PENDING', `No erasure ${erasureId} is waiting for confirmation`, { erasureId }),
  samePerson: (erasureId: string) =>
    new RuleViolation('ERASURE.SECOND_PERSON_REQUIRED', `Erasure ${erasureId} must be confirmed by someone other than who asked for it`, {
      erasureId,
    }),
  duplicateErasure: (erasureId: string) => new RuleViolation('ERASURE.DUPLICATE_ID', `Erasure ${erasureId} already exists`, { erasureId }),
  alreadyPending: (unitId: string, erasureId: string) =>
    new RuleViolation('ERASURE.ALREADY_REQUESTED', `Erasure ${erasureId} of ${unitId} is already waiting for confirmation`, {
      unitId,
      erasureId,
    }),
  untilNotLater: (until: string, now: string) =>
    new RuleViolation('RETENTION.UNTIL_NOT_IN_FUTURE', `A record is kept until a later date than today (${now.slice(0, 10)}): ${until}`, {
      until,
      now,
    }),
  invalidYears: (years: number) =>
    new RuleViolation('RETENTION.INVALID_YEARS', `A retention period is 1 to 100 whole years: ${years}`, { years }),
  holdExists: (holdId: string) => new RuleViolation('HOLD.DUPLICATE_ID', `Legal hold ${holdId} already exists`, { holdId }),
  holdNotFound: (holdId: string) => new RuleViolation('HOLD.NOT_FOUND', `There is no legal hold ${holdId}`, { holdId }),
  holdLifted: (holdId: string) => new RuleViolation('HOLD.ALREADY_LIFTED', `Legal hold ${holdId} is already lifted`, { holdId }),
  emptyText: (field: string) => new RuleViolation('PRIVACY.MISSING_TEXT', `${field} must not be empty`, { field }),
};
