import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this ledger is running on' })
export class LedgerInfo {
  @Field({ description: 'Version of the ledger software' })
  version!: string;

  @Field({ description: 'Event store adapter: sqlite, postgres or eventstoredb' })
  store!: string;

  @Field({ description: 'Global position of the newest event (a decimal string)' })
  headPosition!: string;
}
