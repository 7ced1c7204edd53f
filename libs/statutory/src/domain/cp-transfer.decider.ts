import { checkOccurredAt, checkPayload, checkRole, ensure, instantOf, RuleViolation, type Decider, streamId } from '@ledger/kernel';
import type { CpTransferCommand } from './cp-transfer.commands.js';
import type { CpTransferEvent, TransferRoute } from './cp-transfer.events.js';
import { CP_TRANSFER_ROLES } from './cp-transfer.roles.js';

export const CpTransferErrors = {
  alreadySent: (transferId: string) =>
    new RuleViolation('CPTRANSFER.ALREADY_SENT', `Transfer ${transferId} has already been sent`, { transferId }),
  oneDestination: () =>
    new RuleViolation(
      'CPTRANSFER.ONE_DESTINATION',
      'Name either the receiving setting on this ledger or the name of the receiving school, not both and not neither',
    ),
  toItself: () =>
    new RuleViolation('CPTRANSFER.TO_SAME_SETTING', 'A child-protection file cannot be transferred to the setting sending it'),
  sentBeforeLeft: (leftOn: string) =>
    new RuleViolation('CPTRANSFER.LEFT_AFTER_SENT', `The pupil left on ${leftOn}, after the file was sent: check the dates`, { leftOn }),
  notSent: (transferId: string) =>
    new RuleViolation('CPTRANSFER.NOT_SENT', `No child-protection file was sent as transfer ${transferId}`, { transferId }),
  notForThisSetting: (transferId: string) =>
    new RuleViolation('CPTRANSFER.NOT_FOR_THIS_SETTING', `Transfer ${transferId} was not sent to this setting`, { transferId }),
  alreadyReceived: (transferId: string) =>
    new RuleViolation('CPTRANSFER.ALREADY_RECEIVED', `Receipt of transfer ${transferId} is already confirmed`, { transferId }),
  notByLink: (transferId: string) =>
    new RuleViolation('CPTRANSFER.NOT_A_LINK_TRANSFER', `Transfer ${transferId} goes to a setting on this ledger: it needs no link`, {
      transferId,
    }),
  receiptByReceiver: (transferId: string) =>
    new RuleViolation(
      'CPTRANSFER.RECEIPT_BY_RECEIVER',
      `Transfer ${transferId} went to a setting on this ledger: its DSL confirms receipt there`,
      { transferId },
    ),
  linkExpiry: () => new RuleViolation('CPTRANSFER.LINK_EXPIRY', 'A link must expire after it is issued and within 14 days'),
  linkNotValid: (transferId: string) =>
    new RuleViolation('CPTRANSFER.LINK_NOT_VALID', `That link for transfer ${transferId} has been used, has expired or was never issued`, {
      transferId,
    }),
};

/** At most this long between issuing a link and its expiry. */
export const MAX_LINK_DAYS = 14;

/**
 * One child-protection file transfer, as one setting records it: the sender's stream holds the
 * sending, the links and the receipt; the receiver's stream (same transfer id) holds its receipt.
 */
export type CpTransferState =
  | { readonly status: 'none' }
  | {
      readonly status: 'sent';
      readonly pupilId: string;
      readonly route: TransferRoute;
      readonly toSettingId: string | null;
      /** Unspent links: token hash → expiry. */
      readonly links: Readonly<Record<string, string>>;
    }
  | { readonly status: 'received'; readonly pupilId: string };

export const cpTransferDecider: Decider<CpTransferCommand, CpTransferEvent, CpTransferState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command);
    const day = command.occurredAt.slice(0, 10);
    switch (command.kind) {
      case 'SendChildProtectionFile': {
        checkRole(command, CP_TRANSFER_ROLES[command.kind], 'send a child-protection file');
        ensure(state.status === 'none', () => CpTransferErrors.alreadySent(command.transferId));
        const toSetting = command.toSettingId ?? null;
        const toSchool = command.toSchoolName ?? null;
        ensure((toSetting === null) !== (toSchool === null), () => CpTransferErrors.oneDestination());
        ensure(toSetting !== command.tenantId, () => CpTransferErrors.toItself());
        ensure(instantOf('leftOn', command.leftOn) <= instantOf('occurredAt', command.occurredAt), () =>
          CpTransferErrors.sentBeforeLeft(command.leftOn),
        );
        return [
          {
            type: 'ChildProtectionFileSent',
            data: {
              transferId: command.transferId,
              pupilId: command.pupilId,
              leftOn: command.leftOn,
              sentOn: day,
              route: toSetting === null ? 'link' : 'ledger',
              toSettingId: toSetting,
              toSchoolName: toSchool,
              sentBy: command.actor.id,
            },
          },
        ];
      }
      case 'IssueChildProtectionFileLink': {
        checkRole(command, CP_TRANSFER_ROLES[command.kind], 'issue a download link for a child-protection file');
        ensure(state.status !== 'none', () => CpTransferErrors.notSent(command.transferId));
        ensure(state.status === 'sent', () => CpTransferErrors.alreadyReceived(command.transferId));
        ensure(state.route === 'link', () => CpTransferErrors.notByLink(command.transferId));
        const expires = instantOf('expiresAt', command.expiresAt);
        const issued = instantOf('now', command.context.now);
        ensure(expires > issued && expires - issued <= MAX_LINK_DAYS * 86_400_000, () => CpTransferErrors.linkExpiry());
        return [
          {
            type: 'ChildProtectionFileLinkIssued',
            data: { transferId: command.transferId, tokenHash: command.tokenHash, expiresAt: new Date(expires).toISOString() },
          },
        ];
      }
      case 'RecordChildProtectionFileDownload': {
        checkRole(command, CP_TRANSFER_ROLES[command.kind], 'record a download');
        // A used, expired or unknown link all answer alike, so the answer tells a guesser nothing.
        const expiry = state.status === 'sent' ? state.links[command.tokenHash] : undefined;
        ensure(expiry !== undefined && instantOf('now', command.context.now) < Date.parse(expiry), () =>
          CpTransferErrors.linkNotValid(command.transferId),
        );
        return [{ type: 'ChildProtectionFileDownloaded', data: { transferId: command.transferId, tokenHash: command.tokenHash } }];
      }
      case 'ConfirmChildProtectionFileReceipt': {
        checkRole(command, CP_TRANSFER_ROLES[command.kind], 'confirm receipt of a child-protection file');
        if (command.sent === null) {
          // The sender's stream: the receipt of a file this setting sent.
          ensure(state.status !== 'none', () => CpTransferErrors.notSent(command.transferId));
          ensure(state.status === 'sent', () => CpTransferErrors.alreadyReceived(command.transferId));
          // A file sent on this ledger is received by the receiving setting's DSL, never marked received by the sender.
          ensure(state.route === 'link' || command.receiverSettingId === state.toSettingId, () =>
            CpTransferErrors.receiptByReceiver(command.transferId),
          );
          return [
            {
              type: 'ChildProtectionFileReceived',
              data: {
                transferId: command.transferId,
                pupilId: state.pupilId,
                fromSettingId: command.tenantId,
                toSettingId: state.toSettingId,
                receivedOn: day,
                receivedBy: command.receivedBy,
                route: state.route,
              },
            },
          ];
        }
        // The receiver's stream: the sender's transfer, as looked up, must name this setting.
        ensure(command.sent.toSettingId === command.tenantId, () => CpTransferErrors.notForThisSetting(command.transferId));
        ensure(state.status === 'none' && !command.sent.received, () => CpTransferErrors.alreadyReceived(command.transferId));
        return [
          {
            type: 'ChildProtectionFileReceived',
            data: {
              transferId: command.transferId,
              pupilId: command.sent.pupilId,
              fromSettingId: command.fromSettingId,
              toSettingId: command.tenantId,
              receivedOn: day,
              receivedBy: command.receivedBy,
              route: 'ledger',
            },
          },
        ];
      }
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ChildProtectionFileSent':
        return { status: 'sent', pupilId: event.data.pupilId, route: event.data.route, toSettingId: event.data.toSettingId, links: {} };
      case 'ChildProtectionFileLinkIssued':
        return state.status === 'sent' ? { ...state, links: { ...state.links, [event.data.tokenHash]: event.data.expiresAt } } : state;
      case 'ChildProtectionFileDownloaded': {
        if (state.status !== 'sent') return state;
        const links = { ...state.links };
        delete links[event.data.tokenHash];
        return { ...state, links };
      }
      case 'ChildProtectionFileReceived':
        return { status: 'received', pupilId: event.data.pupilId };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};

/** The stream of one transfer in one setting (the sender's and the receiver's share the transfer id). */
export const toCpTransferStreamId = (tenantId: string, transferId: string): string => streamId('cptransfer', tenantId, transferId);
