import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { IncidentCommand } from './domain/incident.commands.js';
import { incidentDecider, toIncidentStreamId } from './domain/incident.decider.js';
import { INCIDENT_ROLES } from './domain/incident.roles.js';
import {
  ApplySanctionInput,
  AssignIncidentActionInput,
  CloseIncidentInput,
  CompleteIncidentActionInput,
  EscalateIncidentInput,
  InformParentsInput,
  PreserveEvidenceInput,
  RecordAllegationOutcomeInput,
  RecordEscalationOutcomeInput,
  ReopenIncidentInput,
  ReportIncidentInput,
  TriageIncidentInput,
} from './graphql/incident.input.js';

/** Every incident command: its input, its roles, the id it returns; the API and the handler are derived from it. */
export const INCIDENT_CATALOGUE = new CommandCatalogue<WithoutContext<IncidentCommand>>(
  aggregateCatalogue({
    decider: incidentDecider,
    toStreamId: (c) => toIncidentStreamId(c.tenantId, c.incidentId),
    aggregateId: (c) => c.incidentId,
    roles: INCIDENT_ROLES,
  })({
    ReportIncident: command(ReportIncidentInput, {
      description: 'Report an online-safety concern (any member of staff)',
      toCommand: (input, newId) => ({
        kind: 'ReportIncident',
        incidentId: input.incidentId ?? newId(),
        category: input.category,
        involvedPupilIds: input.involvedPupilIds,
        aboutStaffId: input.aboutStaffId,
        narrative: input.narrative,
        childsWords: input.childsWords,
      }),
    }),
    TriageIncident: command(TriageIncidentInput, {
      description: "Record the DSL's triage decision and why",
      toCommand: (input) => ({
        kind: 'TriageIncident',
        incidentId: input.incidentId,
        decision: input.decision,
        rationale: input.rationale,
      }),
    }),
    EscalateIncident: command(EscalateIncidentInput, {
      description: 'Refer the incident to an agency (police, LADO, CEOP, children’s social care, Prevent, early help)',
      toCommand: (input, newId) => ({
        kind: 'EscalateIncident',
        incidentId: input.incidentId,
        escalationId: input.escalationId ?? newId(),
        agency: input.agency,
        reference: input.reference,
        referencePending: input.referencePending,
      }),
      resultId: (c) => c.escalationId,
    }),
    RecordEscalationOutcome: command(RecordEscalationOutcomeInput, {
      description: 'Record what the agency decided',
      toCommand: (input) => ({
        kind: 'RecordEscalationOutcome',
        incidentId: input.incidentId,
        escalationId: input.escalationId,
        outcome: input.outcome,
        reference: input.reference,
      }),
    }),
    PreserveEvidence: command(PreserveEvidenceInput, {
      description: 'Record that evidence was preserved (its hash and where it is held, never the content)',
      toCommand: (input, newId) => ({
        kind: 'PreserveEvidence',
        incidentId: input.incidentId,
        evidenceId: input.evidenceId ?? newId(),
        sha256: input.sha256,
        heldAt: input.heldAt,
        description: input.description,
      }),
      resultId: (c) => c.evidenceId,
    }),
    InformParents: command(InformParentsInput, {
      description: 'Record that parents were informed, and how',
      toCommand: (input) => ({ kind: 'InformParents', incidentId: input.incidentId, method: input.method }),
    }),
    ApplySanction: command(ApplySanctionInput, {
      description: 'Record a sanction applied to a pupil',
      toCommand: (input) => ({ kind: 'ApplySanction', incidentId: input.incidentId, pupilId: input.pupilId, sanction: input.sanction }),
    }),
    AssignIncidentAction: command(AssignIncidentActionInput, {
      description: 'Assign a follow-up action to a member of staff',
      toCommand: (input, newId) => ({
        kind: 'AssignIncidentAction',
        incidentId: input.incidentId,
        actionId: input.actionId ?? newId(),
        description: input.description,
        assigneeId: input.assigneeId,
        dueOn: input.dueOn,
      }),
      resultId: (c) => c.actionId,
      staffIds: (c) => [c.assigneeId],
    }),
    CompleteIncidentAction: command(CompleteIncidentActionInput, {
      description: 'Mark a follow-up action done',
      toCommand: (input) => ({ kind: 'CompleteIncidentAction', incidentId: input.incidentId, actionId: input.actionId }),
    }),
    CloseIncident: command(CloseIncidentInput, {
      description: 'Close the incident with its outcome',
      toCommand: (input) => ({ kind: 'CloseIncident', incidentId: input.incidentId, outcome: input.outcome }),
    }),
    ReopenIncident: command(ReopenIncidentInput, {
      description: 'Reopen a closed incident, saying why',
      toCommand: (input) => ({ kind: 'ReopenIncident', incidentId: input.incidentId, reason: input.reason }),
    }),
    RecordAllegationOutcome: command(RecordAllegationOutcomeInput, {
      description:
        'Record how an allegation against a member of staff ended (KCSIE Part 4: substantiated, malicious, false, unsubstantiated, unfounded)',
      toCommand: (input) => ({ kind: 'RecordAllegationOutcome', incidentId: input.incidentId, outcome: input.outcome }),
    }),
  }),
);
