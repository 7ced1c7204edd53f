import { erasureUnit } from '@ledger/kernel';
import type { HoldScope, RecordKind, RecordRef } from './privacy.events.js';

/** A setting's retention rule for one kind of record, as an answer names it. */
export interface RetentionRule {
  readonly recordKind: RecordKind;
  /** 0: the IRMS toolkit default; then 1, 2, … as the setting sets its own. */
  readonly ruleVersion: number;
  readonly years: number;
  readonly note: string;
}

/**
 * The IRMS Information Management Toolkit for Schools defaults. Each counts whole years from
 * the date `RecordFacts.retentionFrom` names for its kind.
 */
export const IRMS_DEFAULTS: Readonly<Record<RecordKind, RetentionRule>> = {
  child_protection_file: {
    recordKind: 'child_protection_file',
    ruleVersion: 0,
    years: 25,
    note: "IRMS: the pupil's date of birth + 25 years",
  },
  allegation: {
    recordKind: 'allegation',
    ruleVersion: 0,
    years: 10,
    note: 'IRMS: 10 years from the allegation or normal retirement age, whichever is longer (the ledger holds no staff dates of birth: check retirement age before erasing)',
  },
  staff_training_record: { recordKind: 'staff_training_record', ruleVersion: 0, years: 6, note: 'IRMS: end of employment + 6 years' },
  consent: {
    recordKind: 'consent',
    ruleVersion: 0,
    years: 1,
    note: 'IRMS: while the consent is in use + 1 year (counted from its withdrawal)',
  },
  device_search: {
    recordKind: 'device_search',
    ruleVersion: 0,
    years: 1,
    note: 'IRMS: current academic year + 1 (counted from the 31 August that ends the academic year of the search)',
  },
};

/** What the ledger knows of one record for the privacy rules, from its events. No personal data but ids and dates. */
export interface RecordFacts extends RecordRef {
  /** The date (YYYY-MM-DD) retention counts from; null while it has not started (employed, consent in use, allegation open). */
  readonly retentionFrom: string | null;
  /** Incidents the record belongs to (for incident-scoped legal holds). */
  readonly incidentIds: readonly string[];
  readonly consentWithdrawn: boolean;
  /** KCSIE Part 4 outcome, for allegations. */
  readonly allegationOutcome: string | null;
  readonly erased: boolean;
}

/** The date a rule's retention ends for a record, or null when it has not started. */
export function retentionEnds(facts: Pick<RecordFacts, 'retentionFrom'>, rule: RetentionRule): string | null {
  if (facts.retentionFrom === null) return null;
  const [year, month, day] = facts.retentionFrom.split('-').map(Number) as [number, number, number];
  // 29 February + n years falls on 28 February when the year is not a leap year (never on 1 March: keep it the shorter).
  const end = new Date(Date.UTC(year + rule.years, month - 1, day));
  if (end.getUTCMonth() !== month - 1) end.setUTCDate(0);
  return end.toISOString().slice(0, 10);
}

/** A legal hold as the rules see it. */
export interface HoldFacts {
  readonly holdId: string;
  readonly scope: HoldScope;
  readonly scopeId: string;
}

/** Whether a hold covers a record: its person, one of its incidents, or the whole setting. */
export function holdCovers(hold: HoldFacts, record: Pick<RecordFacts, 'personId' | 'incidentIds'>): boolean {
  switch (hold.scope) {
    case 'setting':
      return true;
    case 'pupil':
    case 'staff':
      return hold.scopeId === record.personId;
    case 'incident':
      return record.incidentIds.includes(hold.scopeId);
    default: {
      const unexpected: never = hold.scope;
      return unexpected;
    }
  }
}

/** 31 August that ends the academic year (1 Sept – 31 Aug) of a date. */
function endOfAcademicYear(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '09-01' ? `${year + 1}-08-31` : `${year}-08-31`;
}

/** One recorded event as the index reads it: type, data (decrypted or erased), and when it happened. */
export interface IndexedEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly meta: { readonly occurredAt: string };
}

const asDate = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

/**
 * Every record of one setting the privacy rules apply to, by erasure unit, folded from its
 * events (pure: the same events give the same index).
 */
export function indexRecords(events: Iterable<IndexedEvent>): Map<string, RecordFacts> {
  const records = new Map<string, RecordFacts>();
  const allegationDates = new Map<string, string>();
  const put = (facts: RecordFacts) => records.set(facts.unitId, facts);
  const update = (unitId: string, change: Partial<RecordFacts>) => {
    const facts = records.get(unitId);
    if (facts) records.set(unitId, { ...facts, ...change });
  };
  const blank = { incidentIds: [], consentWithdrawn: false, allegationOutcome: null, erased: false } as const;
  for (const event of events) {
    const d = event.data;
    const on = event.meta.occurredAt.slice(0, 10);
    switch (event.type) {
      case 'PupilReferenceRegistered':
        put({
          ...blank,
          recordKind: 'child_protection_file',
          unitId: d.pupilId as string,
          personId: d.pupilId as string,
          retentionFrom: asDate(d.dateOfBirth),
        });
        break;
      case 'StaffMemberJoined':
        put({
          ...blank,
          recordKind: 'staff_training_record',
          unitId: d.staffId as string,
          personId: d.staffId as string,
          retentionFrom: null,
        });
        break;
      case 'StaffMemberLeft':
        update(d.staffId as string, { retentionFrom: on });
        break;
      case 'IncidentReported': {
        const incidentId = d.incidentId as string;
        if (d.aboutStaffId) {
          allegationDates.set(incidentId, on);
          put({
            ...blank,
            recordKind: 'allegation',
            unitId: erasureUnit.allegation(incidentId),
            personId: d.aboutStaffId as string,
            retentionFrom: null,
            incidentIds: [incidentId],
          });
        }
        for (const pupilId of (d.involvedPupilIds as readonly string[] | undefined) ?? []) {
          const file = records.get(pupilId);
          if (file) update(pupilId, { incidentIds: [...file.incidentIds, incidentId] });
        }
        break;
      }
      case 'AllegationOutcomeRecorded': {
        const incidentId = d.incidentId as string;
        update(erasureUnit.allegation(incidentId), {
          allegationOutcome: d.outcome as string,
          retentionFrom: allegationDates.get(incidentId) ?? on,
        });
        break;
      }
      case 'ConsentGiven': {
        const unitId = erasureUnit.consent(d.documentId as string, d.consent as string, d.pupilId as string);
        put({ ...blank, recordKind: 'consent', unitId, personId: d.pupilId as string, retentionFrom: null });
        break;
      }
      case 'ConsentWithdrawn':
        update(erasureUnit.consent(d.documentId as string, d.consent as string, d.pupilId as string), {
          consentWithdrawn: true,
          retentionFrom: on,
        });
        break;
      case 'SearchConducted':
        put({
          ...blank,
          recordKind: 'device_search',
          unitId: erasureUnit.search(d.searchId as string),
          personId: d.pupilId as string,
          retentionFrom: endOfAcademicYear(on),
        });
        break;
      case 'SubjectErased':
        update(d.unitId as string, { erased: true });
        break;
      default:
        break;
    }
  }
  return records;
}

/** The event types the index reads (the application reads nothing else). */
export const INDEXED_EVENT_TYPES = [
  'PupilReferenceRegistered',
  'StaffMemberJoined',
  'StaffMemberLeft',
  'IncidentReported',
  'AllegationOutcomeRecorded',
  'ConsentGiven',
  'ConsentWithdrawn',
  'SearchConducted',
  'SubjectErased',
] as const;
