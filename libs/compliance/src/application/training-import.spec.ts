import type { TrainingFacts } from '../domain/training-status.projection.js';
import {
  checkTrainingImport,
  importIds,
  parseTrainingCsv,
  readCompletionDate,
  suggestMapping,
  TRAINING_IMPORT_LIMITS,
  TrainingImportRefused,
  type ImportKnowledge,
} from './training-import.js';

const facts: TrainingFacts = {
  staff: {
    'st-1': { roles: ['staff'], jobTitle: 'Teacher', leftOn: null },
    'st-2': { roles: ['staff'], jobTitle: 'Teacher', leftOn: null },
    'st-3': { roles: ['staff'], jobTitle: 'TA', leftOn: null },
    'st-4': { roles: ['staff'], jobTitle: 'TA', leftOn: null },
  },
  courses: {
    prevent: { title: 'Prevent awareness', roles: ['staff'], rule: { ruleVersion: 1, intervalMonths: 24 } },
    'kcsie-part-1': { title: 'KCSIE Part 1 reading', roles: ['staff'], rule: { ruleVersion: 1, intervalMonths: 12 } },
    juggling: { title: 'Juggling', roles: ['staff'], rule: null },
  },
  completions: { c1: { staffId: 'st-3', courseId: 'prevent', completedOn: '2025-01-10', provider: 'LA' } },
};
const knowledge: ImportKnowledge = {
  tenantId: 'school-a',
  facts,
  staffNames: new Map([
    ['st-1', 'Ada Lovelace'],
    ['st-2', 'Sam Smith'],
    ['st-3', 'Grace Hopper'],
    ['st-4', 'Sam Smith'],
  ]),
  today: '2025-06-01',
};

const check = (csv: string) => {
  const parsed = parseTrainingCsv(csv);
  return checkTrainingImport(parsed, suggestMapping(parsed.columns), knowledge);
};

describe('training import', () => {
  describe('when every row is good', () => {
    it('should match staff by name or id and courses by title or id, whatever the case and spacing', () => {
      const sut = check(
        'Staff name,Course,Date completed,Provider\n' +
          ' ada  LOVELACE ,Prevent awareness,14/03/2025,LA safeguarding team\n' +
          'st-2,kcsie-part-1,2025-03-15,"Online, self-study"\n',
      );
      expect(sut.bad).toBe(0);
      expect(sut.rows.map((r) => [r.row, r.staffId, r.courseId, r.completedOn, r.provider])).toEqual([
        [2, 'st-1', 'prevent', '2025-03-14', 'LA safeguarding team'],
        [3, 'st-2', 'kcsie-part-1', '2025-03-15', 'Online, self-study'],
      ]);
    });

    it('should give the same ids for the same setting and row, and different ids in another setting', () => {
      const first = check('staff,course,date,provider\nst-1,prevent,2025-03-14,LA\n').rows[0]!;
      const again = check('staff,course,date,provider\nAda Lovelace,Prevent awareness,14/03/2025,Another provider\n').rows[0]!;
      expect(again.commandId).toBe(first.commandId);
      expect(again.completionId).toBe(first.completionId);
      expect(importIds('school-b', 'st-1', 'prevent', '2025-03-14').commandId).not.toBe(first.commandId);
      expect(first.commandId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    });
  });

  describe('when rows are bad', () => {
    it('should name each bad row by its spreadsheet row number with a stable code', () => {
      const sut = check(
        [
          'Name,Course,Completed,Provider',
          'Nobody Known,prevent,2025-03-14,LA', // 2
          'Ada Lovelace,Knitting,2025-03-14,LA', // 3
          'Ada Lovelace,prevent,31/02/2025,LA', // 4
          'Ada Lovelace,prevent,2026-01-01,LA', // 5: in the future
          'Ada Lovelace,prevent,2025-03-14,LA', // 6: good
          'st-1,Prevent awareness,14/03/2025,Other', // 7: same as 6
          'Grace Hopper,prevent,2025-01-10,LA', // 8: already recorded
          'Sam Smith,prevent,2025-03-14,LA', // 9: two people of that name
          'Ada Lovelace,,2025-03-14,LA', // 10
          'Ada Lovelace,Juggling,2025-03-14,LA', // 11: no cadence rule
        ].join('\r\n'),
      );
      expect(sut.rows.map((r) => [r.row, r.problem?.code ?? null])).toEqual([
        [2, 'TRAINING_IMPORT.UNKNOWN_PERSON'],
        [3, 'TRAINING_IMPORT.UNKNOWN_COURSE'],
        [4, 'TRAINING_IMPORT.IMPOSSIBLE_DATE'],
        [5, 'TRAINING_IMPORT.IMPOSSIBLE_DATE'],
        [6, null],
        [7, 'TRAINING_IMPORT.DUPLICATE_IN_FILE'],
        [8, 'TRAINING_IMPORT.ALREADY_RECORDED'],
        [9, 'TRAINING_IMPORT.AMBIGUOUS_PERSON'],
        [10, 'TRAINING_IMPORT.MISSING_VALUE'],
        [11, 'TRAINING_IMPORT.COURSE_HAS_NO_CADENCE'],
      ]);
      expect(sut.rows.filter((r) => r.problem).every((r) => r.commandId === null && r.completionId === null)).toBe(true);
      expect([sut.good, sut.bad]).toEqual([1, 9]);
      expect(sut.rows[4]!.occurredAt).toBe('2025-03-14T00:00:00.000Z');
    });
  });

  describe('when reading the file', () => {
    it('should use the columns asked for and refuse one the file does not have', () => {
      expect(suggestMapping(['Who', 'What', 'When', 'By'], { staff: 'Who', course: 'What', completedOn: 'When', provider: 'By' })).toEqual({
        staff: 'Who',
        course: 'What',
        completedOn: 'When',
        provider: 'By',
      });
      expect(() => suggestMapping(['a'], { staff: 'b' })).toThrow(expect.objectContaining({ code: 'TRAINING_IMPORT.COLUMN_MISSING' }));
    });

    it('should refuse an empty file and one over the limits', () => {
      expect(() => parseTrainingCsv('Name,Course,Date,Provider\n')).toThrow(TrainingImportRefused);
      const tooMany = `a,b,c,d\n${'x,y,z,w\n'.repeat(TRAINING_IMPORT_LIMITS.maxRows + 1)}`;
      expect(() => parseTrainingCsv(tooMany)).toThrow(expect.objectContaining({ code: 'TRAINING_IMPORT.TOO_LARGE' }));
    });

    it('should read real calendar dates only', () => {
      expect(['2024-02-29', '29/02/2024', '1/3/2025', '2023-02-29', '32/01/2025', 'yesterday'].map(readCompletionDate)).toEqual([
        '2024-02-29',
        '2024-02-29',
        '2025-03-01',
        null,
        null,
        null,
      ]);
    });
  });
});
