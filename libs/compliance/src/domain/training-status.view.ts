import { addDays, addMonths } from '@ledger/kernel';
import type { TrainingFacts } from './training-status.projection.js';

export type TrainingState = 'compliant' | 'due_soon' | 'overdue' | 'never_done';

export interface TrainingStatusRow {
  readonly staffId: string;
  readonly jobTitle: string;
  readonly courseId: string;
  readonly courseTitle: string;
  readonly status: TrainingState;
  readonly lastCompletedOn: string | null;
  readonly expiresOn: string | null;
  /** The cadence rule version the expiry was computed with. */
  readonly ruleVersion: number | null;
  readonly intervalMonths: number | null;
}

export interface TrainingStatusView {
  readonly at: string;
  readonly dueSoonDays: number;
  readonly rows: readonly TrainingStatusRow[];
  readonly totals: {
    readonly required: number;
    readonly compliant: number;
    readonly dueSoon: number;
    readonly overdue: number;
    readonly neverDone: number;
    readonly percentCompliant: number;
  };
}

/**
 * Training status on a date: for each member of staff on the staff that day and each
 * course their roles require, the latest live completion and its expiry under the
 * cadence rule in force (so a rule change re-evaluates every status and names its version).
 */
export function trainingStatus(facts: TrainingFacts, at: string, dueSoonDays = 30): TrainingStatusView {
  const day = at.slice(0, 10);
  const rows: TrainingStatusRow[] = [];
  const latest = new Map<string, string>();
  for (const completion of Object.values(facts.completions)) {
    if (completion.completedOn > day) continue;
    const key = `${completion.staffId}\u0000${completion.courseId}`;
    if ((latest.get(key) ?? '') < completion.completedOn) latest.set(key, completion.completedOn);
  }
  const courses = Object.entries(facts.courses).sort(([a], [b]) => a.localeCompare(b));
  const dueSoonBy = addDays(day, dueSoonDays);
  for (const [staffId, member] of Object.entries(facts.staff).sort(([a], [b]) => a.localeCompare(b))) {
    if (member.leftOn !== null && member.leftOn <= day) continue;
    for (const [courseId, course] of courses) {
      if (!course.roles.some((role) => member.roles.includes(role))) continue;
      const last = latest.get(`${staffId}\u0000${courseId}`) ?? null;
      const expiresOn = last && course.rule ? addMonths(last, course.rule.intervalMonths) : null;
      const status: TrainingState =
        last === null
          ? 'never_done'
          : expiresOn !== null && expiresOn <= day
            ? 'overdue'
            : expiresOn !== null && expiresOn <= dueSoonBy
              ? 'due_soon'
              : 'compliant';
      rows.push({
        staffId,
        jobTitle: member.jobTitle,
        courseId,
        courseTitle: course.title,
        status,
        lastCompletedOn: last,
        expiresOn,
        ruleVersion: course.rule?.ruleVersion ?? null,
        intervalMonths: course.rule?.intervalMonths ?? null,
      });
    }
  }
  const count = (s: TrainingState) => rows.filter((r) => r.status === s).length;
  const compliant = count('compliant') + count('due_soon');
  return {
    at: day,
    dueSoonDays,
    rows,
    totals: {
      required: rows.length,
      compliant,
      dueSoon: count('due_soon'),
      overdue: count('overdue'),
      neverDone: count('never_done'),
      percentCompliant: rows.length === 0 ? 100 : Math.round((compliant / rows.length) * 1000) / 10,
    },
  };
}
