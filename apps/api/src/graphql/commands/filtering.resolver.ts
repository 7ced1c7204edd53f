import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Principal } from '@ledger/access';
import {
  ExecuteFilteringCommand,
  FILTER_DECISIONS,
  FILTER_TEST_RESULTS,
  type FilterDecision,
  type FilteringCommand,
  type FilterTestResult,
} from '@ledger/filtering';
import { newId, type WithoutContext } from '@ledger/kernel';
import { Allow, CurrentPrincipal } from '../access/access.decorators.js';
import { CommandGateway } from './command-gateway.js';
import { CommandInput, ID_MESSAGE, ID_PATTERN } from '@ledger/commands';
import { CommandResult } from './command-result.model.js';
import { graphqlEnum } from '@ledger/commands';
import type { CommandBody } from './command-body.js';

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
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  attendees!: string[];

  @Field({ description: 'What the review found, e.g. "YouTube restricted mode not enforced on guest Wi-Fi"' })
  @IsString()
  @MaxLength(10_000)
  findings!: string;

  @Field(() => [String], { description: 'The actions agreed, e.g. ["Re-test after the summer update"]' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
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
  @IsString()
  @MaxLength(5000)
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
  @IsString()
  @MaxLength(500)
  target!: string;

  @Field({ description: 'Why (required)' })
  @IsString()
  @MaxLength(5000)
  rationale!: string;
}

@InputType({ description: 'A monitoring alert was handled: when it came in and when the DSL knew' })
export class HandleMonitoringAlertInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Default: a new id, returned in the result (or the monitoring system’s own alert id)' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  alertId?: string;

  @Field({ description: 'When the alert was received (ISO-8601 date-time)' })
  @IsISO8601({ strict: true })
  receivedAt!: string;

  @Field({ description: 'When the DSL was informed (ISO-8601 date-time; not before it was received)' })
  @IsISO8601({ strict: true })
  dslInformedAt!: string;

  @Field({ description: 'What the alert was, e.g. "Search term alert": no pupil names' })
  @IsString()
  @MaxLength(2000)
  summary!: string;
}

/** One mutation per filtering and monitoring command (one stream per setting). */
@Resolver()
export class FilteringMutations {
  constructor(private readonly gateway: CommandGateway) {}

  private run(principal: Principal, input: CommandInput, id: string, body: CommandBody<FilteringCommand, never>) {
    const meta = this.gateway.meta(principal, input);
    return this.gateway.run(id, meta, new ExecuteFilteringCommand({ ...body, ...meta } as WithoutContext<FilteringCommand>));
  }

  @Mutation(() => CommandResult, { description: 'Name the filtering and monitoring SLT lead and governor; returns the setting id' })
  @Allow('AssignFilteringRoles')
  assignFilteringRoles(@CurrentPrincipal() principal: Principal, @Args('input') input: AssignFilteringRolesInput): Promise<CommandResult> {
    return this.run(principal, input, input.tenantId, {
      kind: 'AssignFilteringRoles',
      sltLeadId: input.sltLeadId,
      governorId: input.governorId,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record the annual filtering and monitoring review; returns the review id' })
  @Allow('HoldFilteringReview')
  holdFilteringReview(@CurrentPrincipal() principal: Principal, @Args('input') input: HoldFilteringReviewInput): Promise<CommandResult> {
    const reviewId = input.reviewId ?? newId();
    return this.run(principal, input, reviewId, {
      kind: 'HoldFilteringReview',
      reviewId,
      attendees: input.attendees,
      findings: input.findings,
      actions: input.actions,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record a test of the filter; returns the test id' })
  @Allow('TestFilter')
  testFilter(@CurrentPrincipal() principal: Principal, @Args('input') input: TestFilterInput): Promise<CommandResult> {
    const testId = input.testId ?? newId();
    return this.run(principal, input, testId, { kind: 'TestFilter', testId, result: input.result, detail: input.detail });
  }

  @Mutation(() => CommandResult, { description: 'Record a block or allow decision and its rationale; returns the decision id' })
  @Allow('RecordFilterDecision')
  recordFilterDecision(@CurrentPrincipal() principal: Principal, @Args('input') input: RecordFilterDecisionInput): Promise<CommandResult> {
    const decisionId = input.decisionId ?? newId();
    return this.run(principal, input, decisionId, {
      kind: 'RecordFilterDecision',
      decisionId,
      decision: input.decision,
      target: input.target,
      rationale: input.rationale,
    });
  }

  @Mutation(() => CommandResult, { description: 'Record a monitoring alert handled and when the DSL was told; returns the alert id' })
  @Allow('HandleMonitoringAlert')
  handleMonitoringAlert(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: HandleMonitoringAlertInput,
  ): Promise<CommandResult> {
    const alertId = input.alertId ?? newId();
    return this.run(principal, input, alertId, {
      kind: 'HandleMonitoringAlert',
      alertId,
      // Stored in one form (UTC, milliseconds) so that time-to-DSL compares like with like.
      receivedAt: new Date(input.receivedAt).toISOString(),
      dslInformedAt: new Date(input.dslInformedAt).toISOString(),
      summary: input.summary,
    });
  }
}
