import type { DomainCommand } from '@ledger/kernel';
import type { ConsentKind, DocumentKind, ReviewOutcome, SharingChannel, Signatory } from './document.events.js';

export type DraftDocument = DomainCommand<
  'DraftDocument',
  { documentId: string; title: string; documentKind: DocumentKind; statutory: boolean; acknowledgedBy: readonly string[] }
>;
export type PublishVersion = DomainCommand<'PublishVersion', { documentId: string; version: string; contentHash: string; text?: string }>;
export type ApproveVersion = DomainCommand<'ApproveVersion', { documentId: string; version: string; committee: string }>;
export type RatifyVersion = DomainCommand<'RatifyVersion', { documentId: string; version: string }>;
export type ScheduleReview = DomainCommand<'ScheduleReview', { documentId: string; dueOn: string; cadenceMonths: number }>;
export type ReviewDocument = DomainCommand<'ReviewDocument', { documentId: string; outcome: ReviewOutcome; nextDueOn: string }>;
export type RetireDocument = DomainCommand<'RetireDocument', { documentId: string; reason: string }>;
export type AcknowledgeDocument = DomainCommand<'AcknowledgeDocument', { documentId: string; version: string; contentHash: string }>;
export type SignAgreement = DomainCommand<
  'SignAgreement',
  { documentId: string; version: string; contentHash: string; signatory: Signatory; pupilId: string }
>;
export type GiveConsent = DomainCommand<
  'GiveConsent',
  { documentId: string; version: string; consent: ConsentKind; pupilId: string; givenBy: string }
>;
export type RecordPolicySharedWithParents = DomainCommand<
  'RecordPolicySharedWithParents',
  { documentId: string; version: string; contentHash: string; channel: SharingChannel; sharedOn: string }
>;
export type WithdrawConsent = DomainCommand<'WithdrawConsent', { documentId: string; consent: ConsentKind; pupilId: string }>;

export type DocumentCommand =
  | DraftDocument
  | PublishVersion
  | ApproveVersion
  | RatifyVersion
  | ScheduleReview
  | ReviewDocument
  | RetireDocument
  | AcknowledgeDocument
  | SignAgreement
  | GiveConsent
  | WithdrawConsent
  | RecordPolicySharedWithParents;
