import { GraphQLProblem } from './graphql';

/**
 * Every code the ledger answers with, as a sentence for the person at the screen. Domain codes
 * come from libs/<context>/src/domain/*.errors.ts; generic ones from the GraphQL edge.
 */
const MESSAGES: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'Your session has ended — sign in again.',
  FORBIDDEN: 'Your role does not allow this.',
  NOT_FOUND: 'That record cannot be found in this setting.',
  CONFLICT: 'Someone else recorded something on this record at the same moment. Check the record and try again.',
  BAD_USER_INPUT: 'Some answers need correcting.',
  NETWORK: 'The ledger cannot be reached. Check your connection and try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Nothing was recorded. Try again, or tell your administrator.',
  'COMMAND.ID_REUSED': 'This form was already sent with different answers. Reload the page and start again.',
  'COMMAND.ROLE_NOT_PERMITTED': 'Your role does not allow this.',
  'ERASURE.ALREADY_ERASED': 'That record has already been erased.',
  'ERASURE.ALREADY_REQUESTED': 'An erasure of that record is already waiting for a second person to confirm it.',
  'ERASURE.BASIS_NOT_APPLICABLE': 'That kind of record cannot be erased on that basis.',
  'ERASURE.CONSENT_NOT_WITHDRAWN': 'That consent has not been withdrawn, so it cannot be erased on that basis.',
  'ERASURE.DUPLICATE_ID': 'That erasure has already been recorded.',
  'ERASURE.LEGAL_HOLD': 'A legal hold covers this record, so it cannot be erased. Lift the hold first if it no longer applies.',
  'ERASURE.NOT_MALICIOUS': 'That allegation was not found to be malicious, so it cannot be erased on that basis.',
  'ERASURE.NOT_PENDING': 'That erasure is no longer waiting for confirmation. Reload the page to see where it stands.',
  'ERASURE.RECORD_NOT_FOUND': 'The ledger holds no such record in this setting.',
  'ERASURE.REFERENCE_REQUIRED': 'Enter the court order’s reference.',
  'ERASURE.RETENTION_NOT_EXPIRED': 'This record must still be kept: its retention period has not ended.',
  'ERASURE.SECOND_PERSON_REQUIRED': 'Someone other than the person who asked for this erasure must confirm it.',
  'ERASURE.TARGET_INCOMPLETE': 'The record is not fully named. Choose it again from the list.',
  'HOLD.ALREADY_LIFTED': 'That legal hold has already been lifted.',
  'HOLD.DUPLICATE_ID': 'That legal hold has already been placed.',
  'HOLD.NOT_FOUND': 'That legal hold cannot be found in this setting.',
  'RETENTION.INVALID_YEARS': 'A retention period is a whole number of years from 1 to 100.',
  'RETENTION.UNTIL_NOT_IN_FUTURE': 'Enter a date after today to keep the record until.',
  'PRIVACY.MISSING_TEXT': 'Fill in every required answer.',
  'INCIDENT.ACTION_ALREADY_COMPLETED': 'That action is already marked as done.',
  'INCIDENT.ALREADY_REPORTED': 'This concern has already been reported.',
  'INCIDENT.CLOSED': 'This incident is closed. Reopen it first to record anything more.',
  'INCIDENT.DUPLICATE_ID': 'That record already exists.',
  'INCIDENT.ESCALATION_OPEN': 'An escalation is still waiting for its outcome. Record the outcome before closing.',
  'INCIDENT.INVALID_EVIDENCE_HASH': 'The evidence fingerprint is not a SHA-256 hash. Choose the file again.',
  'INCIDENT.LADO_ONLY_FOR_STAFF': 'The LADO is only for concerns about a member of staff.',
  'INCIDENT.MISSING_TEXT': 'Fill in every required answer.',
  'INCIDENT.NOT_CLOSED': 'This incident is not closed, so it cannot be reopened.',
  'INCIDENT.NOT_FOUND': 'That incident cannot be found in this setting.',
  'INCIDENT.NOT_TRIAGED': 'Triage the incident before escalating or closing it.',
  'INCIDENT.REFERENCE_REQUIRED': 'Enter the agency’s reference, or say it is still pending.',
  'INCIDENT.UNKNOWN_ACTION': 'That action is not on this incident.',
  'INCIDENT.UNKNOWN_ESCALATION': 'That escalation is not on this incident.',
  'SEARCH.ALREADY_RECORDED': 'This search has already been recorded.',
  'SEARCH.COMPLETED': 'This search is complete; nothing more can be recorded on it.',
  'SEARCH.DEVICE_ALREADY_CONFISCATED': 'That device is already recorded as confiscated.',
  'SEARCH.DEVICE_NOT_CONFISCATED': 'That device has not been recorded as confiscated.',
  'SEARCH.DEVICE_RELEASED': 'That device has already been released.',
  'SEARCH.DEVICE_WITH_POLICE': 'That device is with the police.',
  'SEARCH.IIOC_NO_DELETION':
    'Data must never be deleted when indecent images of a child are suspected. Keep the device and hand it to the police.',
  'SEARCH.IIOC_POLICE_REQUIRED': 'Indecent images of a child are suspected: the device must be handed to the police.',
  'SEARCH.MISSING_TEXT': 'Fill in every required answer.',
  'SEARCH.NOT_FOUND': 'That search cannot be found in this setting.',
  'SEARCH.WITNESS_IS_SEARCHER': 'The witness must be a different member of staff from the person who searched.',
  'POLICY.HASH_MISMATCH': 'That is not the current version of the document. Reload the page and try again.',
  'POLICY.NOT_FOUND': 'That document cannot be found.',
  'POLICY.RETIRED': 'That document has been retired.',
  'POLICY.VERSION_NOT_PUBLISHED': 'That version has not been published yet.',
  'PUPIL.ALREADY_REGISTERED': 'That pupil reference is already registered.',
  'STAFF.NOT_FOUND': 'That member of staff is not on this setting’s staff list.',
  'STAFF.ALREADY_LEFT': 'That member of staff has left this setting.',
};

/** The sentence for one code, if the web app has one (tests check every domain code has). */
export const sentenceForCode = (code: string): string | undefined => MESSAGES[code];

/** The sentence for an error: its domain code's, else its generic code's, else a safe default. */
export function sentenceFor(error: unknown): string {
  if (error instanceof GraphQLProblem) return MESSAGES[error.specificCode] ?? MESSAGES[error.code] ?? MESSAGES.INTERNAL_SERVER_ERROR!;
  return MESSAGES.INTERNAL_SERVER_ERROR!;
}

/** Sign-in problems (`/sign-in?problem=…`) in plain English. */
export const SIGN_IN_PROBLEMS: Readonly<Record<string, string>> = {
  'link-used': 'That sign-in link has already been used. Each link works once: ask for a new one.',
  'link-expired': 'That sign-in link has expired. Ask your DSL or administrator for a new one.',
  'link-invalid': 'That sign-in link is not valid. Check you copied all of it, or ask for a new one.',
  'too-many-attempts': 'Too many sign-in links that did not work were opened from this network. Wait a minute, then try your link again.',
  'signed-out': 'You have signed out.',
  'session-ended': 'Your session has ended — sign in again.',
  'no-role': 'Your account has no role in the safeguarding ledger. Ask your DSL or administrator to add you.',
  'sign-in-failed': 'Sign-in did not work. Try again, or ask your administrator.',
};
