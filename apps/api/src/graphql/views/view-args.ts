import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { PageArgs } from './pagination.js';

/** The setting an operation is for. */
@ArgsType()
export class TenantArgs {
  @Field(() => ID, { description: 'The setting (tenant)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  tenantId!: string;
}

/** The setting and the moment a view is asked about. */
@ArgsType()
export class TimeArgs extends PageArgs {
  @Field(() => ID, { description: 'The setting (tenant)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  tenantId!: string;

  @Field({ nullable: true, description: 'What was true on this date (by when things happened), replayed from the ledger' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' })
  asOf?: string;

  @Field({ nullable: true, description: 'What the ledger knew at this moment (by when things were recorded)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' })
  knownAt?: string;
}

@ArgsType()
export class ComplianceArgs extends TimeArgs {
  @Field(() => Int, { nullable: true, description: 'Count as "due soon" within this many days (default 30)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  dueSoonDays?: number;
}
