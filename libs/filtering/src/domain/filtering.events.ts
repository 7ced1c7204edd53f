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
  readonly data: { readonly testId: string; readonly testedOn: string; readonly result: 'pass' | 'fail'; readonly detail: string };
};
export type FilterDecisionRecorded = {
  readonly type: 'FilterDecisionRecorded';
  readonly data: {
    readonly decisionId: string;
    readonly decision: 'block' | 'allow';
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
