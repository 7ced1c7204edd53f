import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Principal } from '@ledger/access';
import { newId, ROLES, type Role } from '@ledger/kernel';
import { ExecuteCatalogueCommand, ExecuteCompletionCommand } from '@ledger/training';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { CommandGateway } from './command-gateway.js';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { CommandResult } from './command-result.model.js';
import { IsCalendarDate, RoleEnum, SHA256_MESSAGE, SHA256_PATTERN } from '@ledger/commands';

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
  @IsString()
  @MaxLength(300)
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
  @IsString()
  @MaxLength(1000)
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
  @IsCalendarDate()
  completedOn!: string;

  @Field({ description: 'Who delivered it, e.g. "Local authority safeguarding team"' })
  @IsString()
  @MaxLength(200)
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
  @IsCalendarDate()
  completedOn!: string;

  @Field({ description: 'The right provider' })
  @IsString()
  @MaxLength(200)
  provider!: string;

  @Field({ description: 'Why, e.g. "Date on the certificate was the day before"' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: 'A recorded completion should never have counted (it stays in the history, marked retracted)' })
export class RetractCompletionInput extends TrainingRecordInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  completionId!: string;

  @Field({ description: 'Why, e.g. "Certificate belonged to a different course"' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}

/** One mutation per training command: the catalogue (courses, cadence rules, requirements) and staff completions. */
@Resolver()
export class TrainingMutations {
  constructor(private readonly gateway: CommandGateway) {}

  @Mutation(() => CommandResult, { description: 'Add a course to the training catalogue; returns the course id' })
  @Allow('DefineCourse')
  defineCourse(@CurrentPrincipal() principal: Principal, @Args('input') input: DefineCourseInput): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    const courseId = input.courseId ?? newId();
    return this.gateway.run(courseId, meta, new ExecuteCatalogueCommand({ kind: 'DefineCourse', courseId, title: input.title, ...meta }));
  }

  @Mutation(() => CommandResult, {
    description: 'Set how often a course must be refreshed (a new version of its cadence rule); returns the course id',
  })
  @Allow('SetCadenceRule')
  setCadenceRule(@CurrentPrincipal() principal: Principal, @Args('input') input: SetCadenceRuleInput): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(
      input.courseId,
      meta,
      new ExecuteCatalogueCommand({
        kind: 'SetCadenceRule',
        courseId: input.courseId,
        intervalMonths: input.intervalMonths,
        note: input.note,
        ...meta,
      }),
    );
  }

  @Mutation(() => CommandResult, { description: 'Set which roles must complete a course; returns the course id' })
  @Allow('SetTrainingRequirement')
  setTrainingRequirement(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetTrainingRequirementInput,
  ): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(
      input.courseId,
      meta,
      new ExecuteCatalogueCommand({ kind: 'SetTrainingRequirement', courseId: input.courseId, roles: input.roles, ...meta }),
    );
  }

  @Mutation(() => CommandResult, { description: 'Record that a member of staff completed a course; returns the completion id' })
  @Allow('RecordCompletion')
  recordCompletion(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordCompletionInput): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    const completionId = input.completionId ?? newId();
    return this.gateway.run(
      completionId,
      meta,
      new ExecuteCompletionCommand({
        kind: 'RecordCompletion',
        completionId,
        staffId: input.staffId,
        courseId: input.courseId,
        completedOn: input.completedOn,
        provider: input.provider,
        certificateHash: input.certificateHash?.toLowerCase(),
        ...meta,
      }),
    );
  }

  @Mutation(() => CommandResult, { description: 'Correct a recorded completion with a superseding one; returns the new completion id' })
  @Allow('CorrectCompletion')
  correctCompletion(@CurrentPrincipal() principal: Principal, @Args('input') input: CorrectCompletionInput): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    const completionId = input.completionId ?? newId();
    return this.gateway.run(
      completionId,
      meta,
      new ExecuteCompletionCommand({
        kind: 'CorrectCompletion',
        completionId,
        staffId: input.staffId,
        correctsCompletionId: input.correctsCompletionId,
        completedOn: input.completedOn,
        provider: input.provider,
        reason: input.reason,
        ...meta,
      }),
    );
  }

  @Mutation(() => CommandResult, { description: 'Retract a recorded completion that should never have counted; returns its id' })
  @Allow('RetractCompletion')
  retractCompletion(@CurrentPrincipal() principal: Principal, @Args('input') input: RetractCompletionInput): Promise<CommandResult> {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(
      input.completionId,
      meta,
      new ExecuteCompletionCommand({
        kind: 'RetractCompletion',
        completionId: input.completionId,
        staffId: input.staffId,
        reason: input.reason,
        ...meta,
      }),
    );
  }
}
