import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CommandInput, graphqlEnum, ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsLine, IsProse } from '@ledger/commands';
import { ERASURE_BASES, HOLD_SCOPES, RECORD_KINDS, type ErasureBasis, type HoldScope, type RecordKind } from '../domain/privacy.events.js';

const ErasureBasisEnum = graphqlEnum(ERASURE_BASES, 'ErasureBasis', 'The lawful basis of an erasure');
export const RecordKindEnum = graphqlEnum(RECORD_KINDS, 'RecordKind', 'A kind of record with its own retention class (IRMS)');
const HoldScopeEnum = graphqlEnum(HOLD_SCOPES, 'HoldScope', 'What a legal hold covers');

/** Names one record: its kind, the person it is about, and the id its kind needs. */
@InputType({ isAbstract: true })
abstract class RecordTargetInput extends CommandInput {
  @Field(() => RecordKindEnum)
  @IsIn(RECORD_KINDS)
  recordKind!: RecordKind;

  @Field(() => ID, { description: 'The pupil or member of staff the record is about' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'An allegation: its incident' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  incidentId?: string;

  @Field(() => ID, { nullable: true, description: 'A consent: the document it was given under' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  documentId?: string;

  @Field({ nullable: true, description: 'A consent: which consent (photographs, internet use, …)' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  consent?: string;

  @Field(() => ID, { nullable: true, description: 'A device search: its id' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  searchId?: string;
}

@InputType({ description: 'Erase the personal data of one record (a consent, an allegation, a search, a whole file) on a lawful basis' })
export class EraseSubjectInput extends RecordTargetInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  erasureId?: string;

  @Field(() => ErasureBasisEnum)
  @IsIn(ERASURE_BASES)
  basis!: ErasureBasis;

  @Field({ nullable: true, description: "A court order's reference (required for court_order)" })
  @IsOptional()
  @IsLine(200)
  reference?: string;
}

@InputType({ description: 'A second person confirms the erasure of a child-protection file' })
export class ConfirmErasureInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  erasureId!: string;
}

@InputType({ description: 'Keep a record past the end of its retention, with the reason' })
export class ExtendRetentionInput extends RecordTargetInput {
  @Field({ description: 'Kept until this day (YYYY-MM-DD), later than today' })
  @IsCalendarDate()
  until!: string;

  @Field()
  @IsProse(2000)
  reason!: string;
}

@InputType({ description: "A new version of the setting's retention rule for one kind of record" })
export class SetRetentionRuleInput extends CommandInput {
  @Field(() => RecordKindEnum)
  @IsIn(RECORD_KINDS)
  recordKind!: RecordKind;

  @Field(() => Int, { description: 'Whole years from the date the kind counts from' })
  @IsInt()
  @Min(1)
  @Max(100)
  years!: number;

  @Field({ description: 'Why (e.g. the local authority’s guidance)' })
  @IsProse(2000)
  note!: string;
}

@InputType({ description: 'Suspend erasure and retention destruction (e.g. a public inquiry)' })
export class PlaceLegalHoldInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  holdId?: string;

  @Field(() => HoldScopeEnum)
  @IsIn(HOLD_SCOPES)
  scope!: HoldScope;

  @Field(() => ID, { description: 'The pupil, member of staff or incident held (the setting id for a setting-wide hold)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  scopeId!: string;

  @Field()
  @IsProse(2000)
  reason!: string;

  @Field({ description: "The inquiry's or the court's reference" })
  @IsLine(200)
  reference!: string;
}

@InputType({ description: 'Lift a legal hold' })
export class LiftLegalHoldInput extends CommandInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  holdId!: string;

  @Field()
  @IsProse(2000)
  reason!: string;
}
