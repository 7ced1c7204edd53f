import type { Projection, RecordedEvent } from '@ledger/kernel';

type Rule = { readonly ruleVersion: number; readonly intervalMonths: number };
type Completion = { readonly staffId: string; readonly courseId: string; readonly completedOn: string; readonly provider: string };

/** What the training-status view is computed from, per setting: staff and roles, the catalogue, live completions. */
export interface TrainingFacts {
  readonly staff: Readonly<
    Record<string, { readonly roles: readonly string[]; readonly jobTitle: string; readonly leftOn: string | null }>
  >;
  readonly courses: Readonly<Record<string, { readonly title: string; readonly roles: readonly string[]; readonly rule: Rule | null }>>;
  /** Live completions by id (corrections replace, retractions remove). */
  readonly completions: Readonly<Record<string, Completion>>;
}

/** The projected documents: one for the catalogue, one per member of staff (so no document grows with the setting). */
export type TrainingDocument =
  | { readonly kind: 'catalogue'; readonly courses: TrainingFacts['courses'] }
  | {
      readonly kind: 'staff';
      readonly staffId: string;
      readonly roles: readonly string[];
      readonly jobTitle: string;
      readonly leftOn: string | null;
      readonly completions: Readonly<Record<string, Completion>>;
    };

const CATALOGUE_EVENTS = new Set(['CourseDefined', 'CadenceRuleSet', 'TrainingRequirementSet']);
/** The person a training event is about: in the data, or the `<staffId>` of a `training-<setting>.<staffId>` stream. */
const staffOf = (event: RecordedEvent) =>
  typeof event.data.staffId === 'string' ? event.data.staffId : event.stream.slice(event.stream.indexOf('.') + 1);

export const trainingStatusProjection: Projection<TrainingDocument> = {
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
  keyOf: (event) => (CATALOGUE_EVENTS.has(event.type) ? 'catalogue' : `staff:${staffOf(event)}`),
  evolve(doc, event) {
    const d = event.data as Record<string, any>;
    if (CATALOGUE_EVENTS.has(event.type)) {
      const courses = doc?.kind === 'catalogue' ? doc.courses : {};
      const course = courses[d.courseId];
      if (event.type === 'CourseDefined')
        return { kind: 'catalogue', courses: { ...courses, [d.courseId]: { title: d.title, roles: [], rule: null } } };
      if (!course) return doc;
      const next =
        event.type === 'CadenceRuleSet'
          ? { ...course, rule: { ruleVersion: d.ruleVersion, intervalMonths: d.intervalMonths } }
          : { ...course, roles: d.roles };
      return { kind: 'catalogue', courses: { ...courses, [d.courseId]: next } };
    }
    const staffId = staffOf(event);
    const member =
      doc?.kind === 'staff' ? doc : { kind: 'staff' as const, staffId, roles: [], jobTitle: '', leftOn: null, completions: {} };
    switch (event.type) {
      case 'StaffMemberJoined':
        return { ...member, roles: d.roles, jobTitle: d.jobTitle, leftOn: null };
      case 'StaffRolesChanged':
        return { ...member, roles: d.roles, jobTitle: d.jobTitle };
      case 'StaffMemberLeft':
        return { ...member, leftOn: event.meta.occurredAt.slice(0, 10) };
      case 'TrainingCompletionRecorded':
        return {
          ...member,
          completions: {
            ...member.completions,
            [d.completionId]: { staffId, courseId: d.courseId, completedOn: d.completedOn, provider: d.provider },
          },
        };
      case 'TrainingCompletionCorrected': {
        const corrected = member.completions[d.correctsCompletionId];
        if (!corrected) return member;
        const { [d.correctsCompletionId]: _gone, ...rest } = member.completions;
        return {
          ...member,
          completions: { ...rest, [d.completionId]: { ...corrected, completedOn: d.completedOn, provider: d.provider } },
        };
      }
      case 'TrainingCompletionRetracted': {
        const { [d.completionId]: _gone, ...rest } = member.completions;
        return { ...member, completions: rest };
      }
      default:
        return member;
    }
  },
};

/** Gathers a setting's training documents into the facts the view computes from. Staff who never joined are left out. */
export function trainingFacts(documents: Iterable<TrainingDocument>): TrainingFacts {
  const staff: Record<string, TrainingFacts['staff'][string]> = {};
  const completions: Record<string, Completion> = {};
  let courses: TrainingFacts['courses'] = {};
  for (const doc of documents) {
    if (doc.kind === 'catalogue') {
      courses = doc.courses;
      continue;
    }
    if (doc.roles.length > 0) staff[doc.staffId] = { roles: doc.roles, jobTitle: doc.jobTitle, leftOn: doc.leftOn };
    Object.assign(completions, doc.completions);
  }
  return { staff, courses, completions };
}
