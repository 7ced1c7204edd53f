import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The ways a person can sign in to the web app here' })
export class SignInOptions {
  @Field({ description: "Signing in with the organisation's identity provider (OpenID Connect, when AUTH_ISSUER is set)" })
  oidc!: boolean;

  @Field({ description: 'Signing in with a link from `ledger sign-in-link` (the embedded default)' })
  links!: boolean;
}

@ObjectType({ description: 'What this ledger is running on' })
export class LedgerInfo {
  @Field({ description: 'Version of the ledger software' })
  version!: string;

  @Field({ description: 'Event store adapter: sqlite, postgres or eventstoredb' })
  store!: string;

  @Field({ description: 'Global position of the newest event (a decimal string)' })
  headPosition!: string;

  @Field(() => SignInOptions, { description: 'What the sign-in page offers' })
  signIn!: SignInOptions;
}
