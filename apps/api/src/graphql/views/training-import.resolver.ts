import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ComplianceViews, TRAINING_IMPORT_LIMITS, type TrainingImportCheck } from '@ledger/compliance';
import { ID_MESSAGE, ID_PATTERN, IsLine } from '@ledger/commands';
import { Allow } from '../access/access.decorators.js';

@ArgsType()
class TrainingImportArgs {
  @Field(() => ID, { description: 'The setting (tenant)' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  tenantId!: string;

  @Field({ description: `The CSV text, header row first (at most ${TRAINING_IMPORT_LIMITS.maxRows} rows, 64 KB)` })
  @IsString()
  @MaxLength(TRAINING_IMPORT_LIMITS.maxBytes)
  csv!: string;

  @Field({
    nullable: true,
    description: 'The column naming the member of staff (their name or staff id); default: guessed from the header row',
  })
  @IsOptional()
  @IsLine(200)
  staffColumn?: string;

  @Field({ nullable: true, description: 'The column naming the course (its title or id); default: guessed' })
  @IsOptional()
  @IsLine(200)
  courseColumn?: string;

  @Field({ nullable: true, description: 'The column with the date completed (2025-03-14 or 14/03/2025); default: guessed' })
  @IsOptional()
  @IsLine(200)
  completedOnColumn?: string;

  @Field({ nullable: true, description: 'The column naming who delivered it; default: guessed' })
  @IsOptional()
  @IsLine(200)
  providerColumn?: string;
}

@ObjectType()
class TrainingImportMapping {
  @Field() staff!: string;
  @Field() course!: string;
  @Field() completedOn!: string;
  @Field() provider!: string;
}

@ObjectType({ description: 'What is wrong with one row' })
class TrainingImportProblem {
  @Field({ description: 'Stable: TRAINING_IMPORT.UNKNOWN_PERSON, UNKNOWN_COURSE, IMPOSSIBLE_DATE, DUPLICATE_IN_FILE, ALREADY_RECORDED, …' })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'One row of the file as checked' })
class TrainingImportRow {
  @Field(() => Int, { description: 'As a spreadsheet numbers it: the header is row 1' })
  row!: number;
  @Field() staff!: string;
  @Field() course!: string;
  @Field() completedOn!: string;
  @Field() provider!: string;
  @Field(() => ID, { nullable: true }) staffId!: string | null;
  @Field(() => ID, { nullable: true }) courseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Send recordCompletion with this commandId: the same row never records twice' })
  commandId!: string | null;

  @Field(() => ID, { nullable: true }) completionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Send as occurredAt: the start of the day completed' })
  occurredAt!: string | null;
  @Field(() => TrainingImportProblem, { nullable: true }) problem!: TrainingImportProblem | null;
}

@ObjectType({ description: 'The dry run of a training import: nothing is recorded' })
class TrainingImportCheckModel {
  @Field(() => [String]) columns!: string[];
  @Field(() => TrainingImportMapping) mapping!: TrainingImportMapping;
  @Field(() => [TrainingImportRow]) rows!: TrainingImportRow[];
  @Field(() => Int) good!: number;
  @Field(() => Int) bad!: number;
}

const model = (check: TrainingImportCheck): TrainingImportCheckModel => ({
  ...check,
  columns: [...check.columns],
  mapping: { ...check.mapping },
  rows: check.rows.map((r) => ({ ...r, problem: r.problem && { ...r.problem } })),
});

/** The dry run of a spreadsheet of training completions (the same check `ledger import-training` runs). */
@Resolver()
export class TrainingImportQueries {
  constructor(private readonly views: ComplianceViews) {}

  @Query(() => TrainingImportCheckModel, {
    description:
      'Check a CSV of training completions before importing: each row matched to a member of staff and a course, or the reason it cannot be. Records nothing; send each good row with recordCompletion and its commandId.',
  })
  @Allow('trainingImport')
  async trainingImportCheck(@Args() args: TrainingImportArgs): Promise<TrainingImportCheckModel> {
    const mapping = {
      staff: args.staffColumn,
      course: args.courseColumn,
      completedOn: args.completedOnColumn,
      provider: args.providerColumn,
    };
    return model(await this.views.trainingImportCheck(args.tenantId, args.csv, mapping));
  }
}
