import Papa from 'papaparse';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('should escape every cell that a spreadsheet would run as a formula', () => {
    const sut = toCsv(
      ['Name', 'Note'],
      [
        ['=HYPERLINK("http://x")', '+1'],
        ['-2', '@SUM(A1)'],
        ['Plain, with comma', null],
      ],
    );
    const [, ...rows] = Papa.parse<string[]>(sut, { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      [`'=HYPERLINK("http://x")`, `'+1`],
      [`'-2`, `'@SUM(A1)`],
      ['Plain, with comma', ''],
    ]);
  });
});
