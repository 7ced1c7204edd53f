import { RuleViolation } from '@ledger/kernel';

export const DocumentErrors = {
  notFound: (id: string) => new RuleViolation('POLICY.NOT_FOUND', `Document ${id} has not been drafted`, { id }),
  exists: (id: string) => new RuleViolation('POLICY.ALREADY_DRAFTED', `Document ${id} already exists`, { id }),
  retired: (id: string) => new RuleViolation('POLICY.RETIRED', `Document ${id} is retired`, { id }),
  versionExists: (version: string) => new RuleViolation('POLICY.VERSION_EXISTS', `Version ${version} is already published`, { version }),
  versionNotPublished: (version: string) =>
    new RuleViolation('POLICY.VERSION_NOT_PUBLISHED', `Version ${version} has not been published`, { version }),
  versionNotApproved: (version: string) =>
    new RuleViolation('POLICY.VERSION_NOT_APPROVED', `Only an approved version can be ratified; ${version} is not approved`, { version }),
  hashMismatch: (version: string) =>
    new RuleViolation('POLICY.HASH_MISMATCH', `The content hash signed is not the hash of version ${version}`, { version }),
  invalidHash: (value: string) => new RuleViolation('POLICY.INVALID_HASH', `contentHash must be a SHA-256 in hex: ${value}`, { value }),
  noConsent: (consent: string, pupilId: string) =>
    new RuleViolation('POLICY.NO_CONSENT', `No ${consent} consent is in force for ${pupilId}`, { consent, pupilId }),
  notDue: (value: string) => new RuleViolation('POLICY.INVALID_DUE_DATE', `dueOn must be a YYYY-MM-DD date: ${value}`, { value }),
  sharedInFuture: (sharedOn: string) =>
    new RuleViolation('POLICY.SHARED_IN_FUTURE', `A policy cannot be recorded as shared on ${sharedOn}, a day still to come`, { sharedOn }),
};
