import { graphql } from '../../../gql';

export const IncidentsDocument = graphql(`
  query Incidents(
    $tenantId: ID!
    $category: IncidentCategory
    $status: IncidentStatus
    $academicYear: Int
    $term: Term
    $first: Int
    $after: String
  ) {
    incidents(
      tenantId: $tenantId
      category: $category
      status: $status
      academicYear: $academicYear
      term: $term
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          incidentId
          category
          reportedOn
          status
          triageDecision
          closedOn
          escalations {
            agency
            outcomeRecorded
          }
          actions {
            done
          }
        }
      }
    }
  }
`);

export const IncidentTrailDocument = graphql(`
  query IncidentTrail($tenantId: ID!, $incidentId: ID!, $after: String) {
    evidenceTrail(tenantId: $tenantId, subjectKind: incident, subjectId: $incidentId, first: 200, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          position
          type
          occurredAt
          recordedAt
          actor {
            id
            role
          }
          data
        }
      }
    }
  }
`);
