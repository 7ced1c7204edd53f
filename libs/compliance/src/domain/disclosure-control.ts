/**
 * Statistical disclosure control for figures that governors (or the public) read.
 *
 * Primary suppression hides counts of 1 and 2. Secondary (complementary) suppression then
 * hides further figures until no hidden count can be worked out from the ones shown: for every
 * additive relation (a total and its parts, several groupings sharing one total, two figures
 * that must be equal) each hidden cell keeps at least one other unknown beside it. "Worked
 * out" is judged with what a reader knows, as an attacker would: shown figures exactly, a
 * primary cell lies in 1–2, a secondary cell is 0 or 3 or more (it is never a 1 or 2, which
 * would read "fewer than 3"), every count is at least 0 — and every relation narrows these.
 */

/** A figure that a reader sees: shown exactly, hidden as 1–2 (primary) or hidden as 3 or more (secondary). */
export type Protection = 'shown' | 'primary' | 'secondary';

/** `total` equals the sum of `parts` (a single part makes two figures equal). */
export interface AdditiveRelation {
  readonly total: string;
  readonly parts: readonly string[];
}

/** The values a reader can still consider for a figure: an inclusive range (`hi` may be Infinity), less 1–2 when `gap`. */
export interface Range {
  readonly lo: number;
  readonly hi: number;
  readonly gap?: boolean;
}

/** The smallest count that is shown as a number, other than 0. */
export const SMALLEST_SHOWN = 3;

/** What a reader knows of a figure from how it reads. */
export function rangeOf(protection: Protection, value: number): Range {
  if (protection === 'shown') return { lo: value, hi: value };
  if (protection === 'primary') return { lo: 1, hi: SMALLEST_SHOWN - 1 };
  return { lo: 0, hi: Number.POSITIVE_INFINITY, gap: true };
}

/**
 * Narrows every figure's range through the relations until nothing changes (interval
 * propagation: total within the sum of its parts' ranges; each part within the total's range
 * less the others'). Subtraction with one unknown is the simplest case of it.
 */
export function narrow(ranges: ReadonlyMap<string, Range>, all: readonly AdditiveRelation[]): Map<string, Range> {
  // A grouping that is not given (no parts under a total other than 0) says nothing.
  const relations = all.filter((r) => r.parts.length > 0);
  const known = new Map(ranges);
  const get = (id: string): Range => known.get(id) ?? { lo: 0, hi: Number.POSITIVE_INFINITY };
  const tighten = (id: string, lo: number, hi: number): boolean => {
    const current = get(id);
    const next = { lo: Math.max(current.lo, lo), hi: Math.min(current.hi, hi), gap: current.gap };
    // A figure that reads "withheld" is not 1 or 2: a bound that falls in that gap moves past it.
    if (next.gap && next.lo > 0 && next.lo < SMALLEST_SHOWN) next.lo = SMALLEST_SHOWN;
    if (next.gap && next.hi > 0 && next.hi < SMALLEST_SHOWN) next.hi = 0;
    if (next.lo > next.hi) throw new Error(`The figures contradict each other at ${id}: the relations do not hold`);
    if (next.lo === current.lo && next.hi === current.hi) return false;
    known.set(id, next);
    return true;
  };
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds += 1) {
    changed = false;
    for (const { total, parts } of relations) {
      const sum = (ids: readonly string[], end: 'lo' | 'hi') => ids.reduce((n, id) => n + get(id)[end], 0);
      changed = tighten(total, sum(parts, 'lo'), sum(parts, 'hi')) || changed;
      const t = get(total);
      for (const part of parts) {
        const others = parts.filter((p) => p !== part);
        // An infinite upper bound among the others tells nothing about this part's lower bound.
        changed = tighten(part, t.lo - sum(others, 'hi'), t.hi - sum(others, 'lo')) || changed;
      }
    }
  }
  return known;
}

/** The hidden figures whose exact value a reader can work out from everything shown. */
export function disclosedCells(
  cells: ReadonlyMap<string, { readonly protection: Protection; readonly value: number }>,
  relations: readonly AdditiveRelation[],
): string[] {
  const ranges = new Map([...cells].map(([id, cell]) => [id, rangeOf(cell.protection, cell.value)]));
  const narrowed = narrow(ranges, relations);
  return [...cells].filter(([id, cell]) => cell.protection !== 'shown' && narrowed.get(id)!.lo === narrowed.get(id)!.hi).map(([id]) => id);
}

/**
 * Decides which figures to hide. Counts of 1 and 2 are hidden (primary); then, while a
 * hidden figure can be worked out, one more figure of a relation it is in is hidden
 * (secondary): the smallest non-zero part first, then the total, then a part that is 0
 * (when two groupings of one total pin each other down, only a hidden 0 leaves doubt).
 */
export function protectCounts(values: ReadonlyMap<string, number>, relations: readonly AdditiveRelation[]): Map<string, Protection> {
  const cells = new Map(
    [...values].map(([id, value]) => [
      id,
      { value, protection: (value > 0 && value < SMALLEST_SHOWN ? 'primary' : 'shown') as Protection },
    ]),
  );
  for (let disclosed = disclosedCells(cells, relations); disclosed.length > 0; disclosed = disclosedCells(cells, relations)) {
    const exposed = disclosed[0]!;
    const candidates = relations
      .filter((r) => r.total === exposed || r.parts.includes(exposed))
      .flatMap((r) => [...r.parts.map((id) => ({ id, isTotal: false })), { id: r.total, isTotal: true }])
      .filter(({ id }) => cells.get(id)?.protection === 'shown')
      .sort(
        (a, b) =>
          Number(cells.get(a.id)!.value === 0) - Number(cells.get(b.id)!.value === 0) ||
          Number(a.isTotal) - Number(b.isTotal) ||
          cells.get(a.id)!.value - cells.get(b.id)!.value ||
          a.id.localeCompare(b.id),
      );
    const next = candidates[0];
    // Unreachable while the relations hold: with every figure of its relations hidden, a hidden figure is never pinned down.
    if (next === undefined) throw new Error(`No figure left to hide beside ${exposed}: the relations do not add up`);
    cells.get(next.id)!.protection = 'secondary';
  }
  return new Map([...cells].map(([id, cell]) => [id, cell.protection]));
}
