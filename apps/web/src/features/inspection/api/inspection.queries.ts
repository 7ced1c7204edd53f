import { graphql } from '../../../gql';

/** Whether an inspector's grant is in force: the cheapest view an inspector may read (refused with `no_grant` otherwise). */
export const GrantCheckDocument = graphql(`
  query GrantCheck($tenantId: ID!) {
    latestCheckpoint(tenantId: $tenantId) {
      treeSize
    }
  }
`);

/** What an inspection asks for first, as one page; every list takes the page's time travel. The page sizes keep it under the API's cost limit (20,000). */
export const DayOneDocument = graphql(`
  query DayOne($tenantId: ID!, $academicYear: Int!, $asOf: String, $knownAt: String) {
    incidents(tenantId: $tenantId, academicYear: $academicYear, first: 100) {
      totalCount
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
            on
            outcomeRecorded
            referencePending
          }
        }
      }
    }
    trainingStatus(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, first: 150) {
      at
      totalCount
      totals {
        required
        compliant
        dueSoon
        overdue
        neverDone
        percentCompliant
      }
      edges {
        node {
          staffId
          staff {
            name
          }
          jobTitle
          courseId
          courseTitle
          status
          lastCompletedOn
          expiresOn
        }
      }
    }
    overdueReviews(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt, dueSoonDays: 90, first: 50) {
      at
      edges {
        node {
          documentId
          title
          nextDueOn
          daysOverdue
          state
          pastReviews {
            reviewedOn
            daysLate
          }
        }
      }
    }
    governorReport(tenantId: $tenantId, academicYear: $academicYear, knownAt: $knownAt) {
      academicYear
      filteringAndMonitoring {
        reviewHeld
        reviewDates
        filterTests
        failedTests
        decisions
      }
    }
  }
`);

/** Every event about one incident, search, document, member of staff or pupil, oldest first, with its hashes. */
export const TrailDocument = graphql(`
  query Trail($tenantId: ID!, $kind: TrailSubject!, $id: ID!, $after: String, $asOf: String, $knownAt: String) {
    evidenceTrail(tenantId: $tenantId, subjectKind: $kind, subjectId: $id, first: 100, after: $after, asOf: $asOf, knownAt: $knownAt) {
      totalCount
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
        }
      }
    }
  }
`);

/** The event's inclusion proof against the latest signed checkpoint, and the checkpoint keys the server offers. */
export const ProofDocument = graphql(`
  query Proof($tenantId: ID!, $eventId: ID!) {
    inclusionProof(tenantId: $tenantId, eventId: $eventId) {
      eventId
      eventHash
      leafHash
      leafIndex
      treeSize
      auditPath
      checkpoint {
        treeSize
        root
        timestamp
        keyId
        signature
      }
    }
    checkpointKeys(tenantId: $tenantId) {
      keyId
      publicKey
    }
  }
`);
