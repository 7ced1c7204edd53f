import { graphql } from '../../../gql';

export const SignInMethodsDocument = graphql(`
  query SignInMethods {
    ledger {
      signIn {
        oidc
        links
      }
    }
  }
`);
