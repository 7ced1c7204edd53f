import type { ExpectedRevision } from '../event-store.js';

/** Streams that hold command markers. `_` starts no ledger category, and the `$all` filters leave these out. */
export const COMMAND_STREAM_PREFIX = '_ledger-command-';

/** The marker stream of one command id (one helper, never an inline template). */
export function toCommandStreamId(commandId: string): string {
  return `${COMMAND_STREAM_PREFIX}${commandId}`;
}

/**
 * What a command's marker stream records *before* its events are appended: where they go and
 * under which ids. A retry reads it and looks at `stream` from `expectedRevision + 1`: the same
 * ids there mean the first attempt landed (replay it), anything else means it never did. One
 * lookup, however many events followed. Plain data, so a caller's scope (tenant, a fingerprint
 * of the command) can be added as fields without changing how the check works.
 */
export interface CommandIntent {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly eventIds: readonly string[];
}

/** The event type of a CommandIntent in a marker stream. */
export const COMMAND_INTENT_TYPE = 'LedgerCommandIntended';

/**
 * Written *after* the events by earlier versions of the adapter; still read, never written.
 * A command whose first attempt died before this marker is found by scanning the stream's tail.
 */
export interface LegacyCommandMarker {
  readonly stream: string;
  readonly firstRevision: number;
  readonly lastRevision: number;
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
    Array.isArray(candidate.eventIds)
  );
}
