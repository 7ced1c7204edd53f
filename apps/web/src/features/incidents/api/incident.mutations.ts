import { graphql } from '../../../gql';

export const ReportIncidentDocument = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
    }
  }
`);

export const TriageIncidentDocument = graphql(`
  mutation TriageIncident($input: TriageIncidentInput!) {
    triageIncident(input: $input) {
      id
    }
  }
`);

export const EscalateIncidentDocument = graphql(`
  mutation EscalateIncident($input: EscalateIncidentInput!) {
    escalateIncident(input: $input) {
      id
    }
  }
`);

export const RecordEscalationOutcomeDocument = graphql(`
  mutation RecordEscalationOutcome($input: RecordEscalationOutcomeInput!) {
    recordEscalationOutcome(input: $input) {
      id
    }
  }
`);

export const PreserveEvidenceDocument = graphql(`
  mutation PreserveEvidence($input: PreserveEvidenceInput!) {
    preserveEvidence(input: $input) {
      id
    }
  }
`);

export const InformParentsDocument = graphql(`
  mutation InformParents($input: InformParentsInput!) {
    informParents(input: $input) {
      id
    }
  }
`);

export const ApplySanctionDocument = graphql(`
  mutation ApplySanction($input: ApplySanctionInput!) {
    applySanction(input: $input) {
      id
    }
  }
`);

export const AssignIncidentActionDocument = graphql(`
  mutation AssignIncidentAction($input: AssignIncidentActionInput!) {
    assignIncidentAction(input: $input) {
      id
    }
  }
`);

export const CompleteIncidentActionDocument = graphql(`
  mutation CompleteIncidentAction($input: CompleteIncidentActionInput!) {
    completeIncidentAction(input: $input) {
      id
    }
  }
`);

export const CloseIncidentDocument = graphql(`
  mutation CloseIncident($input: CloseIncidentInput!) {
    closeIncident(input: $input) {
      id
    }
  }
`);

export const ReopenIncidentDocument = graphql(`
  mutation ReopenIncident($input: ReopenIncidentInput!) {
    reopenIncident(input: $input) {
      id
    }
  }
`);
