import { graphql } from '../../../gql';

export const RetentionReviewDocument = graphql(`
  query RetentionReview($tenantId: ID!) {
    retentionReview(tenantId: $tenantId) {
      on
      rows {
        recordKind
        personId
        unitId
        retentionFrom
        endedOn
        years
        ruleVersion
        ruleNote
        status
        holdId
        keptUntil
        erasureId
      }
      holds {
        holdId
        scope
        scopeId
      }
    }
  }
`);

export const EraseSubjectDocument = graphql(`
  mutation EraseSubject($input: EraseSubjectInput!) {
    eraseSubject(input: $input) {
      id
    }
  }
`);

export const ConfirmErasureDocument = graphql(`
  mutation ConfirmErasure($input: ConfirmErasureInput!) {
    confirmErasure(input: $input) {
      id
    }
  }
`);

export const ExtendRetentionDocument = graphql(`
  mutation ExtendRetention($input: ExtendRetentionInput!) {
    extendRetention(input: $input) {
      id
    }
  }
`);

export const PlaceLegalHoldDocument = graphql(`
  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {
    placeLegalHold(input: $input) {
      id
    }
  }
`);

export const LiftLegalHoldDocument = graphql(`
  mutation LiftLegalHold($input: LiftLegalHoldInput!) {
    liftLegalHold(input: $input) {
      id
    }
  }
`);

export const SubjectAccessExportDocument = graphql(`
  query SubjectAccessExport($tenantId: ID!, $subjectId: ID!) {
    subjectAccessExport(tenantId: $tenantId, subjectId: $subjectId) {
      exportId
      subjectId
      producedAt
      html
      entries {
        position
        type
        occurredAt
        recordedAt
        data
        withheld
      }
    }
  }
`);
