import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { CommandInput, graphqlEnum, ID_MESSAGE, ID_PATTERN, IsLine, IsProse } from '@ledger/commands';
import { INSPECTORATES, type Inspectorate } from '../domain/inspection-access.events.js';

const InspectorateEnum = graphqlEnum(INSPECTORATES, 'Inspectorate', 'The body an inspector works for');

@InputType({ description: 'Time-boxed read access for one inspector (at most 14 days)' })
export class GrantInspectionAccessInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  grantId?: string;

  @Field({ description: "The inspector's sign-in subject (the `sub` of their token)" })
  @IsLine(200)
  inspectorId!: string;

  @Field(() => InspectorateEnum)
  @IsIn(INSPECTORATES)
  inspectorate!: Inspectorate;

  @Field({ description: 'Start of access (ISO-8601)' })
  @IsISO8601({ strict: true })
  validFrom!: string;

  @Field({ description: 'End of access (ISO-8601)' })
  @IsISO8601({ strict: true })
  validUntil!: string;

  @Field({ description: 'Why: e.g. "Ofsted graded inspection, 3–4 March"' })
  @IsLine(500)
  purpose!: string;
}

@InputType()
export class RevokeInspectionAccessInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  grantId!: string;

  @Field()
  @IsProse(1000)
  reason!: string;
}
