import type { DomainCommand, Role, WithoutContext } from '@ledger/kernel';

/** The cadence rule in force for the course, looked up by the handler from the catalogue. */
export interface RuleInForce {
  readonly ruleVersion: number;
  readonly intervalMonths: number;
}

export type DefineCourse = DomainCommand<'DefineCourse', { courseId: string; title: string }>;
export type SetCadenceRule = DomainCommand<'SetCadenceRule', { courseId: string; intervalMonths: number; note: string }>;
export type SetTrainingRequirement = DomainCommand<'SetTrainingRequirement', { courseId: string; roles: readonly Role[] }>;
export type CatalogueCommand = DefineCourse | SetCadenceRule | SetTrainingRequirement;

export type RecordCompletion = DomainCommand<
  'RecordCompletion',
  {
    completionId: string;
    staffId: string;
    courseId: string;
    completedOn: string;
    provider: string;
    certificateHash?: string;
    rule: RuleInForce | null;
  }
>;
export type CorrectCompletion = DomainCommand<
  'CorrectCompletion',
  {
    completionId: string;
    staffId: string;
    correctsCompletionId: string;
    completedOn: string;
    provider: string;
    reason: string;
    rule: RuleInForce | null;
  }
>;
export type RetractCompletion = DomainCommand<'RetractCompletion', { completionId: string; staffId: string; reason: string }>;
export type CompletionCommand = RecordCompletion | CorrectCompletion | RetractCompletion;

/** Completion commands as callers send them: the handler adds the cadence rule in force and the decision context. */
export type CompletionRequest =
  WithoutContext<CompletionCommand> extends infer C ? (C extends { rule: unknown } ? Omit<C, 'rule'> : C) : never;
