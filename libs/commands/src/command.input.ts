import { Field, ID, InputType } from '@nestjs/graphql';
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
