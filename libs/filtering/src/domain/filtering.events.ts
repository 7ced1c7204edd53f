export const FILTER_TEST_RESULTS = ['pass', 'fail'] as const;
export type FilterTestResult = (typeof FILTER_TEST_RESULTS)[number];
export const FILTER_DECISIONS = ['block', 'allow'] as const;
export type FilterDecision = (typeof FILTER_DECISIONS)[number];

export type FilteringRolesAssigned = {
  readonly type: 'FilteringRolesAssigned';
  readonly data: { readonly sltLeadId: string; readonly governorId: string };
};
export type FilteringReviewHeld = {
  readonly type: 'FilteringReviewHeld';
  readonly data: {
    readonly reviewId: string;
    readonly heldOn: string;
    readonly attendees: readonly string[];
    readonly findings: string;
    readonly actions: readonly string[];
  };
};
export type FilterTested = {
  readonly type: 'FilterTested';
  readonly data: { readonly testId: string; readonly testedOn: string; readonly result: FilterTestResult; readonly detail: string };
};
export type FilterDecisionRecorded = {
  readonly type: 'FilterDecisionRecorded';
  readonly data: {
    readonly decisionId: string;
    readonly decision: FilterDecision;
    readonly target: string;
    readonly rationale: string;
    readonly decidedBy: string;
  };
};
export type MonitoringAlertHandled = {
  readonly type: 'MonitoringAlertHandled';
  readonly data: { readonly alertId: string; readonly receivedAt: string; readonly dslInformedAt: string; readonly summary: string };
};
export type FilteringEvent = FilteringRolesAssigned | FilteringReviewHeld | FilterTested | FilterDecisionRecorded | MonitoringAlertHandled;
