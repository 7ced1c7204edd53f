import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { DocumentCommand } from './domain/document.commands.js';
import { documentDecider, toDocumentStreamId } from './domain/document.decider.js';
import { DOCUMENT_ROLES } from './domain/document.roles.js';
import {
  AcknowledgeDocumentInput,
  ApproveVersionInput,
  DraftDocumentInput,
  GiveConsentInput,
  PublishVersionInput,
  RatifyVersionInput,
  RecordPolicySharedWithParentsInput,
  RetireDocumentInput,
  ReviewDocumentInput,
  ScheduleReviewInput,
  SignAgreementInput,
  WithdrawConsentInput,
} from './graphql/document.input.js';

/** Every policies, agreements and consent command; each returns the document id. */
export const POLICIES_CATALOGUE = new CommandCatalogue<WithoutContext<DocumentCommand>>(
  aggregateCatalogue({
    decider: documentDecider,
    toStreamId: (c) => toDocumentStreamId(c.tenantId, c.documentId),
    aggregateId: (c) => c.documentId,
    roles: DOCUMENT_ROLES,
  })({
    DraftDocument: command(DraftDocumentInput, {
      description: 'Draft a new policy or statutory document; returns its id',
      toCommand: (input, newId) => ({
        kind: 'DraftDocument',
        documentId: input.documentId ?? newId(),
        title: input.title,
        documentKind: input.documentKind,
        statutory: input.statutory,
        acknowledgedBy: input.acknowledgedBy,
      }),
    }),
    PublishVersion: command(PublishVersionInput, {
      description: 'Publish a version of a document (its content hash, optionally its text)',
      toCommand: (input) => ({
        kind: 'PublishVersion',
        documentId: input.documentId,
        version: input.version,
        contentHash: input.contentHash,
        text: input.text,
      }),
    }),
    ApproveVersion: command(ApproveVersionInput, {
      description: 'Record governors’ approval of a published version',
      toCommand: (input) => ({
        kind: 'ApproveVersion',
        documentId: input.documentId,
        version: input.version,
        committee: input.committee,
      }),
    }),
    RatifyVersion: command(RatifyVersionInput, {
      description: 'The chair of governors ratifies an approved version',
      toCommand: (input) => ({ kind: 'RatifyVersion', documentId: input.documentId, version: input.version }),
    }),
    ScheduleReview: command(ScheduleReviewInput, {
      description: 'Set when the document is next due for review',
      toCommand: (input) => ({
        kind: 'ScheduleReview',
        documentId: input.documentId,
        dueOn: input.dueOn,
        cadenceMonths: input.cadenceMonths,
      }),
    }),
    ReviewDocument: command(ReviewDocumentInput, {
      description: 'Record a review of the document, its outcome and the next due date (lateness is kept)',
      toCommand: (input) => ({
        kind: 'ReviewDocument',
        documentId: input.documentId,
        outcome: input.outcome,
        nextDueOn: input.nextDueOn,
      }),
    }),
    RetireDocument: command(RetireDocumentInput, {
      description: 'Retire a document',
      toCommand: (input) => ({ kind: 'RetireDocument', documentId: input.documentId, reason: input.reason }),
    }),
    AcknowledgeDocument: command(AcknowledgeDocumentInput, {
      description: 'Acknowledge "read and understood" a version, as the signed-in member of staff',
      toCommand: (input) => ({
        kind: 'AcknowledgeDocument',
        documentId: input.documentId,
        version: input.version,
        contentHash: input.contentHash,
      }),
    }),
    SignAgreement: command(SignAgreementInput, {
      description: 'Record that a pupil or parent signed an agreement version',
      toCommand: (input) => ({
        kind: 'SignAgreement',
        documentId: input.documentId,
        version: input.version,
        contentHash: input.contentHash,
        signatory: input.signatory,
        pupilId: input.pupilId,
      }),
    }),
    GiveConsent: command(GiveConsentInput, {
      description: 'Record a parent’s or carer’s consent for a pupil',
      toCommand: (input) => ({
        kind: 'GiveConsent',
        documentId: input.documentId,
        version: input.version,
        consent: input.consent,
        pupilId: input.pupilId,
        givenBy: input.givenBy,
      }),
    }),
    RecordPolicySharedWithParents: command(RecordPolicySharedWithParentsInput, {
      description: 'Record that a published version was shared with parents and carers: which version, how and on which day',
      toCommand: (input) => ({
        kind: 'RecordPolicySharedWithParents',
        documentId: input.documentId,
        version: input.version,
        contentHash: input.contentHash,
        channel: input.channel,
        sharedOn: input.sharedOn,
      }),
    }),
    WithdrawConsent: command(WithdrawConsentInput, {
      description: 'Record that a consent was withdrawn',
      toCommand: (input) => ({ kind: 'WithdrawConsent', documentId: input.documentId, consent: input.consent, pupilId: input.pupilId }),
    }),
  }),
);
