// A generated setting for benchmarks: staff, the training catalogue and years of completions.
import type { LedgerRuntime } from '@ledger/ledger';

const COURSES = ['safeguarding-update', 'kcsie-part1', 'online-safety', 'prevent', 'dsl-formal', 'safer-recruitment'];

/**
 * A generated setting: staff, the training catalogue and `years` of completions for each
 * member of staff, appended as events (16 writers, one append per person per year).
 */
export async function generateSetting(runtime: LedgerRuntime, tenantId: string, staff: number, years: number): Promise<void> {
  const at = (date: string) => ({
    tenantId,
    actor: { id: 'bench', role: 'head' },
    occurredAt: `${date}T10:00:00.000Z`,
    correlationId: 'bench',
    causationId: null,
  });
  const catalogue = COURSES.flatMap((courseId, i) => [
    { type: 'CourseDefined', data: { courseId, title: courseId }, meta: at('2020-09-01') },
    { type: 'CadenceRuleSet', data: { courseId, ruleVersion: 1, intervalMonths: i === 3 ? 36 : 12 }, meta: at('2020-09-01') },
    {
      type: 'TrainingRequirementSet',
      data: { courseId, roles: i >= 4 ? ['dsl', 'head'] : ['staff', 'dsl', 'head'] },
      meta: at('2020-09-01'),
    },
  ]);
  await runtime.ledger.append(`training-${tenantId}.catalogue`, 'no_stream', catalogue);
  const people = Array.from({ length: staff }, (_, i) => `s${i}`);
  for (let i = 0; i < people.length; i += 16) {
    await Promise.all(
      people.slice(i, i + 16).map(async (staffId, k) => {
        const role = (i + k) % 25 === 0 ? 'dsl' : 'staff';
        await runtime.ledger.append(`staff-${tenantId}.${staffId}`, 'no_stream', [
          { type: 'StaffMemberJoined', data: { staffId, name: staffId, roles: [role], jobTitle: role }, meta: at('2020-09-01') },
        ]);
        let head: { revision: number; hash: string } | undefined;
        for (let year = 0; year < years; year += 1) {
          const completedOn = `${2020 + year}-10-${String(1 + ((i + k) % 27)).padStart(2, '0')}`;
          const events = COURSES.filter((_, c) => c < 4 || role === 'dsl')
            .filter(() => (i + k + year) % 9 !== 0)
            .map((courseId) => ({
              type: 'TrainingCompletionRecorded',
              data: { completionId: `${staffId}-${year}-${courseId}`, staffId, courseId, completedOn, provider: 'LA' },
              meta: at(completedOn),
            }));
          if (events.length === 0) continue;
          const result = await runtime.ledger.append(`training-${tenantId}.${staffId}`, head?.revision ?? 'no_stream', events, {
            expectedHash: head?.hash,
          });
          head = { revision: result.nextExpectedRevision, hash: result.events.at(-1)!.hash };
        }
      }),
    );
  }
}
