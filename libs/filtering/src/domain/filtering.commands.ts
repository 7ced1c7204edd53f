import type { DomainCommand } from '@ledger/kernel';

export type AssignFilteringRoles = DomainCommand<'AssignFilteringRoles', { sltLeadId: string; governorId: string }>;
export type HoldFilteringReview = DomainCommand<
  'HoldFilteringReview',
  { reviewId: string; attendees: readonly string[]; findings: string; actions: readonly string[] }
>;
export type TestFilter = DomainCommand<'TestFilter', { testId: string; result: 'pass' | 'fail'; detail: string }>;
export type RecordFilterDecision = DomainCommand<
  'RecordFilterDecision',
  { decisionId: string; decision: 'block' | 'allow'; target: string; rationale: string }
>;
export type HandleMonitoringAlert = DomainCommand<
  'HandleMonitoringAlert',
  { alertId: string; receivedAt: string; dslInformedAt: string; summary: string }
>;
export type FilteringCommand = AssignFilteringRoles | HoldFilteringReview | TestFilter | RecordFilterDecision | HandleMonitoringAlert;
