import { command, given } from '@ledger/testing';
import type { CpTransferCommand } from './cp-transfer.commands.js';
import type { CpTransferEvent } from './cp-transfer.events.js';
import { cpTransferDecider } from './cp-transfer.decider.js';

const c = (kind: CpTransferCommand['kind'], payload: object, role = 'dsl') =>
  command(kind, payload, { role, actorId: 'dsl-amara' }) as unknown as CpTransferCommand;

const send = (payload: object = {}) =>
  c('SendChildProtectionFile', {
    transferId: 't-1',
    pupilId: 'p-1',
    leftOn: '2025-03-07',
    toSettingId: 'hillside',
    toSchoolName: null,
    ...payload,
  });
const sentToHillside: CpTransferEvent = {
  type: 'ChildProtectionFileSent',
  data: {
    transferId: 't-1',
    pupilId: 'p-1',
    leftOn: '2025-03-07',
    sentOn: '2025-03-10',
    route: 'ledger',
    toSettingId: 'hillside',
    toSchoolName: null,
    sentBy: 'dsl-amara',
  },
};
const sentByLink: CpTransferEvent = {
  ...sentToHillside,
  data: { ...sentToHillside.data, route: 'link', toSettingId: null, toSchoolName: 'St Anne’s' },
} as CpTransferEvent;
const receipt = (payload: object) =>
  c('ConfirmChildProtectionFileReceipt', {
    transferId: 't-1',
    fromSettingId: 'oakfield-ap',
    receivedBy: 'dsl-amara',
    receiverSettingId: null,
    sent: null,
    ...payload,
  });
const hash = 'a'.repeat(64);

describe('cpTransferDecider', () => {
  describe('when the DSL sends a file', () => {
    it('should record it with the day the pupil left and its route', () => {
      given(cpTransferDecider)
        .when(send())
        .then([
          {
            type: 'ChildProtectionFileSent',
            data: expect.objectContaining({ route: 'ledger', leftOn: '2025-03-07', sentOn: '2025-03-10' }),
          },
        ]);
      given(cpTransferDecider)
        .when(send({ toSettingId: null, toSchoolName: 'St Anne’s' }))
        .then([{ type: 'ChildProtectionFileSent', data: expect.objectContaining({ route: 'link', toSchoolName: 'St Anne’s' }) }]);
    });

    it('should need exactly one destination, not itself, and the pupil to have left', () => {
      given(cpTransferDecider)
        .when(send({ toSettingId: null }))
        .thenRejects('CPTRANSFER.ONE_DESTINATION');
      given(cpTransferDecider)
        .when(send({ toSchoolName: 'Both' }))
        .thenRejects('CPTRANSFER.ONE_DESTINATION');
      given(cpTransferDecider)
        .when(send({ toSettingId: 'oakfield-ap' }))
        .thenRejects('CPTRANSFER.TO_SAME_SETTING');
      given(cpTransferDecider)
        .when(send({ leftOn: '2025-03-11' }))
        .thenRejects('CPTRANSFER.LEFT_AFTER_SENT');
      given(cpTransferDecider, [sentToHillside]).when(send()).thenRejects('CPTRANSFER.ALREADY_SENT');
    });

    it('should refuse a member of staff who is not a DSL', () => {
      given(cpTransferDecider)
        .when(command('SendChildProtectionFile', {}, { role: 'staff' }) as unknown as CpTransferCommand)
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });

  describe('when the receiving setting on this ledger confirms', () => {
    it('should record the receipt in its own ledger when the file was sent to it', () => {
      given(cpTransferDecider)
        .when(receipt({ fromSettingId: 'hillside', sent: { pupilId: 'p-1', toSettingId: 'riverside', received: false } }))
        .thenRejects('CPTRANSFER.NOT_FOR_THIS_SETTING');
      given(cpTransferDecider)
        .when(receipt({ fromSettingId: 'hillside', sent: { pupilId: 'p-1', toSettingId: 'oakfield-ap', received: false } }))
        .then([
          {
            type: 'ChildProtectionFileReceived',
            data: expect.objectContaining({
              fromSettingId: 'hillside',
              toSettingId: 'oakfield-ap',
              route: 'ledger',
              receivedOn: '2025-03-10',
            }),
          },
        ]);
      given(cpTransferDecider)
        .when(receipt({ fromSettingId: 'hillside', sent: { pupilId: 'p-1', toSettingId: 'oakfield-ap', received: true } }))
        .thenRejects('CPTRANSFER.ALREADY_RECEIVED');
    });

    it('should record it in the sender’s ledger only from the receiving setting', () => {
      given(cpTransferDecider, [sentToHillside]).when(receipt({})).thenRejects('CPTRANSFER.RECEIPT_BY_RECEIVER');
      given(cpTransferDecider, [sentToHillside])
        .when(receipt({ receiverSettingId: 'hillside', receivedBy: 'hillside/dsl-hal' }))
        .then([
          {
            type: 'ChildProtectionFileReceived',
            data: expect.objectContaining({ toSettingId: 'hillside', receivedBy: 'hillside/dsl-hal' }),
          },
        ]);
      given(cpTransferDecider).when(receipt({})).thenRejects('CPTRANSFER.NOT_SENT');
    });
  });

  describe('when the file goes to a school not on this ledger', () => {
    const link = (payload: object = {}) =>
      c('IssueChildProtectionFileLink', { transferId: 't-1', tokenHash: hash, expiresAt: '2025-03-17T12:00:00Z', ...payload });
    const issued: CpTransferEvent = {
      type: 'ChildProtectionFileLinkIssued',
      data: { transferId: 't-1', tokenHash: hash, expiresAt: '2025-03-17T12:00:00.000Z' },
    };
    const download = c('RecordChildProtectionFileDownload', { transferId: 't-1', tokenHash: hash });

    it('should issue an expiring link only for a link transfer', () => {
      given(cpTransferDecider, [sentByLink])
        .when(link())
        .then([{ type: 'ChildProtectionFileLinkIssued' }]);
      given(cpTransferDecider, [sentToHillside]).when(link()).thenRejects('CPTRANSFER.NOT_A_LINK_TRANSFER');
      given(cpTransferDecider, [sentByLink])
        .when(link({ expiresAt: '2025-04-30T00:00:00Z' }))
        .thenRejects('CPTRANSFER.LINK_EXPIRY');
      given(cpTransferDecider, [sentByLink])
        .when(link({ expiresAt: '2025-03-01T00:00:00Z' }))
        .thenRejects('CPTRANSFER.LINK_EXPIRY');
    });

    it('should let the link work once, and not after it expires', () => {
      given(cpTransferDecider, [sentByLink, issued])
        .when(download)
        .then([{ type: 'ChildProtectionFileDownloaded' }]);
      given(cpTransferDecider, [
        sentByLink,
        issued,
        { type: 'ChildProtectionFileDownloaded', data: { transferId: 't-1', tokenHash: hash } },
      ])
        .when(download)
        .thenRejects('CPTRANSFER.LINK_NOT_VALID');
      const expired: CpTransferEvent = { ...issued, data: { ...issued.data, expiresAt: '2025-03-10T11:00:00.000Z' } } as CpTransferEvent;
      given(cpTransferDecider, [sentByLink, expired]).when(download).thenRejects('CPTRANSFER.LINK_NOT_VALID');
    });

    it('should record the receipt confirmed on the receipt page, once', () => {
      const confirmed = given(cpTransferDecider, [sentByLink, issued])
        .when(receipt({ receivedBy: 'Ms Okafor, DSL' }))
        .then([
          {
            type: 'ChildProtectionFileReceived',
            data: expect.objectContaining({ route: 'link', toSettingId: null, receivedBy: 'Ms Okafor, DSL' }),
          },
        ]);
      given(cpTransferDecider, [sentByLink, ...confirmed])
        .when(receipt({}))
        .thenRejects('CPTRANSFER.ALREADY_RECEIVED');
    });
  });
});
