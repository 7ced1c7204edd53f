import { graphql } from '../gql';

/** Who is signed in, where, and which operations their role may use (the permission table's rows). */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      subject
      staffId
      role
      tenantIds
      signInMethod
      sessionExpiresAt
      operations
    }
  }
`);
