import { graphql } from '../../../gql';

export const SearchTrailDocument = graphql(`
  query SearchTrail($tenantId: ID!, $searchId: ID!) {
    evidenceTrail(tenantId: $tenantId, subjectKind: search, subjectId: $searchId, first: 200) {
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

export const ConductSearchDocument = graphql(`
  mutation ConductSearch($input: ConductSearchInput!) {
    conductSearch(input: $input) {
      id
    }
  }
`);

export const ConfiscateDeviceDocument = graphql(`
  mutation ConfiscateDevice($input: ConfiscateDeviceInput!) {
    confiscateDevice(input: $input) {
      id
    }
  }
`);

export const DeleteDeviceDataDocument = graphql(`
  mutation DeleteDeviceData($input: DeleteDeviceDataInput!) {
    deleteDeviceData(input: $input) {
      id
    }
  }
`);

export const HandDeviceToPoliceDocument = graphql(`
  mutation HandDeviceToPolice($input: HandDeviceToPoliceInput!) {
    handDeviceToPolice(input: $input) {
      id
    }
  }
`);

export const ReleaseDeviceToParentDocument = graphql(`
  mutation ReleaseDeviceToParent($input: ReleaseDeviceToParentInput!) {
    releaseDeviceToParent(input: $input) {
      id
    }
  }
`);

export const CompleteSearchDocument = graphql(`
  mutation CompleteSearch($input: CompleteSearchInput!) {
    completeSearch(input: $input) {
      id
    }
  }
`);
