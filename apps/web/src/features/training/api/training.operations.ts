import { graphql } from '../../../gql';

/** The setting's totals (the view's own count: one authority for the percentages). */
export const TrainingTotalsDocument = graphql(`
  query TrainingTotals($tenantId: ID!, $dueSoonDays: Int, $asOf: String, $knownAt: String) {
    trainingStatus(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 1, asOf: $asOf, knownAt: $knownAt) {
      at
      dueSoonDays
      totals {
        required
        compliant
        dueSoon
        overdue
        neverDone
        percentCompliant
      }
    }
  }
`);

/** Every member of staff with their roles and each required course's status: the rows of the matrix. */
export const TrainingMatrixDocument = graphql(`
  query TrainingMatrix($tenantId: ID!, $dueSoonDays: Int, $after: String, $asOf: String, $knownAt: String) {
    cpdMatrix(tenantId: $tenantId, dueSoonDays: $dueSoonDays, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {
      at
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          staffId
          jobTitle
          roles
          staff {
            name
          }
          training {
            courseId
            courseTitle
            status
            lastCompletedOn
            expiresOn
          }
        }
      }
    }
  }
`);

export const TrainingImportCheckDocument = graphql(`
  query TrainingImportCheck(
    $tenantId: ID!
    $csv: String!
    $staffColumn: String
    $courseColumn: String
    $completedOnColumn: String
    $providerColumn: String
  ) {
    trainingImportCheck(
      tenantId: $tenantId
      csv: $csv
      staffColumn: $staffColumn
      courseColumn: $courseColumn
      completedOnColumn: $completedOnColumn
      providerColumn: $providerColumn
    ) {
      columns
      mapping {
        staff
        course
        completedOn
        provider
      }
      good
      bad
      rows {
        row
        staff
        course
        completedOn
        provider
        staffId
        courseId
        commandId
        completionId
        occurredAt
        problem {
          code
          message
        }
      }
    }
  }
`);

export const RecordCompletionDocument = graphql(`
  mutation RecordCompletion($input: RecordCompletionInput!) {
    recordCompletion(input: $input) {
      id
      replayed
    }
  }
`);
