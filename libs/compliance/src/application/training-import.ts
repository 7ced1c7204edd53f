import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { DomainError } from '@ledger/kernel';
import type { TrainingFacts } from '../domain/training-status.projection.js';

/** The most one import may hold: a large school's year of completions; it fits the API's 100 KB request body once JSON-escaped. */
export const TRAINING_IMPORT_LIMITS = { maxBytes: 64 * 1024, maxRows: 1000 } as const;

/** The four things each row must say, and the column of the file that says it. */
export const IMPORT_FIELDS = ['staff', 'course', 'completedOn', 'provider'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Readonly<Record<ImportField, string>>;

/** What can be wrong with one row; the codes are stable, the messages plain English. */
export type ImportRowProblemCode =
  | 'TRAINING_IMPORT.MISSING_VALUE'
  | 'TRAINING_IMPORT.VALUE_TOO_LONG'
  | 'TRAINING_IMPORT.UNKNOWN_PERSON'
  | 'TRAINING_IMPORT.AMBIGUOUS_PERSON'
  | 'TRAINING_IMPORT.UNKNOWN_COURSE'
  | 'TRAINING_IMPORT.COURSE_HAS_NO_CADENCE'
  | 'TRAINING_IMPORT.IMPOSSIBLE_DATE'
  | 'TRAINING_IMPORT.DUPLICATE_IN_FILE'
  | 'TRAINING_IMPORT.ALREADY_RECORDED';

export interface ImportRowProblem {
  readonly code: ImportRowProblemCode;
  readonly message: string;
}

/** One data row of the file as checked: what it names, what it matched, and its deterministic ids when it is good. */
export interface CheckedImportRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first completion row 2. */
  readonly row: number;
  readonly staff: string;
  readonly course: string;
  readonly completedOn: string;
  readonly provider: string;
  readonly staffId: string | null;
  readonly courseId: string | null;
  /** Same tenant and same row content, same ids: importing a file twice records nothing new. */
  readonly commandId: string | null;
  readonly completionId: string | null;
  /** When it happened, sent with the command: the start of the day completed (so a retry is the same request). */
  readonly occurredAt: string | null;
  readonly problem: ImportRowProblem | null;
}

export interface TrainingImportCheck {
  readonly columns: readonly string[];
  readonly mapping: ColumnMapping;
  readonly rows: readonly CheckedImportRow[];
  readonly good: number;
  readonly bad: number;
}

/** What the check matches rows against: the setting's staff with their names, the course catalogue, the live completions. */
export interface ImportKnowledge {
  readonly tenantId: string;
  readonly facts: TrainingFacts;
  /** staffId → name (null when erased); staff not listed here are matched by id only. */
  readonly staffNames: ReadonlyMap<string, string | null>;
  /** Today (YYYY-MM-DD): no completion can be later. */
  readonly today: string;
}

/** The file as a whole cannot be checked (empty, too big, a mapped column missing). */
export class TrainingImportRefused extends DomainError {
  constructor(
    readonly code: 'TRAINING_IMPORT.EMPTY' | 'TRAINING_IMPORT.TOO_LARGE' | 'TRAINING_IMPORT.COLUMN_MISSING',
    message: string,
  ) {
    super(message);
  }

  static empty(): TrainingImportRefused {
    return new TrainingImportRefused('TRAINING_IMPORT.EMPTY', 'The file has no rows of completions under its header row.');
  }

  static tooLarge(): TrainingImportRefused {
    return new TrainingImportRefused(
      'TRAINING_IMPORT.TOO_LARGE',
      `The file is too large: at most ${TRAINING_IMPORT_LIMITS.maxRows} rows and ${TRAINING_IMPORT_LIMITS.maxBytes / 1024} KB at a time. Split it and import each part.`,
    );
  }

  static columnMissing(field: ImportField, column: string): TrainingImportRefused {
    return new TrainingImportRefused(
      'TRAINING_IMPORT.COLUMN_MISSING',
      `The file has no column "${column}" for ${FIELD_NAMES[field]}. Choose one of its columns.`,
    );
  }
}

const FIELD_NAMES: Readonly<Record<ImportField, string>> = {
  staff: 'the member of staff',
  course: 'the course',
  completedOn: 'the date completed',
  provider: 'the provider',
};

/** Header words a school's spreadsheet is likely to use for each field. */
const HEADER_HINTS: Readonly<Record<ImportField, RegExp>> = {
  staff: /staff|name|person|employee|who/i,
  course: /course|training|module/i,
  completedOn: /date|completed|when|on$/i,
  provider: /provider|delivered|trainer|by$|organisation|source/i,
};

export interface ParsedCsv {
  readonly columns: readonly string[];
  /** Each data row, by column name. */
  readonly records: ReadonlyArray<Readonly<Record<string, string>>>;
}

/** Parses CSV text (comma, semicolon or tab; quoted cells; a byte-order mark) with its first row as the header. */
export function parseTrainingCsv(text: string): ParsedCsv {
  if (Buffer.byteLength(text, 'utf8') > TRAINING_IMPORT_LIMITS.maxBytes) throw TrainingImportRefused.tooLarge();
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header || data.length === 0) throw TrainingImportRefused.empty();
  if (data.length > TRAINING_IMPORT_LIMITS.maxRows) throw TrainingImportRefused.tooLarge();
  const columns = header.map((c) => c.trim());
  const records = data.map((cells) => Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()])));
  return { columns, records };
}

/** The column for each field: the one asked for, else the first header that reads like it. */
export function suggestMapping(columns: readonly string[], asked: Partial<ColumnMapping> = {}): ColumnMapping {
  const taken = new Set(Object.values(asked).filter(Boolean));
  const mapping = {} as Record<ImportField, string>;
  for (const field of IMPORT_FIELDS) {
    const wanted = asked[field];
    if (wanted) {
      if (!columns.includes(wanted)) throw TrainingImportRefused.columnMissing(field, wanted);
      mapping[field] = wanted;
      continue;
    }
    const guess = columns.find((c) => !taken.has(c) && HEADER_HINTS[field].test(c)) ?? columns.find((c) => !taken.has(c)) ?? '';
    taken.add(guess);
    mapping[field] = guess;
  }
  return mapping;
}

/** A date as schools write it: 2025-03-14, 14/03/2025 or 14-03-2025 (UK order). Null when it is not a real calendar date. */
export function readCompletionDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

const normalise = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** The ids an imported row records under: derived from the setting and what the row says, never random. */
export function importIds(
  tenantId: string,
  staffId: string,
  courseId: string,
  completedOn: string,
): { commandId: string; completionId: string } {
  const digest = createHash('sha256').update(['training-import', tenantId, staffId, courseId, completedOn].join('\u0000')).digest('hex');
  return { commandId: `import-${digest.slice(0, 40)}`, completionId: `imported-${digest.slice(0, 40)}` };
}

/** Earliest completion date the ledger takes from an import: anything before is a typing slip. */
const EARLIEST = '2000-01-01';

/**
 * The dry run: every row checked against the setting's staff, courses and live completions,
 * with one plain-English problem per bad row. Nothing is recorded here; the good rows carry
 * the deterministic ids their RecordCompletion commands are sent with.
 */
export function checkTrainingImport(parsed: ParsedCsv, mapping: ColumnMapping, knowledge: ImportKnowledge): TrainingImportCheck {
  const staffById = new Map(Object.keys(knowledge.facts.staff).map((id) => [id, id]));
  const staffByName = new Map<string, string[]>();
  for (const staffId of staffById.keys()) {
    const name = knowledge.staffNames.get(staffId);
    if (!name) continue;
    staffByName.set(normalise(name), [...(staffByName.get(normalise(name)) ?? []), staffId]);
  }
  const courseByKey = new Map<string, string>();
  for (const [courseId, course] of Object.entries(knowledge.facts.courses)) {
    courseByKey.set(normalise(courseId), courseId);
    courseByKey.set(normalise(course.title), courseId);
  }
  const recorded = new Set(Object.values(knowledge.facts.completions).map((c) => `${c.staffId}\u0000${c.courseId}\u0000${c.completedOn}`));
  const seen = new Map<string, number>();

  const rows = parsed.records.map((record, index): CheckedImportRow => {
    const row = index + 2;
    const cell = (field: ImportField) => record[mapping[field]] ?? '';
    const base = { row, staff: cell('staff'), course: cell('course'), completedOn: cell('completedOn'), provider: cell('provider') };
    const refuse = (code: ImportRowProblemCode, message: string, found: { staffId?: string; courseId?: string } = {}) => ({
      ...base,
      staffId: found.staffId ?? null,
      courseId: found.courseId ?? null,
      commandId: null,
      completionId: null,
      occurredAt: null,
      problem: { code, message },
    });
    const missing = IMPORT_FIELDS.find((field) => cell(field) === '');
    if (missing) return refuse('TRAINING_IMPORT.MISSING_VALUE', `Row ${row} does not say ${FIELD_NAMES[missing]}.`);
    if (base.provider.length > 200)
      return refuse('TRAINING_IMPORT.VALUE_TOO_LONG', `Row ${row}: the provider is longer than 200 characters.`);

    const byName = staffByName.get(normalise(base.staff)) ?? [];
    if (!staffById.has(base.staff) && byName.length > 1)
      return refuse(
        'TRAINING_IMPORT.AMBIGUOUS_PERSON',
        `Row ${row}: more than one member of staff is called "${base.staff}". Use their staff id instead.`,
      );
    const staffId = staffById.has(base.staff) ? base.staff : byName[0];
    if (!staffId) return refuse('TRAINING_IMPORT.UNKNOWN_PERSON', `Row ${row}: "${base.staff}" is not on the staff list of this setting.`);

    const courseId = courseByKey.get(normalise(base.course));
    if (!courseId)
      return refuse('TRAINING_IMPORT.UNKNOWN_COURSE', `Row ${row}: "${base.course}" is not a course in this setting's catalogue.`, {
        staffId,
      });

    if (!knowledge.facts.courses[courseId]?.rule)
      return refuse(
        'TRAINING_IMPORT.COURSE_HAS_NO_CADENCE',
        `Row ${row}: "${base.course}" has no refresh period set yet, so a completion cannot be recorded. Set one first.`,
        { staffId, courseId },
      );

    const completedOn = readCompletionDate(base.completedOn);
    if (!completedOn || completedOn > knowledge.today || completedOn < EARLIEST)
      return refuse(
        'TRAINING_IMPORT.IMPOSSIBLE_DATE',
        `Row ${row}: "${base.completedOn}" is not a possible completion date (a real date, not in the future, written 2025-03-14 or 14/03/2025).`,
        { staffId, courseId },
      );

    const key = `${staffId}\u0000${courseId}\u0000${completedOn}`;
    const first = seen.get(key);
    if (first !== undefined)
      return refuse('TRAINING_IMPORT.DUPLICATE_IN_FILE', `Row ${row} repeats row ${first}: the same person, course and date.`, {
        staffId,
        courseId,
      });
    seen.set(key, row);
    if (recorded.has(key))
      return refuse(
        'TRAINING_IMPORT.ALREADY_RECORDED',
        `Row ${row} is already recorded: this person completed this course on ${completedOn}.`,
        { staffId, courseId },
      );
    return {
      ...base,
      completedOn,
      staffId,
      courseId,
      ...importIds(knowledge.tenantId, staffId, courseId, completedOn),
      occurredAt: `${completedOn}T00:00:00.000Z`,
      problem: null,
    };
  });
  const good = rows.filter((r) => r.problem === null).length;
  return { columns: parsed.columns, mapping, rows, good, bad: rows.length - good };
}
