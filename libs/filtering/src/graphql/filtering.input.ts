import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CommandInput, graphqlEnum, ID_MESSAGE, ID_PATTERN, IsLine, IsLineList, IsPastInstant, IsProse } from '@ledger/commands';
import { FILTER_DECISIONS, FILTER_TEST_RESULTS, type FilterDecision, type FilterTestResult } from '../domain/filtering.events.js';

const FilterTestResultEnum = graphqlEnum(FILTER_TEST_RESULTS, 'FilterTestResult', 'Whether the filter blocked what it should');
const FilterDecisionEnum = graphqlEnum(FILTER_DECISIONS, 'FilterDecision', 'A change to the filter: block or allow a site or category');

@InputType({ description: 'Name the SLT lead and the governor responsible for filtering and monitoring (DfE standards 2023)' })
export class AssignFilteringRolesInput extends CommandInput {
  @Field(() => ID, { description: 'The member of the senior leadership team responsible' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  sltLeadId!: string;

  @Field(() => ID, { description: 'The governor responsible' })
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  governorId!: string;
}

@InputType({ description: 'The annual filtering and monitoring review was held (on occurredAt)' })
export class HoldFilteringReviewInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  reviewId?: string;

  @Field(() => [String], { description: 'Who attended: staff and governor ids, or a role such as "it-provider" (at least one)' })
  @IsLineList(50, 200, { nonEmpty: true })
  attendees!: string[];

  @Field({ description: 'What the review found, e.g. "YouTube restricted mode not enforced on guest Wi-Fi"' })
  @IsProse(10_000)
  findings!: string;

  @Field(() => [String], { description: 'The actions agreed, e.g. ["Re-test after the summer update"]' })
  @IsLineList(50, 1000)
  actions!: string[];
}

@InputType({ description: 'The filter was tested (on occurredAt), e.g. with the SWGfL test filtering checks' })
export class TestFilterInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  testId?: string;

  @Field(() => FilterTestResultEnum)
  @IsIn(FILTER_TEST_RESULTS)
  result!: FilterTestResult;

  @Field({ description: 'How it was tested and what was seen' })
  @IsProse(5000)
  detail!: string;
}

@InputType({ description: 'A block or allow decision with its rationale: the change-control log governors read' })
export class RecordFilterDecisionInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  decisionId?: string;

  @Field(() => FilterDecisionEnum)
  @IsIn(FILTER_DECISIONS)
  decision!: FilterDecision;

  @Field({ description: 'The site or category, e.g. "bbc.co.uk/bitesize", "an AI chatbot site"' })
  @IsLine(500)
  target!: string;

  @Field({ description: 'Why (required)' })
  @IsProse(5000)
  rationale!: string;
}

@InputType({ description: 'A monitoring alert was handled: when it came in and when the DSL knew' })
export class HandleMonitoringAlertInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result (or the monitoring system’s own alert id)' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  alertId?: string;

  @Field({ description: 'When the alert was received (ISO-8601 date-time)' })
  @IsPastInstant()
  receivedAt!: string;

  @Field({ description: 'When the DSL was informed (ISO-8601 date-time; not before it was received)' })
  @IsPastInstant()
  dslInformedAt!: string;

  @Field({ description: 'What the alert was, e.g. "Search term alert": no pupil names' })
  @IsProse(2000)
  summary!: string;
}
