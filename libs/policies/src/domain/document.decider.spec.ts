import { command, context, given, staff } from '@ledger/testing';
import type { DocumentCommand } from './document.commands.js';
import { documentDecider } from './document.decider.js';
import type { DocumentEvent } from './document.events.js';

const ctx = context([staff('head-cho'), staff('teacher-ben'), staff('left-dan', '2024-12-31T00:00:00.000Z')]);
const c = (kind: DocumentCommand['kind'], payload: object, role = 'head', actorId = 'head-cho') =>
  command(kind, { documentId: 'esafety', ...payload }, { role, actorId, context: ctx }) as unknown as DocumentCommand;
const HASH = 'b'.repeat(64);

const drafted: DocumentEvent = {
  type: 'DocumentDrafted',
  data: { documentId: 'esafety', title: 'Internet & E-Safety Policy', kind: 'e_safety', statutory: false, acknowledgedBy: ['staff'] },
};
const published: DocumentEvent = {
  type: 'DocumentVersionPublished',
  data: { documentId: 'esafety', version: '2024.1', contentHash: HASH, text: null },
};
const approved: DocumentEvent = {
  type: 'DocumentVersionApproved',
  data: { documentId: 'esafety', version: '2024.1', committee: 'Full governing body' },
};
const retired: DocumentEvent = { type: 'DocumentRetired', data: { documentId: 'esafety', reason: 'Replaced by the online safety policy' } };
const scheduled: DocumentEvent = {
  type: 'DocumentReviewScheduled',
  data: { documentId: 'esafety', dueOn: '2023-09-28', cadenceMonths: 12 },
};

describe('documentDecider', () => {
  it('should ratify only an approved version, and only by the chair', () => {
    given(documentDecider, [drafted, published])
      .when(c('RatifyVersion', { version: '2024.1' }, 'chair_of_governors', 'chair-1'))
      .thenRejects('POLICY.VERSION_NOT_APPROVED');
    given(documentDecider, [drafted, published, approved])
      .when(c('RatifyVersion', { version: '2024.1' }, 'governor', 'gov-1'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    given(documentDecider, [drafted, published, approved])
      .when(c('RatifyVersion', { version: '2024.1' }, 'chair_of_governors', 'chair-1'))
      .then([{ type: 'DocumentVersionRatified', data: { documentId: 'esafety', version: '2024.1', chairId: 'chair-1' } }]);
  });

  it('should let governors approve, not staff', () => {
    given(documentDecider, [drafted, published])
      .when(c('ApproveVersion', { version: '2024.1', committee: 'FGB' }, 'governor', 'gov-1'))
      .then([approved].map((e) => ({ ...e, data: { ...e.data, committee: 'FGB' } })));
    given(documentDecider, [drafted, published])
      .when(c('ApproveVersion', { version: '2024.1', committee: 'FGB' }, 'staff', 'teacher-ben'))
      .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
  });

  describe('signatures', () => {
    const acknowledge = (version = '2024.1', contentHash = HASH) =>
      c('AcknowledgeDocument', { version, contentHash }, 'staff', 'teacher-ben');

    it('should name the exact version and hash signed', () => {
      given(documentDecider, [drafted, published])
        .when(acknowledge())
        .then([
          { type: 'DocumentAcknowledged', data: { documentId: 'esafety', version: '2024.1', contentHash: HASH, staffId: 'teacher-ben' } },
        ]);
    });

    it('should refuse an unpublished version or a different hash', () => {
      given(documentDecider, [drafted, published]).when(acknowledge('2025.1')).thenRejects('POLICY.VERSION_NOT_PUBLISHED');
      given(documentDecider, [drafted, published])
        .when(acknowledge('2024.1', 'c'.repeat(64)))
        .thenRejects('POLICY.HASH_MISMATCH');
    });

    it('should refuse a signature on a retired document', () => {
      given(documentDecider, [drafted, published, retired]).when(acknowledge()).thenRejects('POLICY.RETIRED');
    });

    it('should refuse staff who have left', () => {
      given(documentDecider, [drafted, published])
        .when(c('AcknowledgeDocument', { version: '2024.1', contentHash: HASH }, 'staff', 'left-dan'))
        .thenRejects('STAFF.NOT_CURRENT');
    });

    it('should record consent and its withdrawal, never a withdrawal of nothing', () => {
      const given1 = given(documentDecider, [drafted, published])
        .when(c('GiveConsent', { version: '2024.1', consent: 'photographs', pupilId: 'p-1', givenBy: 'Mr Adeyemi' }))
        .then([{ type: 'ConsentGiven' }]);
      given(documentDecider, [drafted, published, ...given1])
        .when(c('WithdrawConsent', { consent: 'photographs', pupilId: 'p-1' }))
        .then([{ type: 'ConsentWithdrawn' }]);
      given(documentDecider, [drafted, published])
        .when(c('WithdrawConsent', { consent: 'photographs', pupilId: 'p-1' }))
        .thenRejects('POLICY.NO_CONSENT');
    });
  });

  describe('reviews', () => {
    it('should record which due date a review answered, so lateness can be computed', () => {
      given(documentDecider, [drafted, published, scheduled])
        .when(c('ReviewDocument', { outcome: 'no_change', nextDueOn: '2025-08-22' }))
        .then([{ type: 'DocumentReviewed', data: expect.objectContaining({ wasDueOn: '2023-09-28', nextDueOn: '2025-08-22' }) }]);
    });

    it('should refuse to review a retired document', () => {
      given(documentDecider, [drafted, published, retired])
        .when(c('ReviewDocument', { outcome: 'no_change', nextDueOn: '2025-08-22' }))
        .thenRejects('POLICY.RETIRED');
    });
  });

  it('should refuse anything on a document never drafted', () => {
    given(documentDecider)
      .when(c('PublishVersion', { version: '1', contentHash: HASH }))
      .thenRejects('POLICY.NOT_FOUND');
  });

  describe('when a version is shared with parents', () => {
    const share = (payload: object, role = 'head') =>
      c(
        'RecordPolicySharedWithParents',
        { version: '2024.1', contentHash: HASH, channel: 'website', sharedOn: '2024-09-02', ...payload },
        role,
      );

    it('should record the exact version, how and when, with its hash lower-cased', () => {
      given(documentDecider, [drafted, published])
        .when(share({ contentHash: HASH.toUpperCase() }))
        .then([
          {
            type: 'PolicySharedWithParents',
            data: {
              documentId: 'esafety',
              version: '2024.1',
              contentHash: HASH,
              channel: 'website',
              sharedOn: '2024-09-02',
              sharedBy: 'head-cho',
            },
          },
        ]);
    });

    it('should refuse a version not published, another hash, a day to come, or a role not in the table', () => {
      given(documentDecider, [drafted]).when(share({})).thenRejects('POLICY.VERSION_NOT_PUBLISHED');
      given(documentDecider, [drafted, published])
        .when(share({ contentHash: 'c'.repeat(64) }))
        .thenRejects('POLICY.HASH_MISMATCH');
      given(documentDecider, [drafted, published])
        .when(share({ sharedOn: '2999-01-01' }))
        .thenRejects('POLICY.SHARED_IN_FUTURE');
      given(documentDecider, [drafted, published]).when(share({}, 'staff')).thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });
});
