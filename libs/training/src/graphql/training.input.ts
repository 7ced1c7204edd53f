import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  CommandInput,
  ID_MESSAGE,
  ID_PATTERN,
  IsLine,
  IsPastDate,
  IsProse,
  RoleEnum,
  SHA256_MESSAGE,
  SHA256_PATTERN,
} from '@ledger/commands';
import { ROLES, type Role } from '@ledger/kernel';

@InputType({ isAbstract: true })
abstract class CourseInput extends CommandInput {
  @Field(() => ID, { description: 'The course, e.g. "kcsie-part-1", "prevent"' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  courseId!: string;
}

@InputType({ description: 'A course in this setting’s training catalogue (safeguarding & child protection, KCSIE Part 1, Prevent, …)' })
export class DefineCourseInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  courseId?: string;

  @Field({ description: 'Its title, e.g. "Keeping Children Safe in Education: Part 1 reading"' })
  @IsLine(300)
  title!: string;
}

@InputType({ description: 'How often the course must be refreshed here (local authorities differ); each change is a new rule version' })
export class SetCadenceRuleInput extends CourseInput {
  @Field(() => Int, { description: 'Months a completion stays valid, 1 to 60 (e.g. 12 for annual, 24 for DSL formal training)' })
  @IsInt()
  @Min(1)
  @Max(60)
  intervalMonths!: number;

  @Field({ description: 'Where the rule comes from, e.g. "Northshire LA: Prevent refresher every two years from 2024"' })
  @IsProse(1000, { mayBeEmpty: true })
  note!: string;
}

@InputType({ description: 'Which roles must complete the course' })
export class SetTrainingRequirementInput extends CourseInput {
  @Field(() => [RoleEnum], { description: 'Every role that needs it; replaces the previous list' })
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}

@InputType({ isAbstract: true })
abstract class TrainingRecordInput extends CommandInput {
  @Field(() => ID, { description: 'The member of staff whose training record this is' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  staffId!: string;
}

@InputType({ description: 'A member of staff completed a course (the expiry follows from the cadence rule in force)' })
export class RecordCompletionInput extends TrainingRecordInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result; corrections and retractions name it' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  completionId?: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  courseId!: string;

  @Field({ description: 'The date it was completed, YYYY-MM-DD (not in the future)' })
  @IsPastDate()
  completedOn!: string;

  @Field({ description: 'Who delivered it, e.g. "Local authority safeguarding team"' })
  @IsLine(200)
  provider!: string;

  @Field({ nullable: true, description: 'SHA-256 of the certificate (64 hex characters): the evidence, not the file' })
  @IsOptional()
  @Matches(SHA256_PATTERN, { message: SHA256_MESSAGE })
  certificateHash?: string;
}

@InputType({ description: 'A recorded completion was wrong: a new completion supersedes it (nothing is edited)' })
export class CorrectCompletionInput extends TrainingRecordInput {
  @Field(() => ID, { nullable: true, description: 'The id of the correcting completion. Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  completionId?: string;

  @Field(() => ID, { description: 'The completion it corrects' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  correctsCompletionId!: string;

  @Field({ description: 'The right completion date, YYYY-MM-DD' })
  @IsPastDate()
  completedOn!: string;

  @Field({ description: 'The right provider' })
  @IsLine(200)
  provider!: string;

  @Field({ description: 'Why, e.g. "Date on the certificate was the day before"' })
  @IsProse(1000)
  reason!: string;
}

@InputType({ description: 'A recorded completion should never have counted (it stays in the history, marked retracted)' })
export class RetractCompletionInput extends TrainingRecordInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  completionId!: string;

  @Field({ description: 'Why, e.g. "Certificate belonged to a different course"' })
  @IsProse(1000)
  reason!: string;
}
