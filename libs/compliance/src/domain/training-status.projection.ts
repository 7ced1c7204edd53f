import type { Projection, RecordedEvent } from '@ledger/kernel';

/** What the training-status view needs to know, per setting: staff and their roles, the catalogue, live completions. */
export interface TrainingFacts {
  readonly staff: Readonly<
    Record<string, { readonly roles: readonly string[]; readonly jobTitle: string; readonly leftOn: string | null }>
  >;
  readonly courses: Readonly<
    Record<
      string,
      {
        readonly title: string;
        readonly roles: readonly string[];
        readonly rule: { readonly ruleVersion: number; readonly intervalMonths: number } | null;
      }
    >
  >;
  /** Live completions by id (corrections replace, retractions remove). */
  readonly completions: Readonly<
    Record<string, { readonly staffId: string; readonly courseId: string; readonly completedOn: string; readonly provider: string }>
  >;
}

const EMPTY: TrainingFacts = { staff: {}, courses: {}, completions: {} };

/** One document per setting with the facts the training status is computed from at read time. */
export const trainingStatusProjection: Projection<TrainingFacts> = {
  name: 'training-status',
  canHandle: [
    'StaffMemberJoined',
    'StaffRolesChanged',
    'StaffMemberLeft',
    'CourseDefined',
    'CadenceRuleSet',
    'TrainingRequirementSet',
    'TrainingCompletionRecorded',
    'TrainingCompletionCorrected',
    'TrainingCompletionRetracted',
  ],
  keyOf: () => 'all',
  evolve(doc = EMPTY, event: RecordedEvent) {
    const d = event.data as Record<string, any>;
    switch (event.type) {
      case 'StaffMemberJoined':
        return { ...doc, staff: { ...doc.staff, [d.staffId]: { roles: d.roles, jobTitle: d.jobTitle, leftOn: null } } };
      case 'StaffRolesChanged': {
        const member = doc.staff[d.staffId];
        return member ? { ...doc, staff: { ...doc.staff, [d.staffId]: { ...member, roles: d.roles, jobTitle: d.jobTitle } } } : doc;
      }
      case 'StaffMemberLeft': {
        const member = doc.staff[d.staffId];
        return member ? { ...doc, staff: { ...doc.staff, [d.staffId]: { ...member, leftOn: event.meta.occurredAt.slice(0, 10) } } } : doc;
      }
      case 'CourseDefined':
        return { ...doc, courses: { ...doc.courses, [d.courseId]: { title: d.title, roles: [], rule: null } } };
      case 'CadenceRuleSet':
      case 'TrainingRequirementSet': {
        const course = doc.courses[d.courseId];
        if (!course) return doc;
        const next =
          event.type === 'CadenceRuleSet'
            ? { ...course, rule: { ruleVersion: d.ruleVersion, intervalMonths: d.intervalMonths } }
            : { ...course, roles: d.roles };
        return { ...doc, courses: { ...doc.courses, [d.courseId]: next } };
      }
      case 'TrainingCompletionRecorded':
        return {
          ...doc,
          completions: {
            ...doc.completions,
            [d.completionId]: { staffId: d.staffId, courseId: d.courseId, completedOn: d.completedOn, provider: d.provider },
          },
        };
      case 'TrainingCompletionCorrected': {
        const corrected = doc.completions[d.correctsCompletionId];
        if (!corrected) return doc;
        const { [d.correctsCompletionId]: _gone, ...rest } = doc.completions;
        return { ...doc, completions: { ...rest, [d.completionId]: { ...corrected, completedOn: d.completedOn, provider: d.provider } } };
      }
      case 'TrainingCompletionRetracted': {
        const { [d.completionId]: _gone, ...rest } = doc.completions;
        return { ...doc, completions: rest };
      }
      default:
        return doc;
    }
  },
};
