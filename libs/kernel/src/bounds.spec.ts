import { checkDateOfBirth, checkDueDate, checkPastInstant, checkPayload } from './bounds.js';

const NOW = '2025-03-10T09:00:00.000Z';
const codeOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('checkPayload', () => {
  it('should accept printable text with line breaks, and ignore the metadata', () => {
    expect(
      codeOf(() => checkPayload({ kind: 'X', commandId: '\u0000', narrative: 'Line one\nLine two\tTabbed', items: ['a'] })),
    ).toBeUndefined();
  });

  it.each([
    ['a NUL character', { name: 'a\u0000b' }, 'COMMAND.TEXT_NOT_PRINTABLE'],
    ['a DEL character in a list item', { items: ['ok', 'a\u007fb'] }, 'COMMAND.TEXT_NOT_PRINTABLE'],
    ['blank text', { name: '   ' }, 'COMMAND.TEXT_EMPTY'],
    ['text over the limit', { name: 'x'.repeat(20_001) }, 'COMMAND.TEXT_TOO_LONG'],
    ['a list over the limit', { items: Array.from({ length: 201 }, () => 'x') }, 'COMMAND.LIST_TOO_LONG'],
  ])('should refuse %s', (_why, payload, code) => {
    expect(codeOf(() => checkPayload(payload))).toBe(code);
  });

  it('should refuse an empty list that needs an item, and allow listed empty text', () => {
    expect(codeOf(() => checkPayload({ roles: [] }, { nonEmptyLists: ['roles'] }))).toBe('COMMAND.LIST_EMPTY');
    expect(codeOf(() => checkPayload({ found: '' }, { mayBeEmpty: ['found'] }))).toBeUndefined();
  });
});

describe('date bounds', () => {
  it('should keep a pupil between 0 and 25 years old', () => {
    expect(codeOf(() => checkDateOfBirth('dateOfBirth', '2012-05-01', NOW))).toBeUndefined();
    for (const born of ['9999-12-31', '2025-03-11', '1990-01-01']) {
      expect(codeOf(() => checkDateOfBirth('dateOfBirth', born, NOW))).toBe('COMMAND.DATE_OUT_OF_RANGE');
    }
  });

  it('should keep due dates within five years and events in the past', () => {
    expect(codeOf(() => checkDueDate('dueOn', '2026-01-01', NOW))).toBeUndefined();
    expect(codeOf(() => checkDueDate('dueOn', '9999-12-31', NOW))).toBe('COMMAND.DATE_OUT_OF_RANGE');
    expect(codeOf(() => checkPastInstant('dslInformedAt', '2025-03-10T09:04:00.000Z', NOW))).toBeUndefined();
    expect(codeOf(() => checkPastInstant('dslInformedAt', '9999-12-31T00:00:00.000Z', NOW))).toBe('COMMAND.DATE_OUT_OF_RANGE');
    expect(codeOf(() => checkPastInstant('receivedAt', '0001-01-01T00:00:00.000Z', NOW))).toBe('COMMAND.DATE_OUT_OF_RANGE');
  });
});
