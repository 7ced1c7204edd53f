import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { IsLine, IsPastInstant } from './fields.js';

/** Setting and entity ids: letters, digits, `_` and `-` (they become part of stream ids). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const ID_MESSAGE = '$property must be 1 to 64 letters, digits, "_" or "-"';

/** What every mutation input carries besides its own fields. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => ID, { description: 'The setting (tenant) this is recorded for' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  tenantId!: string;

  @Field({ nullable: true, description: 'When it happened (ISO-8601); default now. Often in the past.' })
  @IsOptional()
  @IsPastInstant()
  occurredAt?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Makes retries safe: sending the same commandId again returns the first result and records nothing new',
  })
  @IsOptional()
  @IsLine(100)
  @Length(8, 100)
  commandId?: string;

  @Field({ nullable: true, description: 'Ties this to a wider piece of work (e.g. one inspection day)' })
  @IsOptional()
  @IsLine(100)
  correlationId?: string;
}

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
