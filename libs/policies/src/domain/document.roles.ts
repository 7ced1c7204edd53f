import { GOVERNOR_ROLES, LEADERSHIP_ROLES, STAFF_ROLES, type Role } from '@ledger/kernel';
import type { DocumentCommand } from './document.commands.js';

/** Who may issue each policies command: the one table the decider checks, the API's permission table lists and the README prints. */
export const DOCUMENT_ROLES = {
  DraftDocument: LEADERSHIP_ROLES,
  PublishVersion: LEADERSHIP_ROLES,
  ApproveVersion: GOVERNOR_ROLES,
  RatifyVersion: ['chair_of_governors'],
  ScheduleReview: [...LEADERSHIP_ROLES, ...GOVERNOR_ROLES],
  ReviewDocument: [...LEADERSHIP_ROLES, ...GOVERNOR_ROLES],
  RetireDocument: LEADERSHIP_ROLES,
  AcknowledgeDocument: STAFF_ROLES,
  SignAgreement: STAFF_ROLES,
  GiveConsent: STAFF_ROLES,
  WithdrawConsent: STAFF_ROLES,
  RecordPolicySharedWithParents: LEADERSHIP_ROLES,
} as const satisfies Record<DocumentCommand['kind'], readonly Role[]>;
