import type { Role } from '@ledger/kernel';

export type CourseDefined = { readonly type: 'CourseDefined'; readonly data: { readonly courseId: string; readonly title: string } };
export type CadenceRuleSet = {
  readonly type: 'CadenceRuleSet';
  readonly data: { readonly courseId: string; readonly ruleVersion: number; readonly intervalMonths: number; readonly note: string };
};
export type TrainingRequirementSet = {
  readonly type: 'TrainingRequirementSet';
  readonly data: { readonly courseId: string; readonly roles: readonly Role[] };
};
export type CatalogueEvent = CourseDefined | CadenceRuleSet | TrainingRequirementSet;

export type TrainingCompletionRecorded = {
  readonly type: 'TrainingCompletionRecorded';
  readonly data: {
    readonly completionId: string;
    readonly staffId: string;
    readonly courseId: string;
    readonly completedOn: string;
    readonly provider: string;
    readonly certificateHash: string | null;
    readonly expiresOn: string;
    readonly ruleVersion: number;
  };
};
export type TrainingCompletionCorrected = {
  readonly type: 'TrainingCompletionCorrected';
  readonly data: {
    readonly completionId: string;
    readonly correctsCompletionId: string;
    readonly completedOn: string;
    readonly provider: string;
    readonly expiresOn: string;
    readonly ruleVersion: number;
    readonly reason: string;
  };
};
export type TrainingCompletionRetracted = {
  readonly type: 'TrainingCompletionRetracted';
  readonly data: { readonly completionId: string; readonly reason: string };
};
export type CompletionEvent = TrainingCompletionRecorded | TrainingCompletionCorrected | TrainingCompletionRetracted;
