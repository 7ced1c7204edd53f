import type { RecordedEvent } from '@ledger/kernel';
import {
  caseloadProjection,
  filterIncidents,
  filterSearches,
  incidentStatus,
  needsAttention,
  type CaseloadRecord,
} from './caseload.projection.js';
import { replayProjection } from './time-travel.js';

const T = 'oakfield';
let position = 0;
function event(type: string, data: Record<string, unknown>, on: string, stream: string): RecordedEvent {
  position += 1;
  return {
    id: `e-${position}`,
    stream,
    revision: 0,
    position: String(position),
    type,
    schema: 1,
    data,
    meta: {
      tenantId: T,
      actor: { id: 'dsl', role: 'dsl' },
      occurredAt: `${on}T10:00:00.000Z`,
      recordedAt: `${on}T10:00:00.000Z`,
      correlationId: 'c',
      causationId: null,
    },
    hash: 'h'.repeat(64),
    prevHash: '0'.repeat(64),
  };
}

const incident = (id: string) => `incident-${T}.${id}`;
const search = (id: string) => `search-${T}.${id}`;
const reported = (id: string, on: string, category = 'cyberbullying', pupils: string[] = []) =>
  event('IncidentReported', { incidentId: id, category, involvedPupilIds: pupils, narrative: 'ciphertext' }, on, incident(id));

function caseload(events: RecordedEvent[]): CaseloadRecord[] {
  return [...replayProjection(caseloadProjection, events, {}).values()];
}

describe('caseloadProjection', () => {
  describe('when an incident moves through triage, escalation and actions', () => {
    it('should show what needs attention on the day, and nothing personal', () => {
      const events = [
        reported('i1', '2025-03-01'),
        reported('i2', '2025-03-02', 'grooming', ['p-9']),
        event('IncidentTriaged', { incidentId: 'i2', decision: 'refer' }, '2025-03-02', incident('i2')),
        event(
          'IncidentEscalated',
          { incidentId: 'i2', escalationId: 'x1', agency: 'police', referencePending: true },
          '2025-03-02',
          incident('i2'),
        ),
        event(
          'IncidentActionAssigned',
          { incidentId: 'i2', actionId: 'a1', assigneeId: 's1', dueOn: '2025-03-05' },
          '2025-03-02',
          incident('i2'),
        ),
        event(
          'IncidentActionAssigned',
          { incidentId: 'i2', actionId: 'a2', assigneeId: 's1', dueOn: '2025-03-12' },
          '2025-03-02',
          incident('i2'),
        ),
        event('SearchConducted', { searchId: 's1', pupilId: 'p-9', suspectedIndecentImage: false }, '2025-03-03', search('s1')),
        event('DeviceConfiscated', { searchId: 's1', deviceId: 'd1' }, '2025-03-03', search('s1')),
      ];
      const records = caseload(events);
      expect(needsAttention(records, '2025-03-10')).toEqual({
        untriaged: ['i1'],
        escalationsWaiting: ['i2'],
        actionsOverdue: ['i2'],
        actionsDueThisWeek: ['i2'],
        devicesHeld: ['s1'],
      });
      expect(JSON.stringify(records)).not.toContain('ciphertext');
    });

    it('should clear each item once the outcome, completion, hand-over and closure are recorded', () => {
      const events = [
        reported('i2', '2025-03-02'),
        event('IncidentTriaged', { incidentId: 'i2', decision: 'refer' }, '2025-03-02', incident('i2')),
        event(
          'IncidentEscalated',
          { incidentId: 'i2', escalationId: 'x1', agency: 'police', referencePending: true },
          '2025-03-02',
          incident('i2'),
        ),
        event(
          'EscalationOutcomeRecorded',
          { incidentId: 'i2', escalationId: 'x1', outcome: 'NFA', reference: 'CR-1' },
          '2025-03-04',
          incident('i2'),
        ),
        event(
          'IncidentActionAssigned',
          { incidentId: 'i2', actionId: 'a1', assigneeId: 's1', dueOn: '2025-03-05' },
          '2025-03-02',
          incident('i2'),
        ),
        event('IncidentActionCompleted', { incidentId: 'i2', actionId: 'a1' }, '2025-03-05', incident('i2')),
        event('SearchConducted', { searchId: 's1', pupilId: 'p-9', suspectedIndecentImage: true }, '2025-03-03', search('s1')),
        event('DeviceConfiscated', { searchId: 's1', deviceId: 'd1' }, '2025-03-03', search('s1')),
        event('DeviceHandedToPolice', { searchId: 's1', deviceId: 'd1' }, '2025-03-04', search('s1')),
      ];
      expect(needsAttention(caseload(events), '2025-03-10')).toEqual({
        untriaged: [],
        escalationsWaiting: [],
        actionsOverdue: [],
        actionsDueThisWeek: [],
        devicesHeld: [],
      });
    });
  });

  describe('when the same event is applied twice', () => {
    it('should give the same document', () => {
      const escalated = event(
        'IncidentEscalated',
        { incidentId: 'i1', escalationId: 'x1', agency: 'police' },
        '2025-03-02',
        incident('i1'),
      );
      const assigned = event(
        'IncidentActionAssigned',
        { incidentId: 'i1', actionId: 'a1', assigneeId: 's', dueOn: '2025-03-09' },
        '2025-03-02',
        incident('i1'),
      );
      const once = caseload([reported('i1', '2025-03-01'), escalated, assigned]);
      const twice = caseload([reported('i1', '2025-03-01'), escalated, escalated, assigned, assigned]);
      expect(twice).toEqual(once);
    });
  });

  describe('when searches are filtered by pupil', () => {
    it("should keep that pupil's searches, newest first", () => {
      const records = caseload([
        event('SearchConducted', { searchId: 's1', pupilId: 'p1', suspectedIndecentImage: false }, '2025-01-01', search('s1')),
        event('SearchConducted', { searchId: 's2', pupilId: 'p2', suspectedIndecentImage: false }, '2025-01-02', search('s2')),
        event('SearchConducted', { searchId: 's3', pupilId: 'p1', suspectedIndecentImage: false }, '2025-01-03', search('s3')),
      ]);
      expect(filterSearches(records, { pupilId: 'p1' }).map((s) => s.searchId)).toEqual(['s3', 's1']);
    });
  });

  describe('when incidents are filtered', () => {
    it('should match category, status, academic year, term and pupil, newest first', () => {
      const records = caseload([
        reported('a', '2024-10-01', 'grooming', ['p1']),
        reported('b', '2025-02-01', 'grooming'),
        reported('c', '2025-06-01', 'sexting'),
        event('IncidentClosed', { incidentId: 'c', outcome: 'done' }, '2025-06-02', incident('c')),
        reported('d', '2025-09-10', 'grooming'),
      ]);
      const ids = (filter: Parameters<typeof filterIncidents>[1]) => filterIncidents(records, filter).map((i) => i.incidentId);
      expect(ids({})).toEqual(['d', 'c', 'b', 'a']);
      expect(ids({ category: 'grooming', academicYear: 2024 })).toEqual(['b', 'a']);
      expect(ids({ term: 'autumn' })).toEqual(['d', 'a']);
      expect(ids({ status: 'closed' })).toEqual(['c']);
      expect(ids({ pupilId: 'p1' })).toEqual(['a']);
      expect(filterSearches(records, {})).toEqual([]);
      expect(filterIncidents(records, { status: 'untriaged' }).map(incidentStatus)).toEqual(['untriaged', 'untriaged', 'untriaged']);
    });
  });
});
