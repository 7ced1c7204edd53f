import type { Projection, RecordedEvent } from '@ledger/kernel';

export type ActivityRecord =
  | {
      readonly kind: 'incident';
      readonly incidentId: string;
      readonly category: string;
      readonly reportedOn: string;
      readonly triageDecision: string | null;
      readonly escalations: ReadonlyArray<{ readonly agency: string; readonly on: string }>;
      readonly closedOn: string | null;
      readonly openActions: number;
    }
  | {
      readonly kind: 'search';
      readonly searchId: string;
      readonly conductedOn: string;
      readonly suspectedIndecentImage: boolean;
      readonly outcome: string | null;
    }
  | {
      /** A recorded erasure: its lawful basis and day only (SubjectErased carries no personal data). */
      readonly kind: 'erasure';
      readonly erasureId: string;
      readonly basis: string;
      readonly erasedOn: string;
    }
  | {
      readonly kind: 'filtering';
      readonly reviews: readonly string[];
      readonly tests: ReadonlyArray<{ readonly on: string; readonly result: string }>;
      readonly decisions: number;
      readonly alerts: ReadonlyArray<{ readonly on: string; readonly minutesToDsl: number }>;
    };

const EMPTY_FILTERING: ActivityRecord = { kind: 'filtering', reviews: [], tests: [], decisions: 0, alerts: [] };

/** Incidents, searches and filtering activity per setting, for the governors' report. Counts and dates only: no narratives. */
export const safeguardingActivityProjection: Projection<ActivityRecord> = {
  name: 'safeguarding-activity',
  canHandle: [
    'IncidentReported',
    'IncidentTriaged',
    'IncidentEscalated',
    'IncidentActionAssigned',
    'IncidentActionCompleted',
    'IncidentClosed',
    'IncidentReopened',
    'SearchConducted',
    'SearchCompleted',
    'FilteringReviewHeld',
    'FilterTested',
    'FilterDecisionRecorded',
    'MonitoringAlertHandled',
    'SubjectErased',
  ],
  // A setting's erasures share its privacy register stream: one document each.
  keyOf: (event) => (event.type === 'SubjectErased' ? `${event.stream}/${String(event.data.erasureId)}` : event.stream),
  evolve(doc, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    const on = event.meta.occurredAt.slice(0, 10);
    if (event.type === 'IncidentReported')
      return {
        kind: 'incident',
        incidentId: d.incidentId,
        category: d.category,
        reportedOn: on,
        triageDecision: null,
        escalations: [],
        closedOn: null,
        openActions: 0,
      };
    if (event.type === 'SearchConducted')
      return { kind: 'search', searchId: d.searchId, conductedOn: on, suspectedIndecentImage: d.suspectedIndecentImage, outcome: null };
    if (event.type === 'SubjectErased') return { kind: 'erasure', erasureId: d.erasureId, basis: d.basis, erasedOn: on };
    const current = doc ?? (event.stream.startsWith('filtering-') ? EMPTY_FILTERING : undefined);
    if (!current) return current;
    if (current.kind === 'incident') {
      switch (event.type) {
        case 'IncidentTriaged':
          return { ...current, triageDecision: d.decision };
        case 'IncidentEscalated':
          return { ...current, escalations: [...current.escalations, { agency: d.agency, on }] };
        case 'IncidentActionAssigned':
          return { ...current, openActions: current.openActions + 1 };
        case 'IncidentActionCompleted':
          return { ...current, openActions: current.openActions - 1 };
        case 'IncidentClosed':
          return { ...current, closedOn: on };
        case 'IncidentReopened':
          return { ...current, closedOn: null };
      }
      return current;
    }
    if (current.kind === 'erasure') return current;
    if (current.kind === 'search') return event.type === 'SearchCompleted' ? { ...current, outcome: d.outcome } : current;
    switch (event.type) {
      case 'FilteringReviewHeld':
        return { ...current, reviews: [...current.reviews, d.heldOn] };
      case 'FilterTested':
        return { ...current, tests: [...current.tests, { on: d.testedOn, result: d.result }] };
      case 'FilterDecisionRecorded':
        return { ...current, decisions: current.decisions + 1 };
      case 'MonitoringAlertHandled':
        return {
          ...current,
          alerts: [...current.alerts, { on, minutesToDsl: Math.round((Date.parse(d.dslInformedAt) - Date.parse(d.receivedAt)) / 60_000) }],
        };
    }
    return current;
  },
};
