import type { DomainCommand } from '@ledger/kernel';

export type SendChildProtectionFile = DomainCommand<
  'SendChildProtectionFile',
  { transferId: string; pupilId: string; leftOn: string; toSettingId: string | null; toSchoolName: string | null }
>;

/** A one-time link for a school not on this ledger; the caller keeps the token, the ledger its hash. */
export type IssueChildProtectionFileLink = DomainCommand<
  'IssueChildProtectionFileLink',
  { transferId: string; tokenHash: string; expiresAt: string }
>;

/** The package was fetched through the link (the HTTP route records it; the link works once). */
export type RecordChildProtectionFileDownload = DomainCommand<
  'RecordChildProtectionFileDownload',
  { transferId: string; tokenHash: string }
>;

/**
 * The receiving DSL confirms receipt. On the receiver's own stream `sent` carries the sender's
 * transfer as the handler looked it up; on the sender's stream it is null (its state knows).
 */
export type ConfirmChildProtectionFileReceipt = DomainCommand<
  'ConfirmChildProtectionFileReceipt',
  {
    transferId: string;
    fromSettingId: string;
    receivedBy: string;
    /** On the sender's stream, the receiving setting that confirmed (set by the handler, never by the caller); else null. */
    receiverSettingId: string | null;
    sent: { readonly pupilId: string; readonly toSettingId: string | null; readonly received: boolean } | null;
  }
>;

export type CpTransferCommand =
  SendChildProtectionFile | IssueChildProtectionFileLink | RecordChildProtectionFileDownload | ConfirmChildProtectionFileReceipt;
