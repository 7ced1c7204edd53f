import { graphql } from '../../../gql';

export const PupilCasesDocument = graphql(`
  query PupilCases($tenantId: ID!, $pupilId: ID!) {
    incidents(tenantId: $tenantId, pupilId: $pupilId, first: 200) {
      edges {
        node {
          incidentId
          category
        }
      }
    }
    searches(tenantId: $tenantId, pupilId: $pupilId, first: 200) {
      edges {
        node {
          searchId
        }
      }
    }
  }
`);

export const PupilTrailDocument = graphql(`
  query PupilTrail($tenantId: ID!, $kind: TrailSubject!, $subjectId: ID!) {
    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $subjectId, first: 200) {
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
        }
      }
    }
  }
`);
