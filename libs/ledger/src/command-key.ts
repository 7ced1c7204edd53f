import { CommandIdReusedError, type CommandMeta } from '@ledger/kernel';
import type { CommandKey } from './event-store.js';
import { canonicalJson, sha256Hex } from './integrity/event-hash.js';

/** SHA-256 of the RFC 8785 JSON of what was asked: equal requests, equal fingerprints. */
export function commandFingerprint(request: unknown): string {
  return sha256Hex(canonicalJson(JSON.parse(JSON.stringify(request ?? null))));
}

/**
 * A command's idempotency key: its commandId in its setting, for its principal, with the
 * fingerprint the edge computed from the client's request — or, for a command that did not
 * come through the edge, a digest of the command without the fields that differ per attempt.
 */
export function commandKey(command: CommandMeta & { readonly context?: unknown }): CommandKey {
  const { commandId, correlationId: _r, causationId: _s, context: _c, fingerprint, ...asked } = command;
  return {
    tenantId: command.tenantId,
    principal: command.actor.id,
    commandId,
    fingerprint: fingerprint ?? commandFingerprint(asked),
  };
}

/**
 * Refuses a key found with another command's fingerprint. Keys stored before fingerprints
 * were kept have none, and match any retry (they were accepted as retries then too).
 */
export function checkFingerprint(key: CommandKey, stored: string | null | undefined): void {
  if (stored !== null && stored !== undefined && stored !== key.fingerprint) throw CommandIdReusedError.forCommand(key.commandId);
}
