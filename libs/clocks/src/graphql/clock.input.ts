import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CommandInput, graphqlEnum, ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsLine, IsProse } from '@ledger/commands';
import { CLOCKS, type ClockName } from '../domain/clock.rules.js';

export const ClockEnum = graphqlEnum(
  CLOCKS,
  'StatutoryClock',
  'A statutory or local clock: concern triaged, allegation discussed with the LADO, parents informed of a search',
);

@InputType({
  description: 'How many working days this setting allows for a clock; each change is a new rule version, in force from occurredAt',
})
export class SetClockRuleInput extends CommandInput {
  @Field(() => ClockEnum)
  @IsIn(CLOCKS)
  clock!: ClockName;

  @Field(() => Int, { description: 'Working days after the day the clock starts, 0 to 30 (0: by the end of that day)' })
  @IsInt()
  @Min(0)
  @Max(30)
  workingDays!: number;

  @Field({ description: 'Where the rule comes from, e.g. "Northshire LSCP protocol 2025"' })
  @IsProse(1000, { mayBeEmpty: true })
  note!: string;
}

@InputType({ description: 'A term or half term of this setting: days outside every term are not working days' })
export class RecordTermInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  termId?: string;

  @Field({ description: 'e.g. "Autumn 1 2025"' })
  @IsLine(100)
  name!: string;

  @Field({ description: 'The first day pupils attend, YYYY-MM-DD' })
  @IsCalendarDate()
  start!: string;

  @Field({ description: 'The last day pupils attend, YYYY-MM-DD' })
  @IsCalendarDate()
  end!: string;
}

@InputType({ description: 'A day within term when the setting is closed (INSET, snow, polling station)' })
export class RecordClosureDayInput extends CommandInput {
  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  date!: string;

  @Field({ description: 'e.g. "INSET day"' })
  @IsLine(200)
  reason!: string;
}
