/** How a child-protection file reached the receiving school: on this ledger, or by a one-time link and receipt page. */
export const TRANSFER_ROUTES = ['ledger', 'link'] as const;
export type TransferRoute = (typeof TRANSFER_ROUTES)[number];

/** The DSL sent a pupil's child-protection file to their next school (KCSIE Annex C), separately from the main pupil file. */
export type ChildProtectionFileSent = {
  readonly type: 'ChildProtectionFileSent';
  readonly data: {
    readonly transferId: string;
    readonly pupilId: string;
    /** The day the pupil left (the 5-school-day clock starts here). */
    readonly leftOn: string;
    readonly sentOn: string;
    readonly route: TransferRoute;
    /** The receiving setting when it is on this ledger, else null. */
    readonly toSettingId: string | null;
    /** The receiving school's name when it is not on this ledger, else null. */
    readonly toSchoolName: string | null;
    readonly sentBy: string;
  };
};

/** A one-time download link for the package was issued (only the SHA-256 of its token is kept). */
export type ChildProtectionFileLinkIssued = {
  readonly type: 'ChildProtectionFileLinkIssued';
  readonly data: { readonly transferId: string; readonly tokenHash: string; readonly expiresAt: string };
};

/** The package was downloaded through its one-time link (the link is spent). */
export type ChildProtectionFileDownloaded = {
  readonly type: 'ChildProtectionFileDownloaded';
  readonly data: { readonly transferId: string; readonly tokenHash: string };
};

/**
 * The receiving DSL confirmed receipt. Recorded in both settings' ledgers when both are on it
 * (the sender's transfer stream and the receiver's), in the sender's when confirmed on the receipt page.
 */
export type ChildProtectionFileReceived = {
  readonly type: 'ChildProtectionFileReceived';
  readonly data: {
    readonly transferId: string;
    readonly pupilId: string;
    readonly fromSettingId: string;
    readonly toSettingId: string | null;
    readonly receivedOn: string;
    /** Who confirmed: a staff id on this ledger, or the name the receiving DSL gave on the receipt page. */
    readonly receivedBy: string;
    readonly route: TransferRoute;
  };
};

export type CpTransferEvent =
  ChildProtectionFileSent | ChildProtectionFileLinkIssued | ChildProtectionFileDownloaded | ChildProtectionFileReceived;
