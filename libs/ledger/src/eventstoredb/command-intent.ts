import type { CommandKey, ExpectedRevision } from '../event-store.js';
import { canonicalJson, sha256Hex } from '../integrity/event-hash.js';

/** Streams that hold command markers. `_` starts no ledger category, and the `$all` filters leave these out. */
export const COMMAND_STREAM_PREFIX = '_ledger-command-';

/**
 * The marker stream of a scoped key: the setting, then a digest of principal and commandId
 * (not guessable from another setting). One helper, never an inline template.
 */
export function commandMarkerStream(key: CommandKey): string {
  return `${COMMAND_STREAM_PREFIX}${key.tenantId}.${sha256Hex(canonicalJson([key.principal, key.commandId]))}`;
}

/**
 * The marker stream of a bare command id, as written before keys were scoped. Still read,
 * never written to for a new command; what it finds answers only for its own setting and actor.
 */
export function unscopedCommandStream(commandId: string): string {
  return `${COMMAND_STREAM_PREFIX}${commandId}`;
}

/**
 * What a command's marker stream records *before* its events are appended: where they go and
 * under which ids. A retry reads it and looks at `stream` from `expectedRevision + 1`: the same
 * ids there mean the first attempt landed (replay it), anything else means it never did. One
 * lookup, however many events followed. It lives in the key's marker stream (commandMarkerStream)
 * and carries the command's fingerprint: a retry with the same key and another fingerprint is
 * refused (COMMAND.ID_REUSED).
 */
export interface CommandIntent {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly eventIds: readonly string[];
  /** The CommandKey's fingerprint; absent on intents written before keys were scoped. */
  readonly fingerprint?: string;
}

/** The event type of a CommandIntent in a marker stream. */
export const COMMAND_INTENT_TYPE = 'LedgerCommandIntended';

/**
 * Written *after* the events by earlier versions of the adapter (in the unscoped stream, then,
 * with a fingerprint, in the scoped one); still read. Written now only after an intent, to note
 * where a command an older adapter appended landed. A command whose first attempt died before
 * this marker is found by scanning the stream's tail.
 */
export interface LegacyCommandMarker {
  readonly stream: string;
  readonly firstRevision: number;
  readonly lastRevision: number;
  /** Absent on markers written before keys were scoped. */
  readonly fingerprint?: string;
}
export const LEGACY_COMMAND_MARKER_TYPE = 'LedgerCommandRecorded';

/** The revision of the first event a command intended to append. */
export function firstRevisionOf(intent: CommandIntent): number {
  return intent.expectedRevision === 'no_stream' ? 0 : intent.expectedRevision + 1;
}

export function isCommandIntent(data: unknown): data is CommandIntent {
  const candidate = data as Partial<CommandIntent> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.stream === 'string' &&
    (candidate.expectedRevision === 'no_stream' || typeof candidate.expectedRevision === 'number') &&
    Array.isArray(candidate.eventIds) &&
    (candidate.fingerprint === undefined || typeof candidate.fingerprint === 'string')
  );
}
