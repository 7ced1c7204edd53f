import { checkOccurredAt, checkPayload, checkRole, ensure, erasureUnit, streamId, type Decider } from '@ledger/kernel';
import type { EraseSubject, PrivacyCommand, RecordTarget } from './privacy.commands.js';
import { PrivacyErrors } from './privacy.errors.js';
import type { ErasureBasis, ErasureRequested, PrivacyEvent, RecordKind, SubjectErased } from './privacy.events.js';
import { PRIVACY_ROLES } from './privacy.roles.js';
import { holdCovers, IRMS_DEFAULTS, retentionEnds, type HoldFacts, type RecordFacts, type RetentionRule } from './retention.js';

/** A setting's privacy register: its retention rules, legal holds, erasures and kept records. */
export interface PrivacyState {
  readonly rules: Readonly<Record<RecordKind, RetentionRule>>;
  readonly holds: Readonly<Record<string, HoldFacts & { readonly lifted: boolean }>>;
  /** Child-protection erasures waiting for a second person. */
  readonly pending: Readonly<Record<string, ErasureRequested['data']>>;
  readonly erasureIds: readonly string[];
  readonly erasedUnits: readonly string[];
  /** Records kept past their retention: unit → the date they are kept until. */
  readonly keptUntil: Readonly<Record<string, string>>;
}

/** The erasure unit a caller's target names; ERASURE.TARGET_INCOMPLETE when an id it needs is missing. */
export function unitOf(target: RecordTarget): string {
  const need = (field: keyof RecordTarget): string => {
    const value = target[field];
    ensure(typeof value === 'string' && value.trim(), () => PrivacyErrors.targetIncomplete(target.recordKind, field));
    return value;
  };
  switch (target.recordKind) {
    case 'child_protection_file':
    case 'staff_training_record':
      return need('personId');
    case 'allegation':
      return erasureUnit.allegation(need('incidentId'));
    case 'consent':
      return erasureUnit.consent(need('documentId'), need('consent'), need('personId'));
    case 'device_search':
      return erasureUnit.search(need('searchId'));
    default: {
      const unexpected: never = target.recordKind;
      return unexpected;
    }
  }
}

/** The setting's one privacy register (stream `privacy-<setting>.register`): erasure decisions see every hold and rule. */
export function toPrivacyStreamId(tenantId: string): string {
  return streamId('privacy', tenantId, 'register');
}

/** One subject access export's own stream (exports never contend with each other or with erasures). */
export function toSubjectAccessStreamId(tenantId: string, exportId: string): string {
  return streamId('privacy', tenantId, `access-${exportId}`);
}

/** The rule in force for a kind of record: the setting's latest version, or the IRMS default (version 0). */
export function ruleFor(state: PrivacyState, recordKind: RecordKind): RetentionRule {
  return state.rules[recordKind];
}

/** The first hold in force that covers a record, if any. */
export function holdOn(state: PrivacyState, record: Pick<RecordFacts, 'personId' | 'incidentIds'>): HoldFacts | undefined {
  return Object.values(state.holds).find((hold) => !hold.lifted && holdCovers(hold, record));
}

/** When a record's retention ends under the rule in force, counting any extension. */
export function keptUntil(state: PrivacyState, record: RecordFacts): { endsOn: string | null; rule: RetentionRule } {
  const rule = ruleFor(state, record.recordKind);
  const endsOn = retentionEnds(record, rule);
  const extended = state.keptUntil[record.unitId];
  return { endsOn: endsOn !== null && extended !== undefined && extended > endsOn ? extended : endsOn, rule };
}

/**
 * Whether the law lets this record be erased now on this basis; throws the stable refusal when not.
 * Returns the retention rule version the answer used (retention_expired), else null.
 */
function checkErasable(
  state: PrivacyState,
  record: RecordFacts | null,
  unitId: string,
  basis: ErasureBasis,
  reference: string | null,
  today: string,
): number | null {
  ensure(record, () => PrivacyErrors.recordNotFound(unitId));
  ensure(!record.erased && !state.erasedUnits.includes(unitId), () => PrivacyErrors.alreadyErased(unitId));
  const hold = holdOn(state, record);
  ensure(!hold, () => PrivacyErrors.legalHold(unitId, hold!.holdId));
  switch (basis) {
    case 'consent_withdrawn':
      ensure(record.recordKind === 'consent', () => PrivacyErrors.basisNotApplicable(basis, record.recordKind));
      ensure(record.consentWithdrawn, () => PrivacyErrors.consentNotWithdrawn(unitId));
      return null;
    case 'malicious_allegation':
      ensure(record.recordKind === 'allegation', () => PrivacyErrors.basisNotApplicable(basis, record.recordKind));
      ensure(record.allegationOutcome === 'malicious', () => PrivacyErrors.notMalicious(unitId, record.allegationOutcome));
      return null;
    case 'retention_expired': {
      const { endsOn, rule } = keptUntil(state, record);
      ensure(endsOn !== null && endsOn < today, () => PrivacyErrors.retentionNotExpired(unitId, endsOn, rule.ruleVersion));
      return rule.ruleVersion;
    }
    case 'court_order':
      ensure(reference, () => PrivacyErrors.referenceRequired());
      return null;
    default: {
      const unexpected: never = basis;
      return unexpected;
    }
  }
}

function decideErasure(command: EraseSubject, state: PrivacyState): PrivacyEvent[] {
  const unitId = unitOf(command.target);
  ensure(!state.erasureIds.includes(command.erasureId), () => PrivacyErrors.duplicateErasure(command.erasureId));
  const reference = command.reference?.trim() || null;
  const today = command.context.now.slice(0, 10);
  const ruleVersion = checkErasable(state, command.record, unitId, command.basis, reference, today);
  const ref = { recordKind: command.target.recordKind, unitId, personId: command.record!.personId };
  // A child-protection file is destroyed only when a second person confirms (two events, two people).
  if (ref.recordKind === 'child_protection_file') {
    const waiting = Object.values(state.pending).find((p) => p.unitId === unitId);
    ensure(!waiting, () => PrivacyErrors.alreadyPending(unitId, waiting!.erasureId));
    return [
      {
        type: 'ErasureRequested',
        data: { ...ref, erasureId: command.erasureId, basis: command.basis, reference, requestedBy: command.actor.id },
      },
    ];
  }
  const erased: SubjectErased = {
    type: 'SubjectErased',
    data: { ...ref, erasureId: command.erasureId, basis: command.basis, reference, authorisedBy: [command.actor.id], ruleVersion },
  };
  return [erased];
}

/** The setting's privacy register: erasure, retention and legal holds (DOMAIN.md "Law that shapes the data"). */
export const privacyDecider: Decider<PrivacyCommand, PrivacyEvent, PrivacyState> = {
  initialState: () => ({ rules: IRMS_DEFAULTS, holds: {}, pending: {}, erasureIds: [], erasedUnits: [], keptUntil: {} }),

  decide(command, state) {
    checkOccurredAt(command);
    checkPayload(command, { emptyText: PrivacyErrors.emptyText });
    checkRole(command, PRIVACY_ROLES[command.kind], 'decide what the setting erases or keeps');
    switch (command.kind) {
      case 'EraseSubject':
        return decideErasure(command, state);
      case 'ConfirmErasure': {
        const request = state.pending[command.erasureId];
        ensure(request, () => PrivacyErrors.noPendingErasure(command.erasureId));
        ensure(request.requestedBy !== command.actor.id, () => PrivacyErrors.samePerson(command.erasureId));
        // Re-checked: a hold placed, or a retention extended, since the request wins.
        const ruleVersion = checkErasable(
          state,
          command.record,
          request.unitId,
          request.basis,
          request.reference,
          command.context.now.slice(0, 10),
        );
        return [
          {
            type: 'SubjectErased',
            data: {
              recordKind: request.recordKind,
              unitId: request.unitId,
              personId: request.personId,
              erasureId: command.erasureId,
              basis: request.basis,
              reference: request.reference,
              authorisedBy: [request.requestedBy, command.actor.id],
              ruleVersion,
            },
          },
        ];
      }
      case 'ExtendRetention': {
        const unitId = unitOf(command.target);
        const record = command.record;
        ensure(record && record.recordKind === command.target.recordKind, () => PrivacyErrors.recordNotFound(unitId));
        ensure(!record.erased && !state.erasedUnits.includes(unitId), () => PrivacyErrors.alreadyErased(unitId));
        ensure(command.reason.trim(), () => PrivacyErrors.emptyText('reason'));
        ensure(/^\d{4}-\d{2}-\d{2}$/.test(command.until) && command.until > command.context.now.slice(0, 10), () =>
          PrivacyErrors.untilNotLater(command.until, command.context.now),
        );
        return [
          {
            type: 'RetentionExtended',
            data: {
              recordKind: record.recordKind,
              unitId,
              personId: record.personId,
              until: command.until,
              reason: command.reason,
              extendedBy: command.actor.id,
            },
          },
        ];
      }
      case 'SetRetentionRule': {
        ensure(Number.isInteger(command.years) && command.years >= 1 && command.years <= 100, () =>
          PrivacyErrors.invalidYears(command.years),
        );
        ensure(command.note.trim(), () => PrivacyErrors.emptyText('note'));
        const ruleVersion = state.rules[command.recordKind].ruleVersion + 1;
        return [
          { type: 'RetentionRuleSet', data: { recordKind: command.recordKind, ruleVersion, years: command.years, note: command.note } },
        ];
      }
      case 'PlaceLegalHold':
        ensure(!state.holds[command.holdId], () => PrivacyErrors.holdExists(command.holdId));
        ensure(command.reason.trim(), () => PrivacyErrors.emptyText('reason'));
        ensure(command.reference.trim(), () => PrivacyErrors.emptyText('reference'));
        return [
          {
            type: 'LegalHoldPlaced',
            data: {
              holdId: command.holdId,
              scope: command.scope,
              scopeId: command.scope === 'setting' ? command.tenantId : command.scopeId,
              reason: command.reason,
              reference: command.reference,
              placedBy: command.actor.id,
            },
          },
        ];
      case 'LiftLegalHold': {
        const hold = state.holds[command.holdId];
        ensure(hold, () => PrivacyErrors.holdNotFound(command.holdId));
        ensure(!hold.lifted, () => PrivacyErrors.holdLifted(command.holdId));
        ensure(command.reason.trim(), () => PrivacyErrors.emptyText('reason'));
        return [{ type: 'LegalHoldLifted', data: { holdId: command.holdId, reason: command.reason, liftedBy: command.actor.id } }];
      }
      default: {
        const unexpected: never = command;
        return unexpected;
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ErasureRequested':
        return {
          ...state,
          pending: { ...state.pending, [event.data.erasureId]: event.data },
          erasureIds: [...state.erasureIds, event.data.erasureId],
        };
      case 'SubjectErased': {
        const { [event.data.erasureId]: _confirmed, ...pending } = state.pending;
        return {
          ...state,
          pending,
          erasureIds: state.erasureIds.includes(event.data.erasureId) ? state.erasureIds : [...state.erasureIds, event.data.erasureId],
          erasedUnits: [...state.erasedUnits, event.data.unitId],
        };
      }
      case 'RetentionExtended':
        return { ...state, keptUntil: { ...state.keptUntil, [event.data.unitId]: event.data.until } };
      case 'RetentionRuleSet':
        return { ...state, rules: { ...state.rules, [event.data.recordKind]: { ...event.data } } };
      case 'LegalHoldPlaced':
        return {
          ...state,
          holds: {
            ...state.holds,
            [event.data.holdId]: { holdId: event.data.holdId, scope: event.data.scope, scopeId: event.data.scopeId, lifted: false },
          },
        };
      case 'LegalHoldLifted':
        return { ...state, holds: { ...state.holds, [event.data.holdId]: { ...state.holds[event.data.holdId]!, lifted: true } } };
      case 'SubjectAccessExported':
        return state;
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },
};
