import { graphql } from '../../../gql';

export const MyComplianceDocument = graphql(`
  query MyCompliance($tenantId: ID!) {
    myCompliance(tenantId: $tenantId) {
      at
      outstandingAcknowledgements {
        documentId
        title
        version
        contentHash
      }
      training {
        courseId
        courseTitle
        status
        lastCompletedOn
        expiresOn
      }
      signatures {
        documentId
        title
        version
        acknowledgedOn
        current
      }
    }
  }
`);

export const AcknowledgeDocumentDocument = graphql(`
  mutation AcknowledgeDocument($input: AcknowledgeDocumentInput!) {
    acknowledgeDocument(input: $input) {
      id
    }
  }
`);
