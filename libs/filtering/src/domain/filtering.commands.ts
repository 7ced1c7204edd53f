import type { DomainCommand } from '@ledger/kernel';
import type { FilterDecision, FilterTestResult } from './filtering.events.js';

export type AssignFilteringRoles = DomainCommand<'AssignFilteringRoles', { sltLeadId: string; governorId: string }>;
export type HoldFilteringReview = DomainCommand<
  'HoldFilteringReview',
  { reviewId: string; attendees: readonly string[]; findings: string; actions: readonly string[] }
>;
export type TestFilter = DomainCommand<'TestFilter', { testId: string; result: FilterTestResult; detail: string }>;
export type RecordFilterDecision = DomainCommand<
  'RecordFilterDecision',
  { decisionId: string; decision: FilterDecision; target: string; rationale: string }
>;
export type HandleMonitoringAlert = DomainCommand<
  'HandleMonitoringAlert',
  { alertId: string; receivedAt: string; dslInformedAt: string; summary: string }
>;
export type FilteringCommand = AssignFilteringRoles | HoldFilteringReview | TestFilter | RecordFilterDecision | HandleMonitoringAlert;
