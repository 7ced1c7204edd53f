import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One event a mutation recorded' })
export class RecordedEventRef {
  @Field(() => ID)
  id!: string;

  @Field()
  type!: string;

  @Field({ description: 'Global position in the ledger (a decimal string)' })
  position!: string;

  @Field(() => Int, { description: 'Revision within its stream' })
  revision!: number;

  @Field({ description: 'SHA-256 of the event (hex), chained to the previous event of its stream' })
  hash!: string;
}

@ObjectType({ description: 'What a mutation recorded' })
export class CommandResult {
  @Field(() => ID, {
    description:
      'The id the caller needs next: the new escalation, evidence, action, device or completion id where the command made one, else the incident, search, document or person acted on',
  })
  id!: string;

  @Field(() => ID)
  commandId!: string;

  @Field({ description: 'The stream the events were appended to' })
  stream!: string;

  @Field(() => [RecordedEventRef])
  events!: RecordedEventRef[];

  @Field({ description: 'True when this commandId had already been recorded: nothing new was written' })
  replayed!: boolean;

  @Field({ nullable: true, description: 'Global position of the last event recorded' })
  position?: string;

  @Field({ description: 'True when the compliance views already show this change' })
  viewsUpToDate!: boolean;

  @Field({ nullable: true, description: 'Set when the views may not show this change yet' })
  notice?: string;
}
