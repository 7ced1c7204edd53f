import type { DomainCommand, WithoutContext } from '@ledger/kernel';
import type { ErasureBasis, HoldScope, RecordKind } from './privacy.events.js';
import type { RecordFacts } from './retention.js';

/** Which record a command is about, as a caller names it (the unit id is derived from it). */
export interface RecordTarget {
  readonly recordKind: RecordKind;
  /** The pupil or member of staff the record is about. */
  readonly personId: string;
  /** Allegation: its incident. */
  readonly incidentId?: string;
  /** Consent: the document and the kind of consent. */
  readonly documentId?: string;
  readonly consent?: string;
  /** Device search: its id. */
  readonly searchId?: string;
}

/** The facts of the target record, looked up by the handler from the setting's events (null when it is not known). */
interface WithRecord {
  record: RecordFacts | null;
}

export type EraseSubject = DomainCommand<
  'EraseSubject',
  { erasureId: string; target: RecordTarget; basis: ErasureBasis; reference?: string } & WithRecord
>;
export type ConfirmErasure = DomainCommand<'ConfirmErasure', { erasureId: string } & WithRecord>;
export type ExtendRetention = DomainCommand<'ExtendRetention', { target: RecordTarget; until: string; reason: string } & WithRecord>;
export type SetRetentionRule = DomainCommand<'SetRetentionRule', { recordKind: RecordKind; years: number; note: string }>;
export type PlaceLegalHold = DomainCommand<
  'PlaceLegalHold',
  { holdId: string; scope: HoldScope; scopeId: string; reason: string; reference: string }
>;
export type LiftLegalHold = DomainCommand<'LiftLegalHold', { holdId: string; reason: string }>;

export type PrivacyCommand = EraseSubject | ConfirmErasure | ExtendRetention | SetRetentionRule | PlaceLegalHold | LiftLegalHold;

/** Privacy commands as callers send them: the handler adds the record's facts and the decision context. */
export type PrivacyRequest = WithoutContext<PrivacyCommand> extends infer C ? (C extends WithRecord ? Omit<C, 'record'> : C) : never;
