import Papa from 'papaparse';

/**
 * A CSV file as text, safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or
 * carriage return) is prefixed with an apostrophe, so no cell can run as a formula (CSV injection).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** Offers text as a file download (a Blob URL: nothing leaves the browser, nothing lands in the address bar). */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
