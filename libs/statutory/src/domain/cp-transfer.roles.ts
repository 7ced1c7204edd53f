import { DSL_ROLES, type Role } from '@ledger/kernel';
import type { CpTransferCommand } from './cp-transfer.commands.js';

/** Who may issue each child-protection transfer command: the DSL and deputies only (need to know). */
export const CP_TRANSFER_ROLES = {
  SendChildProtectionFile: DSL_ROLES,
  IssueChildProtectionFileLink: DSL_ROLES,
  RecordChildProtectionFileDownload: DSL_ROLES,
  ConfirmChildProtectionFileReceipt: DSL_ROLES,
} as const satisfies Record<CpTransferCommand['kind'], readonly Role[]>;
