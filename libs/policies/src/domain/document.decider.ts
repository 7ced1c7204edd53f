import { checkCurrentStaff, checkDueDate, checkOccurredAt, checkPayload, checkRole, ensure, streamId, type Decider } from '@ledger/kernel';
import type { DocumentCommand } from './document.commands.js';
import { DocumentErrors } from './document.errors.js';
import { DOCUMENT_ROLES } from './document.roles.js';
import type { DocumentEvent } from './document.events.js';

interface DocumentFacts {
  readonly documentId: string;
  readonly versions: Readonly<Record<string, { readonly contentHash: string; readonly approved: boolean }>>;
  readonly nextDueOn: string | null;
  readonly consents: readonly string[];
}

export type DocumentState = { readonly status: 'none' } | ({ readonly status: 'active' | 'retired' } & DocumentFacts);

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

function publishedVersion(state: DocumentFacts, version: string, contentHash?: string) {
  const found = state.versions[version];
  ensure(found, () => DocumentErrors.versionNotPublished(version));
  ensure(contentHash === undefined || found.contentHash === contentHash, () => DocumentErrors.hashMismatch(version));
  return found;
}

/** Hashes are compared and stored lower-case, whoever sends them (the API, the CLI, the demo). */
function normalised(command: DocumentCommand): DocumentCommand {
  return 'contentHash' in command ? { ...command, contentHash: command.contentHash.toLowerCase() } : command;
}

/** A policy or statutory document: versions, approval, ratification, reviews, signatures (stream `document-<setting>.<documentId>`). */
export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = {
  initialState: () => ({ status: 'none' }),

  decide(sent, state) {
    const command = normalised(sent);
    checkOccurredAt(command);
    checkPayload(command, { longText: ['text'] });
    if (state.status === 'none') {
      if (command.kind !== 'DraftDocument') throw DocumentErrors.notFound(command.documentId);
      checkRole(command, DOCUMENT_ROLES[command.kind], 'draft a document');
      const { documentId, title, documentKind, statutory, acknowledgedBy } = command;
      return [{ type: 'DocumentDrafted', data: { documentId, title, kind: documentKind, statutory, acknowledgedBy } }];
    }
    const id = state.documentId;
    ensure(command.kind !== 'DraftDocument', () => DocumentErrors.exists(id));
    ensure(state.status === 'active', () => DocumentErrors.retired(id));
    switch (command.kind) {
      case 'PublishVersion':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'publish a version');
        ensure(!state.versions[command.version], () => DocumentErrors.versionExists(command.version));
        ensure(/^[0-9a-f]{64}$/.test(command.contentHash), () => DocumentErrors.invalidHash(command.contentHash));
        return [
          {
            type: 'DocumentVersionPublished',
            data: { documentId: id, version: command.version, contentHash: command.contentHash, text: command.text ?? null },
          },
        ];
      case 'ApproveVersion':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'approve a policy');
        publishedVersion(state, command.version);
        return [{ type: 'DocumentVersionApproved', data: { documentId: id, version: command.version, committee: command.committee } }];
      case 'RatifyVersion':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'ratify a policy');
        ensure(publishedVersion(state, command.version).approved, () => DocumentErrors.versionNotApproved(command.version));
        return [{ type: 'DocumentVersionRatified', data: { documentId: id, version: command.version, chairId: command.actor.id } }];
      case 'ScheduleReview':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'schedule a review');
        ensure(isDate(command.dueOn), () => DocumentErrors.notDue(command.dueOn));
        checkDueDate('dueOn', command.dueOn, command.context.now);
        return [{ type: 'DocumentReviewScheduled', data: { documentId: id, dueOn: command.dueOn, cadenceMonths: command.cadenceMonths } }];
      case 'ReviewDocument':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'review a policy');
        ensure(isDate(command.nextDueOn), () => DocumentErrors.notDue(command.nextDueOn));
        checkDueDate('nextDueOn', command.nextDueOn, command.context.now);
        return [
          {
            type: 'DocumentReviewed',
            data: {
              documentId: id,
              outcome: command.outcome,
              wasDueOn: state.nextDueOn,
              nextDueOn: command.nextDueOn,
              reviewerId: command.actor.id,
            },
          },
        ];
      case 'RetireDocument':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'retire a document');
        return [{ type: 'DocumentRetired', data: { documentId: id, reason: command.reason } }];
      case 'AcknowledgeDocument':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'acknowledge a document');
        checkCurrentStaff(command.context, command.actor.id, command.occurredAt, 'the member of staff acknowledging');
        publishedVersion(state, command.version, command.contentHash);
        return [
          {
            type: 'DocumentAcknowledged',
            data: { documentId: id, version: command.version, contentHash: command.contentHash, staffId: command.actor.id },
          },
        ];
      case 'SignAgreement':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'record a signed agreement');
        publishedVersion(state, command.version, command.contentHash);
        return [
          {
            type: 'AgreementSigned',
            data: {
              documentId: id,
              version: command.version,
              contentHash: command.contentHash,
              signatory: command.signatory,
              pupilId: command.pupilId,
            },
          },
        ];
      case 'GiveConsent':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'record a consent');
        publishedVersion(state, command.version);
        return [
          {
            type: 'ConsentGiven',
            data: {
              documentId: id,
              version: command.version,
              consent: command.consent,
              pupilId: command.pupilId,
              givenBy: command.givenBy,
            },
          },
        ];
      case 'WithdrawConsent':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'record a consent withdrawal');
        ensure(state.consents.includes(`${command.consent}:${command.pupilId}`), () =>
          DocumentErrors.noConsent(command.consent, command.pupilId),
        );
        return [{ type: 'ConsentWithdrawn', data: { documentId: id, consent: command.consent, pupilId: command.pupilId } }];
      case 'RecordPolicySharedWithParents':
        checkRole(command, DOCUMENT_ROLES[command.kind], 'record that a policy was shared with parents');
        publishedVersion(state, command.version, command.contentHash);
        ensure(isDate(command.sharedOn), () => DocumentErrors.notDue(command.sharedOn));
        ensure(command.sharedOn <= command.context.now.slice(0, 10), () => DocumentErrors.sharedInFuture(command.sharedOn));
        return [
          {
            type: 'PolicySharedWithParents',
            data: {
              documentId: id,
              version: command.version,
              contentHash: command.contentHash,
              channel: command.channel,
              sharedOn: command.sharedOn,
              sharedBy: command.actor.id,
            },
          },
        ];
    }
  },

  evolve(state, event) {
    if (event.type === 'DocumentDrafted')
      return { status: 'active', documentId: event.data.documentId, versions: {}, nextDueOn: null, consents: [] };
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'DocumentVersionPublished':
        return {
          ...state,
          versions: { ...state.versions, [event.data.version]: { contentHash: event.data.contentHash, approved: false } },
        };
      case 'DocumentVersionApproved':
        return {
          ...state,
          versions: { ...state.versions, [event.data.version]: { ...state.versions[event.data.version]!, approved: true } },
        };
      case 'DocumentReviewScheduled':
        return { ...state, nextDueOn: event.data.dueOn };
      case 'DocumentReviewed':
        return { ...state, nextDueOn: event.data.nextDueOn };
      case 'DocumentRetired':
        return { ...state, status: 'retired' };
      case 'ConsentGiven':
        return { ...state, consents: [...state.consents, `${event.data.consent}:${event.data.pupilId}`] };
      case 'ConsentWithdrawn':
        return { ...state, consents: state.consents.filter((c) => c !== `${event.data.consent}:${event.data.pupilId}`) };
      case 'DocumentVersionRatified':
      case 'DocumentAcknowledged':
      case 'AgreementSigned':
      case 'PolicySharedWithParents':
        return state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

export const toDocumentStreamId = (tenantId: string, documentId: string): string => streamId('document', tenantId, documentId);
