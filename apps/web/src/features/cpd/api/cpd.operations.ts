import { graphql } from '../../../gql';

/** Who has not yet signed the current KCSIE, AUP and policy versions they must. */
export const CpdSignaturesDocument = graphql(`
  query CpdSignatures($tenantId: ID!, $after: String, $asOf: String, $knownAt: String) {
    cpdMatrix(tenantId: $tenantId, first: 200, after: $after, asOf: $asOf, knownAt: $knownAt) {
      at
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          staffId
          jobTitle
          staff {
            name
          }
          outstandingAcknowledgements {
            documentId
            title
            version
          }
        }
      }
    }
  }
`);
