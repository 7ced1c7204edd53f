import { aggregateCatalogue, command, CommandCatalogue } from '@ledger/commands';
import type { WithoutContext } from '@ledger/kernel';
import type { FilteringCommand } from './domain/filtering.commands.js';
import { filteringDecider, toFilteringStreamId } from './domain/filtering.decider.js';
import { FILTERING_ROLES } from './domain/filtering.roles.js';
import {
  AssignFilteringRolesInput,
  HandleMonitoringAlertInput,
  HoldFilteringReviewInput,
  RecordFilterDecisionInput,
  TestFilterInput,
} from './graphql/filtering.input.js';

/** Every filtering and monitoring command (one stream per setting); each returns the id of what it recorded. */
export const FILTERING_CATALOGUE = new CommandCatalogue<WithoutContext<FilteringCommand>>(
  aggregateCatalogue({
    decider: filteringDecider,
    toStreamId: (c) => toFilteringStreamId(c.tenantId),
    aggregateId: (_c, tenantId) => tenantId,
    roles: FILTERING_ROLES,
  })({
    AssignFilteringRoles: command(AssignFilteringRolesInput, {
      description: 'Name the filtering and monitoring SLT lead and governor; returns the setting id',
      toCommand: (input) => ({ kind: 'AssignFilteringRoles', sltLeadId: input.sltLeadId, governorId: input.governorId }),
    }),
    HoldFilteringReview: command(HoldFilteringReviewInput, {
      description: 'Record the annual filtering and monitoring review; returns the review id',
      toCommand: (input, newId) => ({
        kind: 'HoldFilteringReview',
        reviewId: input.reviewId ?? newId(),
        attendees: input.attendees,
        findings: input.findings,
        actions: input.actions,
      }),
      resultId: (c) => c.reviewId,
    }),
    TestFilter: command(TestFilterInput, {
      description: 'Record a test of the filter; returns the test id',
      toCommand: (input, newId) => ({ kind: 'TestFilter', testId: input.testId ?? newId(), result: input.result, detail: input.detail }),
      resultId: (c) => c.testId,
    }),
    RecordFilterDecision: command(RecordFilterDecisionInput, {
      description: 'Record a block or allow decision and its rationale; returns the decision id',
      toCommand: (input, newId) => ({
        kind: 'RecordFilterDecision',
        decisionId: input.decisionId ?? newId(),
        decision: input.decision,
        target: input.target,
        rationale: input.rationale,
      }),
      resultId: (c) => c.decisionId,
    }),
    HandleMonitoringAlert: command(HandleMonitoringAlertInput, {
      description: 'Record a monitoring alert handled and when the DSL was told; returns the alert id',
      toCommand: (input, newId) => ({
        kind: 'HandleMonitoringAlert',
        alertId: input.alertId ?? newId(),
        receivedAt: input.receivedAt,
        dslInformedAt: input.dslInformedAt,
        summary: input.summary,
      }),
      resultId: (c) => c.alertId,
    }),
  }),
);
