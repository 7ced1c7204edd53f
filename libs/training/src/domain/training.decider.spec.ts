import { command, context, given, staff } from '@ledger/testing';
import type { CatalogueCommand, CompletionCommand } from './training.commands.js';
import { addMonths } from '@ledger/kernel';
import { catalogueDecider, completionsDecider } from './training.decider.js';
import type { CatalogueEvent, CompletionEvent } from './training.events.js';

const ctx = context([staff('head-cho'), staff('teacher-ben'), staff('left-dan', '2024-12-31T00:00:00.000Z')]);
const cat = (kind: CatalogueCommand['kind'], payload: object) =>
  command(
    kind,
    { courseId: 'safeguarding-update', ...payload },
    { role: 'head', actorId: 'head-cho', context: ctx },
  ) as unknown as CatalogueCommand;
const rec = (kind: CompletionCommand['kind'], payload: object) =>
  command(kind, { staffId: 'teacher-ben', ...payload }, { role: 'slt', actorId: 'head-cho', context: ctx }) as unknown as CompletionCommand;

const defined: CatalogueEvent = { type: 'CourseDefined', data: { courseId: 'safeguarding-update', title: 'Safeguarding update' } };
const recorded: CompletionEvent = {
  type: 'TrainingCompletionRecorded',
  data: {
    completionId: 'c-1',
    staffId: 'teacher-ben',
    courseId: 'safeguarding-update',
    completedOn: '2024-09-02',
    provider: 'LA',
    certificateHash: null,
    expiresOn: '2025-09-02',
    ruleVersion: 1,
  },
};

describe('addMonths', () => {
  it('should clamp to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-09-28', 12)).toBe('2024-09-28');
    expect(addMonths('2024-03-15', 36)).toBe('2027-03-15');
  });
});

describe('catalogueDecider', () => {
  it('should version cadence rules per setting', () => {
    const first = given(catalogueDecider, [defined])
      .when(cat('SetCadenceRule', { intervalMonths: 36, note: 'LA guidance 2022' }))
      .then([{ type: 'CadenceRuleSet', data: expect.objectContaining({ ruleVersion: 1, intervalMonths: 36 }) }]);
    given(catalogueDecider, [defined, ...first])
      .when(cat('SetCadenceRule', { intervalMonths: 12, note: 'KCSIE: at least annually' }))
      .then([{ type: 'CadenceRuleSet', data: expect.objectContaining({ ruleVersion: 2, intervalMonths: 12 }) }]);
  });

  it('should refuse a rule for an unknown course or a silly interval', () => {
    given(catalogueDecider)
      .when(cat('SetCadenceRule', { intervalMonths: 12, note: '' }))
      .thenRejects('TRAINING.UNKNOWN_COURSE');
    given(catalogueDecider, [defined])
      .when(cat('SetCadenceRule', { intervalMonths: 0, note: '' }))
      .thenRejects('TRAINING.INVALID_INTERVAL');
  });
});

describe('completionsDecider', () => {
  it('should compute the expiry from the rule in force and name its version', () => {
    given(completionsDecider)
      .when(
        rec('RecordCompletion', {
          completionId: 'c-1',
          courseId: 'safeguarding-update',
          completedOn: '2024-09-02',
          provider: 'LA',
          rule: { ruleVersion: 1, intervalMonths: 12 },
        }),
      )
      .then([recorded]);
  });

  it('should refuse a completion with no rule in force, in the future, or for someone not on the staff then', () => {
    given(completionsDecider)
      .when(rec('RecordCompletion', { completionId: 'c-1', courseId: 'x', completedOn: '2024-09-02', provider: 'LA', rule: null }))
      .thenRejects('TRAINING.NO_CADENCE_RULE');
    given(completionsDecider)
      .when(
        rec('RecordCompletion', {
          completionId: 'c-1',
          courseId: 'x',
          completedOn: '2025-12-01',
          provider: 'LA',
          rule: { ruleVersion: 1, intervalMonths: 12 },
        }),
      )
      .thenRejects('TRAINING.COMPLETED_IN_FUTURE');
    given(completionsDecider)
      .when(
        rec('RecordCompletion', {
          staffId: 'left-dan',
          completionId: 'c-1',
          courseId: 'x',
          completedOn: '2025-02-01',
          provider: 'LA',
          rule: { ruleVersion: 1, intervalMonths: 12 },
        }),
      )
      .thenRejects('STAFF.NOT_CURRENT');
  });

  it('should supersede by a correction that names the completion it corrects', () => {
    given(completionsDecider, [recorded])
      .when(
        rec('CorrectCompletion', {
          completionId: 'c-2',
          correctsCompletionId: 'c-1',
          completedOn: '2024-08-30',
          provider: 'LA',
          reason: 'Date mistyped',
          rule: { ruleVersion: 1, intervalMonths: 12 },
        }),
      )
      .then([
        { type: 'TrainingCompletionCorrected', data: expect.objectContaining({ correctsCompletionId: 'c-1', expiresOn: '2025-08-30' }) },
      ]);
    given(completionsDecider, [recorded])
      .when(
        rec('CorrectCompletion', {
          completionId: 'c-2',
          correctsCompletionId: 'c-9',
          completedOn: '2024-08-30',
          provider: 'LA',
          reason: 'x',
          rule: { ruleVersion: 1, intervalMonths: 12 },
        }),
      )
      .thenRejects('TRAINING.UNKNOWN_COMPLETION');
  });

  it('should retract once', () => {
    const retracted = given(completionsDecider, [recorded])
      .when(rec('RetractCompletion', { completionId: 'c-1', reason: 'Certificate was for another course' }))
      .then([{ type: 'TrainingCompletionRetracted' }]);
    given(completionsDecider, [recorded, ...retracted])
      .when(rec('RetractCompletion', { completionId: 'c-1', reason: 'again' }))
      .thenRejects('TRAINING.ALREADY_RETRACTED');
  });
});
