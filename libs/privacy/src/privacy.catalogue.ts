import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import { afterPrivacyAppend } from './application/erasure-completion.js';
import { withRecordFacts } from './application/record-facts.js';
import type { PrivacyRequest, RecordTarget } from './domain/privacy.commands.js';
import { privacyDecider, toPrivacyStreamId } from './domain/privacy.decider.js';
import { PRIVACY_ROLES } from './domain/privacy.roles.js';
import {
  ConfirmErasureInput,
  EraseSubjectInput,
  ExtendRetentionInput,
  LiftLegalHoldInput,
  PlaceLegalHoldInput,
  SetRetentionRuleInput,
} from './graphql/privacy.input.js';

const targetOf = (input: RecordTarget): RecordTarget => ({
  recordKind: input.recordKind,
  personId: input.personId,
  ...(input.incidentId !== undefined ? { incidentId: input.incidentId } : {}),
  ...(input.documentId !== undefined ? { documentId: input.documentId } : {}),
  ...(input.consent !== undefined ? { consent: input.consent } : {}),
  ...(input.searchId !== undefined ? { searchId: input.searchId } : {}),
});

/** Every privacy command: erasure, retention and legal holds, decided on the setting's privacy register. */
export const PRIVACY_CATALOGUE = new CommandCatalogue<PrivacyRequest>(
  aggregateCatalogue({
    decider: privacyDecider,
    toStreamId: (c: PrivacyRequest) => toPrivacyStreamId(c.tenantId),
    aggregateId: (_c, tenantId) => tenantId,
    roles: PRIVACY_ROLES,
    lookUp: withRecordFacts,
    afterAppend: afterPrivacyAppend,
  })({
    EraseSubject: command(EraseSubjectInput, {
      description:
        'Erase the personal data of one record on a lawful basis (DSL or head): appends SubjectErased, then destroys its key. A child-protection file waits for a second person (confirmErasure). Returns the erasure id',
      toCommand: (input, newId) => ({
        kind: 'EraseSubject',
        erasureId: input.erasureId ?? newId(),
        target: targetOf(input),
        basis: input.basis,
        reference: input.reference,
      }),
      resultId: (c) => c.erasureId,
    }),
    ConfirmErasure: command(ConfirmErasureInput, {
      description: 'A second person (DSL or head) confirms the erasure of a child-protection file; returns the erasure id',
      toCommand: (input) => ({ kind: 'ConfirmErasure', erasureId: input.erasureId }),
      resultId: (c) => c.erasureId,
    }),
    ExtendRetention: command(ExtendRetentionInput, {
      description: 'Keep a record past the end of its retention, with the reason; returns the setting id',
      toCommand: (input) => ({ kind: 'ExtendRetention', target: targetOf(input), until: input.until, reason: input.reason }),
    }),
    SetRetentionRule: command(SetRetentionRuleInput, {
      description: "Set a new version of the setting's retention rule for one kind of record; returns the setting id",
      toCommand: (input) => ({ kind: 'SetRetentionRule', recordKind: input.recordKind, years: input.years, note: input.note }),
    }),
    PlaceLegalHold: command(PlaceLegalHoldInput, {
      description:
        'Place a legal hold (a pupil, a member of staff, an incident or the whole setting): erasure is refused while it stands; returns the hold id',
      toCommand: (input, newId) => ({
        kind: 'PlaceLegalHold',
        holdId: input.holdId ?? newId(),
        scope: input.scope,
        scopeId: input.scopeId,
        reason: input.reason,
        reference: input.reference,
      }),
      resultId: (c) => c.holdId,
    }),
    LiftLegalHold: command(LiftLegalHoldInput, {
      description: 'Lift a legal hold; returns the hold id',
      toCommand: (input) => ({ kind: 'LiftLegalHold', holdId: input.holdId, reason: input.reason }),
      resultId: (c) => c.holdId,
    }),
  }),
);
