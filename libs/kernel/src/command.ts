import type { Actor } from './event.js';

/**
 * What every command carries besides its payload: who issues it, for which setting,
 * when the thing happened (often in the past) and an id that makes retries idempotent.
 * Time and ids arrive here so that deciders stay pure.
 */
export interface CommandMeta {
  readonly commandId: string;
  readonly tenantId: string;
  readonly actor: Actor;
  /** ISO-8601: when it happened, as the user says. */
  readonly occurredAt: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /**
   * A digest of what the client asked (mutation and input, without the commandId): the
   * same commandId with another fingerprint is refused (COMMAND.ID_REUSED). When absent,
   * the ledger digests the command itself.
   */
  readonly fingerprint?: string;
}
