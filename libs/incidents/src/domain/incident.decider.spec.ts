import { command, context, given, REGISTERED_AT, staff } from '@ledger/testing';
import type { IncidentCommand } from './incident.commands.js';
import { incidentDecider } from './incident.decider.js';
import type { IncidentEvent } from './incident.events.js';

const ctx = context([staff('dsl-amara'), staff('teacher-ben'), staff('head-cho'), staff('left-dan', '2024-12-31T00:00:00.000Z')]);
const as = (role: string, actorId: string) => ({ role, actorId, context: ctx });
const c = <K extends IncidentCommand['kind']>(kind: K, payload: object, options: object = as('dsl', 'dsl-amara')) =>
  command(kind, payload, options) as unknown as IncidentCommand;

const reported: IncidentEvent = {
  type: 'IncidentReported',
  data: {
    incidentId: 'inc-1',
    category: 'cyberbullying',
    reporterId: 'teacher-ben',
    involvedPupilIds: ['p-7'],
    aboutStaffId: null,
    subjectId: 'p-7',
    narrative: 'n',
    childsWords: 'w',
  },
};
const reportedAboutStaff: IncidentEvent = {
  ...reported,
  data: { ...reported.data, category: 'misuse_by_staff', aboutStaffId: 'left-dan', subjectId: 'left-dan' },
} as IncidentEvent;
const triaged: IncidentEvent = {
  type: 'IncidentTriaged',
  data: { incidentId: 'inc-1', decision: 'refer', rationale: 'r', triagedBy: 'dsl-amara' },
};
const escalated: IncidentEvent = {
  type: 'IncidentEscalated',
  data: {
    incidentId: 'inc-1',
    escalationId: 'esc-1',
    agency: 'police',
    reference: 'CAD-1',
    referencePending: false,
    escalatedBy: 'dsl-amara',
  },
};
const closed: IncidentEvent = { type: 'IncidentClosed', data: { incidentId: 'inc-1', outcome: 'resolved' } };

describe('incidentDecider', () => {
  describe('when a concern is reported', () => {
    const report = (options: object = as('staff', 'teacher-ben'), extra: object = {}) =>
      c(
        'ReportIncident',
        {
          incidentId: 'inc-1',
          category: 'cyberbullying',
          involvedPupilIds: ['p-7'],
          narrative: 'Messages in the group chat',
          childsWords: 'they won’t stop',
          ...extra,
        },
        options,
      );

    it('should record it with the reporter and the pupil as data subject', () => {
      given(incidentDecider)
        .when(report())
        .then([
          { type: 'IncidentReported', data: expect.objectContaining({ reporterId: 'teacher-ben', subjectId: 'p-7', aboutStaffId: null }) },
        ]);
    });

    it('should let any member of staff report, but not a governor', () => {
      given(incidentDecider)
        .when(report({ role: 'governor', actorId: 'teacher-ben', context: ctx }))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });

    it('should refuse a reporter who has left', () => {
      given(incidentDecider)
        .when(report(as('staff', 'left-dan')))
        .thenRejects('STAFF.NOT_CURRENT');
    });

    it('should refuse an occurredAt in the future', () => {
      given(incidentDecider)
        .when(report({ ...as('staff', 'teacher-ben'), occurredAt: '2025-03-11T12:00:00.000Z' }))
        .thenRejects('COMMAND.OCCURRED_IN_FUTURE');
    });

    it('should accept an occurredAt a few minutes ahead (clock skew)', () => {
      given(incidentDecider)
        .when(report({ ...as('staff', 'teacher-ben'), occurredAt: '2025-03-10T12:03:00.000Z' }))
        .then([{ type: 'IncidentReported' }]);
    });

    it('should refuse an occurredAt before the setting was registered', () => {
      const early = context([staff('teacher-ben')], { settingRegisteredAt: REGISTERED_AT });
      given(incidentDecider)
        .when(report({ role: 'staff', actorId: 'teacher-ben', context: early, occurredAt: '2021-01-01T00:00:00.000Z' }))
        .thenRejects('COMMAND.OCCURRED_BEFORE_SETTING');
    });

    it('should refuse a second report on the same stream', () => {
      given(incidentDecider, [reported]).when(report()).thenRejects('INCIDENT.ALREADY_REPORTED');
    });
  });

  describe('when triaging', () => {
    it('should record the decision and rationale, including a decision not to refer', () => {
      given(incidentDecider, [reported])
        .when(
          c('TriageIncident', { incidentId: 'inc-1', decision: 'no_further_action', rationale: 'Resolved between pupils; parents aware' }),
        )
        .then([
          {
            type: 'IncidentTriaged',
            data: {
              incidentId: 'inc-1',
              decision: 'no_further_action',
              rationale: 'Resolved between pupils; parents aware',
              triagedBy: 'dsl-amara',
            },
          },
        ]);
    });

    it('should be for the DSL and deputies only', () => {
      given(incidentDecider, [reported])
        .when(c('TriageIncident', { incidentId: 'inc-1', decision: 'refer', rationale: 'r' }, as('staff', 'teacher-ben')))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });

    it('should refuse a DSL who has left', () => {
      given(incidentDecider, [reported])
        .when(c('TriageIncident', { incidentId: 'inc-1', decision: 'refer', rationale: 'r' }, as('dsl', 'left-dan')))
        .thenRejects('STAFF.NOT_CURRENT');
    });

    it('should refuse an incident that was never reported', () => {
      given(incidentDecider)
        .when(c('TriageIncident', { incidentId: 'inc-1', decision: 'refer', rationale: 'r' }))
        .thenRejects('INCIDENT.NOT_FOUND');
    });
  });

  describe('when escalating', () => {
    const escalate = (agency: string, extra: object = {}) =>
      c('EscalateIncident', { incidentId: 'inc-1', escalationId: 'esc-1', agency, ...extra });

    it('should record a police referral with its reference', () => {
      given(incidentDecider, [reported, triaged])
        .when(escalate('police', { reference: 'CAD-1' }))
        .then([escalated]);
    });

    it('should accept "reference pending" for the police', () => {
      given(incidentDecider, [reported])
        .when(escalate('police', { referencePending: true }))
        .then([{ type: 'IncidentEscalated', data: expect.objectContaining({ reference: null, referencePending: true }) }]);
    });

    it('should refuse a police or LADO escalation with neither reference nor "pending"', () => {
      given(incidentDecider, [reported]).when(escalate('police')).thenRejects('INCIDENT.REFERENCE_REQUIRED');
      given(incidentDecider, [reportedAboutStaff]).when(escalate('lado')).thenRejects('INCIDENT.REFERENCE_REQUIRED');
    });

    it('should refuse LADO for an incident not about a member of staff', () => {
      given(incidentDecider, [reported])
        .when(escalate('lado', { reference: 'LADO-1' }))
        .thenRejects('INCIDENT.LADO_ONLY_FOR_STAFF');
    });

    it('should accept LADO for an allegation about staff', () => {
      given(incidentDecider, [reportedAboutStaff])
        .when(escalate('lado', { reference: 'LADO-1' }))
        .then([{ type: 'IncidentEscalated', data: expect.objectContaining({ agency: 'lado' }) }]);
    });

    it('should not need a reference for Early Help', () => {
      given(incidentDecider, [reported])
        .when(escalate('early_help'))
        .then([{ type: 'IncidentEscalated' }]);
    });
  });

  describe('when closing', () => {
    const close = c('CloseIncident', { incidentId: 'inc-1', outcome: 'Support plan in place' });

    it('should refuse before triage', () => {
      given(incidentDecider, [reported]).when(close).thenRejects('INCIDENT.NOT_TRIAGED');
    });

    it('should refuse while an escalation has no outcome', () => {
      given(incidentDecider, [reported, triaged, escalated]).when(close).thenRejects('INCIDENT.ESCALATION_OPEN');
    });

    it('should close once every escalation has its outcome', () => {
      const outcome: IncidentEvent = {
        type: 'EscalationOutcomeRecorded',
        data: { incidentId: 'inc-1', escalationId: 'esc-1', outcome: 'NFA by police', reference: null },
      };
      given(incidentDecider, [reported, triaged, escalated, outcome])
        .when(close)
        .then([{ type: 'IncidentClosed', data: { incidentId: 'inc-1', outcome: 'Support plan in place' } }]);
    });
  });

  describe('when the incident is closed', () => {
    it('should accept nothing but reopening', () => {
      given(incidentDecider, [reported, triaged, closed])
        .when(c('InformParents', { incidentId: 'inc-1', method: 'phone' }))
        .thenRejects('INCIDENT.CLOSED');
      given(incidentDecider, [reported, triaged, closed])
        .when(c('ReopenIncident', { incidentId: 'inc-1', reason: 'New messages found' }))
        .then([{ type: 'IncidentReopened', data: { incidentId: 'inc-1', reason: 'New messages found' } }]);
    });
  });

  describe('the other actions', () => {
    it('should preserve evidence by hash only and refuse a malformed hash', () => {
      given(incidentDecider, [reported])
        .when(
          c('PreserveEvidence', {
            incidentId: 'inc-1',
            evidenceId: 'ev-1',
            sha256: 'a'.repeat(64),
            heldAt: 'DSL safe',
            description: 'screenshots',
          }),
        )
        .then([{ type: 'EvidencePreserved' }]);
      given(incidentDecider, [reported])
        .when(c('PreserveEvidence', { incidentId: 'inc-1', evidenceId: 'ev-1', sha256: 'nothex', heldAt: 'x', description: 'x' }))
        .thenRejects('INCIDENT.INVALID_EVIDENCE_HASH');
    });

    it('should assign an action to current staff and let the assignee complete it once', () => {
      const events = given(incidentDecider, [reported])
        .when(
          c(
            'AssignIncidentAction',
            { incidentId: 'inc-1', actionId: 'a-1', description: 'Check in weekly', assigneeId: 'teacher-ben', dueOn: '2025-04-01' },
            as('head', 'head-cho'),
          ),
        )
        .then([{ type: 'IncidentActionAssigned' }]);
      given(incidentDecider, [reported, ...events])
        .when(c('CompleteIncidentAction', { incidentId: 'inc-1', actionId: 'a-1' }, as('staff', 'teacher-ben')))
        .then([{ type: 'IncidentActionCompleted' }]);
      given(incidentDecider, [reported])
        .when(
          c('AssignIncidentAction', {
            incidentId: 'inc-1',
            actionId: 'a-1',
            description: 'x',
            assigneeId: 'left-dan',
            dueOn: '2025-04-01',
          }),
        )
        .thenRejects('STAFF.NOT_CURRENT');
    });

    it('should record parents informed and a sanction', () => {
      given(incidentDecider, [reported])
        .when(c('InformParents', { incidentId: 'inc-1', method: 'meeting' }, as('staff', 'teacher-ben')))
        .then([{ type: 'ParentsInformed' }]);
      given(incidentDecider, [reported])
        .when(c('ApplySanction', { incidentId: 'inc-1', pupilId: 'p-9', sanction: 'Phone privileges removed' }, as('slt', 'head-cho')))
        .then([{ type: 'SanctionApplied' }]);
      given(incidentDecider, [reported])
        .when(c('ApplySanction', { incidentId: 'inc-1', pupilId: 'p-9', sanction: 'x' }, as('staff', 'teacher-ben')))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });

  describe('when an allegation against a member of staff ends (KCSIE Part 4)', () => {
    it('should record its outcome once, naming the member of staff', () => {
      given(incidentDecider, [reportedAboutStaff])
        .when(c('RecordAllegationOutcome', { incidentId: 'inc-1', outcome: 'malicious' }, as('head', 'head-cho')))
        .then([
          {
            type: 'AllegationOutcomeRecorded',
            data: { incidentId: 'inc-1', aboutStaffId: 'left-dan', outcome: 'malicious', recordedBy: 'head-cho' },
          },
        ]);
      given(incidentDecider, [reportedAboutStaff, closed])
        .when(c('RecordAllegationOutcome', { incidentId: 'inc-1', outcome: 'unfounded' }))
        .then([{ type: 'AllegationOutcomeRecorded' }]);
    });

    it('should refuse a second outcome, a concern that is not an allegation, and a member of staff without the role', () => {
      const outcome: IncidentEvent = {
        type: 'AllegationOutcomeRecorded',
        data: { incidentId: 'inc-1', aboutStaffId: 'left-dan', outcome: 'false_allegation', recordedBy: 'head-cho' },
      };
      given(incidentDecider, [reportedAboutStaff, outcome])
        .when(c('RecordAllegationOutcome', { incidentId: 'inc-1', outcome: 'malicious' }))
        .thenRejects('INCIDENT.ALLEGATION_OUTCOME_RECORDED');
      given(incidentDecider, [reported])
        .when(c('RecordAllegationOutcome', { incidentId: 'inc-1', outcome: 'malicious' }))
        .thenRejects('INCIDENT.NOT_AN_ALLEGATION');
      given(incidentDecider, [reportedAboutStaff])
        .when(c('RecordAllegationOutcome', { incidentId: 'inc-1', outcome: 'malicious' }, as('staff', 'teacher-ben')))
        .thenRejects('COMMAND.ROLE_NOT_PERMITTED');
    });
  });
});
