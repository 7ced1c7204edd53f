import type { Projection, RecordedEvent } from '@ledger/kernel';

/** One escalation to an agency and where it stands. */
export interface CaseloadEscalation {
  readonly escalationId: string;
  readonly agency: string;
  readonly on: string;
  readonly referencePending: boolean;
  readonly outcomeRecorded: boolean;
}

/** One follow-up action and whether it is done. */
export interface CaseloadAction {
  readonly actionId: string;
  readonly assigneeId: string;
  readonly dueOn: string;
  readonly done: boolean;
}

export type CaseloadRecord =
  | {
      readonly kind: 'incident';
      readonly incidentId: string;
      readonly category: string;
      readonly reportedOn: string;
      readonly involvedPupilIds: readonly string[];
      readonly triageDecision: string | null;
      readonly escalations: readonly CaseloadEscalation[];
      readonly actions: readonly CaseloadAction[];
      readonly closedOn: string | null;
    }
  | {
      readonly kind: 'search';
      readonly searchId: string;
      readonly pupilId: string;
      readonly conductedOn: string;
      readonly suspectedIndecentImage: boolean;
      /** Devices confiscated and not yet handed to the police or released to parents. */
      readonly devicesHeld: readonly string[];
      readonly outcome: string | null;
    };

/**
 * The DSL's caseload: every incident and search of a setting with where it stands (triage,
 * escalations, actions, devices held). Ids, categories and dates only: no narratives, so nothing
 * personal is copied out of the encrypted events.
 */
export const caseloadProjection: Projection<CaseloadRecord> = {
  name: 'caseload',
  canHandle: [
    'IncidentReported',
    'IncidentTriaged',
    'IncidentEscalated',
    'EscalationOutcomeRecorded',
    'IncidentActionAssigned',
    'IncidentActionCompleted',
    'IncidentClosed',
    'IncidentReopened',
    'SearchConducted',
    'DeviceConfiscated',
    'DeviceHandedToPolice',
    'DeviceReleasedToParent',
    'SearchCompleted',
  ],
  keyOf: (event) => event.stream,
  evolve(doc, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    const on = event.meta.occurredAt.slice(0, 10);
    if (event.type === 'IncidentReported')
      return {
        kind: 'incident',
        incidentId: d.incidentId,
        category: d.category,
        reportedOn: on,
        involvedPupilIds: [...(d.involvedPupilIds ?? [])],
        triageDecision: null,
        escalations: [],
        actions: [],
        closedOn: null,
      };
    if (event.type === 'SearchConducted')
      return {
        kind: 'search',
        searchId: d.searchId,
        pupilId: d.pupilId,
        conductedOn: on,
        suspectedIndecentImage: d.suspectedIndecentImage,
        devicesHeld: [],
        outcome: null,
      };
    if (!doc) return doc;
    if (doc.kind === 'incident') {
      switch (event.type) {
        case 'IncidentTriaged':
          return { ...doc, triageDecision: d.decision };
        case 'IncidentEscalated':
          if (doc.escalations.some((e) => e.escalationId === d.escalationId)) return doc;
          return {
            ...doc,
            escalations: [
              ...doc.escalations,
              { escalationId: d.escalationId, agency: d.agency, on, referencePending: Boolean(d.referencePending), outcomeRecorded: false },
            ],
          };
        case 'EscalationOutcomeRecorded':
          return {
            ...doc,
            escalations: doc.escalations.map((e) =>
              e.escalationId === d.escalationId ? { ...e, outcomeRecorded: true, referencePending: e.referencePending && !d.reference } : e,
            ),
          };
        case 'IncidentActionAssigned':
          if (doc.actions.some((a) => a.actionId === d.actionId)) return doc;
          return { ...doc, actions: [...doc.actions, { actionId: d.actionId, assigneeId: d.assigneeId, dueOn: d.dueOn, done: false }] };
        case 'IncidentActionCompleted':
          return { ...doc, actions: doc.actions.map((a) => (a.actionId === d.actionId ? { ...a, done: true } : a)) };
        case 'IncidentClosed':
          return { ...doc, closedOn: on };
        case 'IncidentReopened':
          return { ...doc, closedOn: null };
      }
      return doc;
    }
    switch (event.type) {
      case 'DeviceConfiscated':
        return doc.devicesHeld.includes(d.deviceId) ? doc : { ...doc, devicesHeld: [...doc.devicesHeld, d.deviceId] };
      case 'DeviceHandedToPolice':
      case 'DeviceReleasedToParent':
        return { ...doc, devicesHeld: doc.devicesHeld.filter((id) => id !== d.deviceId) };
      case 'SearchCompleted':
        return { ...doc, outcome: d.outcome };
    }
    return doc;
  },
};

export type Term = 'autumn' | 'spring' | 'summer';

/** The term a date falls in: autumn from September, spring to April, summer in between. */
export function termOf(date: string): Term {
  const month = Number(date.slice(5, 7));
  return month >= 9 ? 'autumn' : month <= 4 ? 'spring' : 'summer';
}

/** The academic year (starting 1 September) a date falls in: 2025-03-01 → 2024. */
export function academicYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 9 ? year : year - 1;
}

export type IncidentRecord = Extract<CaseloadRecord, { kind: 'incident' }>;
export type SearchRecord = Extract<CaseloadRecord, { kind: 'search' }>;

/** Where an incident stands, in the order the DSL deals with it. */
export type IncidentStatus = 'untriaged' | 'open' | 'closed';

export function incidentStatus(incident: IncidentRecord): IncidentStatus {
  if (incident.closedOn !== null) return 'closed';
  return incident.triageDecision === null ? 'untriaged' : 'open';
}

export interface IncidentFilter {
  readonly category?: string;
  readonly status?: IncidentStatus;
  readonly academicYear?: number;
  readonly term?: Term;
  readonly pupilId?: string;
}

/** Incidents matching a filter, newest report first. */
export function filterIncidents(records: readonly CaseloadRecord[], filter: IncidentFilter): IncidentRecord[] {
  return records
    .filter((r): r is IncidentRecord => r.kind === 'incident')
    .filter(
      (i) =>
        (filter.category === undefined || i.category === filter.category) &&
        (filter.status === undefined || incidentStatus(i) === filter.status) &&
        (filter.academicYear === undefined || academicYearOf(i.reportedOn) === filter.academicYear) &&
        (filter.term === undefined || termOf(i.reportedOn) === filter.term) &&
        (filter.pupilId === undefined || i.involvedPupilIds.includes(filter.pupilId)),
    )
    .sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || a.incidentId.localeCompare(b.incidentId));
}

/** Searches, of one pupil if named, newest first. */
export function filterSearches(records: readonly CaseloadRecord[], filter: { readonly pupilId?: string }): SearchRecord[] {
  return records
    .filter((r): r is SearchRecord => r.kind === 'search' && (filter.pupilId === undefined || r.pupilId === filter.pupilId))
    .sort((a, b) => b.conductedOn.localeCompare(a.conductedOn) || a.searchId.localeCompare(b.searchId));
}

/** What needs the DSL's attention today: ids of each kind, so the page can count and link. */
export interface NeedsAttention {
  readonly untriaged: readonly string[];
  /** Incidents with an escalation that has no outcome yet or whose reference is pending. */
  readonly escalationsWaiting: readonly string[];
  readonly actionsOverdue: readonly string[];
  readonly actionsDueThisWeek: readonly string[];
  /** Searches with a device still held by the school. */
  readonly devicesHeld: readonly string[];
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Pure: the caseload and today's date in, the DSL's list out (each list holds incident or search ids). */
export function needsAttention(records: readonly CaseloadRecord[], today: string): NeedsAttention {
  const incidents = records.filter((r): r is IncidentRecord => r.kind === 'incident' && r.closedOn === null);
  const weekEnd = addDays(today, 7);
  const openActions = (i: IncidentRecord) => i.actions.filter((a) => !a.done);
  return {
    untriaged: incidents.filter((i) => i.triageDecision === null).map((i) => i.incidentId),
    escalationsWaiting: incidents
      .filter((i) => i.escalations.some((e) => !e.outcomeRecorded || e.referencePending))
      .map((i) => i.incidentId),
    actionsOverdue: incidents.filter((i) => openActions(i).some((a) => a.dueOn < today)).map((i) => i.incidentId),
    actionsDueThisWeek: incidents
      .filter((i) => openActions(i).some((a) => a.dueOn >= today && a.dueOn <= weekEnd))
      .map((i) => i.incidentId),
    devicesHeld: records.filter((r): r is SearchRecord => r.kind === 'search' && r.devicesHeld.length > 0).map((s) => s.searchId),
  };
}
