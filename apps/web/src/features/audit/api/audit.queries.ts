import { graphql } from '../../../gql';

/** One page of the setting's raw log, filtered by type, stream category and the dates recorded. */
export const RawLogDocument = graphql(`
  query RawLog(
    $tenantId: ID!
    $types: [String!]
    $categories: [String!]
    $recordedFrom: String
    $recordedUntil: String
    $first: Int
    $after: String
  ) {
    events(
      tenantId: $tenantId
      types: $types
      categories: $categories
      recordedFrom: $recordedFrom
      recordedUntil: $recordedUntil
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          eventId
          position
          stream
          revision
          type
          occurredAt
          recordedAt
          hash
          prevHash
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

/** Who read which incident, search or pupil trail, and when. */
export const ReadLogDocument = graphql(`
  query ReadLog($tenantId: ID!, $subjectId: ID, $first: Int, $after: String) {
    readLog(tenantId: $tenantId, subjectId: $subjectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          readId
          position
          readAt
          readerId
          readerRole
          subjectKind
          subjectId
          view
        }
      }
    }
  }
`);
