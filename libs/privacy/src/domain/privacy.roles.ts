import type { Role } from '@ledger/kernel';
import type { PrivacyCommand } from './privacy.commands.js';

/** DOMAIN.md "Law that shapes the data": the DSL or the head decides what the setting forgets and keeps. */
const DSL_OR_HEAD: readonly Role[] = ['dsl', 'head'];

/** Who may issue each privacy command: the one table the decider checks, the API's permission table lists and the README prints. */
export const PRIVACY_ROLES = {
  EraseSubject: DSL_OR_HEAD,
  ConfirmErasure: DSL_OR_HEAD,
  ExtendRetention: DSL_OR_HEAD,
  SetRetentionRule: DSL_OR_HEAD,
  PlaceLegalHold: DSL_OR_HEAD,
  LiftLegalHold: DSL_OR_HEAD,
} as const satisfies Record<PrivacyCommand['kind'], readonly Role[]>;
