/**
 * Horizontal bar charts as plain geometry: the web page draws it as React SVG, the HTML report
 * as SVG markup and the PDF with vector paths, so the three always agree. Pure: no DOM, no I/O.
 */

/** One bar: its label, the number it stands for (null when the count is not shown as a number) and the text beside it. */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

/** What to draw: a title, the bars and the value a full-width bar stands for (default: the largest value). */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  /** The column headings of the data table beside the chart. */
  readonly columns: readonly [string, string];
  readonly bars: readonly Bar[];
  readonly max?: number;
  /** Said when there are no bars. */
  readonly empty: string;
}

/** A bar placed on the chart, in SVG user units (y grows downwards). */
export interface PlacedBar extends Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The label's baseline, right-aligned at labelX. */
  readonly labelX: number;
  readonly textX: number;
  readonly baseline: number;
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly PlacedBar[];
  /** The axis line at the bars' left edge. */
  readonly axis: { readonly x: number; readonly y1: number; readonly y2: number };
}

export const CHART_WIDTH = 480;
const LABEL_WIDTH = 200;
const TEXT_ROOM = 90;
const ROW = 26;
const BAR = 16;
const PAD = 6;
/** Labels longer than this are shortened on the chart; the data table beside it has them whole. */
export const LABEL_CHARACTERS = 26;

/** A label as the chart shows it: whole when short enough, else cut with an ellipsis. */
export function chartLabel(label: string): string {
  return label.length <= LABEL_CHARACTERS ? label : `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…`;
}

/** Lays the bars out: one row each, bar length proportional to value over max; a bar without a number has no length. */
export function barChart(spec: ChartSpec): ChartGeometry {
  const numbers = spec.bars.map((b) => b.value ?? 0);
  const max = Math.max(spec.max ?? 0, ...numbers, 1);
  const room = CHART_WIDTH - LABEL_WIDTH - TEXT_ROOM;
  const bars = spec.bars.map((bar, i): PlacedBar => {
    const y = PAD + i * ROW + (ROW - BAR) / 2;
    const width = bar.value === null || bar.value <= 0 ? 0 : Math.max(1, Math.round((bar.value / max) * room * 10) / 10);
    return {
      ...bar,
      label: chartLabel(bar.label),
      x: LABEL_WIDTH,
      y,
      width,
      height: BAR,
      labelX: LABEL_WIDTH - 8,
      textX: LABEL_WIDTH + width + 6,
      baseline: y + BAR - 4,
    };
  });
  const height = PAD * 2 + Math.max(1, spec.bars.length) * ROW;
  return { width: CHART_WIDTH, height, bars, axis: { x: LABEL_WIDTH, y1: PAD / 2, y2: height - PAD / 2 } };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart as standalone SVG markup (for the HTML report); the title names it for assistive technology. */
export function chartSvg(spec: ChartSpec): string {
  const g = barChart(spec);
  const rows = g.bars
    .map(
      (b) =>
        `<text x="${b.labelX}" y="${b.baseline}" text-anchor="end">${escapeXml(b.label)}</text>` +
        (b.width > 0 ? `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" class="bar"/>` : '') +
        `<text x="${b.textX}" y="${b.baseline}">${escapeXml(b.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-labelledby="${spec.id}-title">` +
    `<title id="${spec.id}-title">${escapeXml(spec.title)}</title>` +
    `<line x1="${g.axis.x}" y1="${g.axis.y1}" x2="${g.axis.x}" y2="${g.axis.y2}" class="axis"/>${rows}</svg>`
  );
}
