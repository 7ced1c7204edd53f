import { graphql } from '../../../gql';

export const PolicyRegisterDocument = graphql(`
  query PolicyRegister($tenantId: ID!, $asOf: String, $knownAt: String) {
    policyRegister(tenantId: $tenantId, asOf: $asOf, knownAt: $knownAt) {
      documentId
      title
      kind
      statutory
      currentVersion
      nextDueOn
      daysOverdue
      retiredOn
      versions {
        version
        publishedOn
        approvedOn
        ratifiedOn
        contentHash
      }
      reviews {
        reviewedOn
        wasDueOn
        outcome
        daysLate
      }
    }
  }
`);

export const DraftDocumentDocument = graphql(`
  mutation DraftDocument($input: DraftDocumentInput!) {
    draftDocument(input: $input) {
      id
    }
  }
`);

export const PublishVersionDocument = graphql(`
  mutation PublishVersion($input: PublishVersionInput!) {
    publishVersion(input: $input) {
      id
    }
  }
`);

export const ScheduleReviewDocument = graphql(`
  mutation ScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
    }
  }
`);

export const ReviewDocumentDocument = graphql(`
  mutation ReviewDocument($input: ReviewDocumentInput!) {
    reviewDocument(input: $input) {
      id
    }
  }
`);

export const ApproveVersionDocument = graphql(`
  mutation ApproveVersion($input: ApproveVersionInput!) {
    approveVersion(input: $input) {
      id
    }
  }
`);

export const RatifyVersionDocument = graphql(`
  mutation RatifyVersion($input: RatifyVersionInput!) {
    ratifyVersion(input: $input) {
      id
    }
  }
`);
