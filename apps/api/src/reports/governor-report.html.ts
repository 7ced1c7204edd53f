import {
  chartSvg,
  governorReportSections,
  REPORT_NOTE,
  reportRunningHead,
  reportTitle,
  type ChartSpec,
  type GovernorReportFigures,
  type ReportTable,
} from '@ledger/charts';

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Print-first styles: A4, a section per page, the setting and year in every page's top margin. */
const STYLE = `
@page { size: A4; margin: 20mm 16mm 18mm; @top-left { content: var(--running-head); font: 9pt Arial, sans-serif; color: #505a5f; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; color: #505a5f; } }
body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; line-height: 1.4; margin: 0 auto; max-width: 48em; padding: 1em; }
h1 { font-size: 1.8em; margin: 0 0 .3em; } h2 { font-size: 1.4em; margin: 1.2em 0 .5em; border-bottom: 2px solid #1d70b8; }
.running-head { color: #505a5f; font-size: .9em; }
dl { display: grid; grid-template-columns: minmax(12em, 2fr) 1fr; gap: .2em 1em; }
dt { font-weight: bold; } dd { margin: 0; }
.chart { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; margin: 1em 0; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; font: 12px Arial, sans-serif; fill: #0b0c0c; }
.chart svg .bar { fill: #1d70b8; } .chart svg .axis { stroke: #0b0c0c; }
table { border-collapse: collapse; margin: .5em 0 1em; break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: .3em; }
th, td { border-bottom: 1px solid #b1b4b6; padding: .25em .6em .25em 0; text-align: left; vertical-align: top; }
section { break-before: page; } section:first-of-type { break-before: auto; }
.note { font-size: .9em; color: #505a5f; }
@media print { body { max-width: none; padding: 0; } .running-head { display: none; } }
`;

function table(caption: string, columns: readonly string[], rows: ReadonlyArray<readonly string[]>, empty: string): string {
  if (rows.length === 0) return `<p>${esc(empty)}</p>`;
  const head = columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td>${esc(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function chart(spec: ChartSpec): string {
  if (spec.bars.length === 0) return `<h3>${esc(spec.title)}</h3><p>${esc(spec.empty)}</p>`;
  const data = table(
    spec.title,
    spec.columns,
    spec.bars.map((b) => [b.label, b.text]),
    spec.empty,
  );
  return `<h3>${esc(spec.title)}</h3><div class="chart">${chartSvg(spec)}${data}</div>`;
}

/** Text as a CSS string that cannot end the string or the style element (a setting's name is typed by people). */
const cssString = (text: string): string => `"${text.replace(/[^\w ,.·'()-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;

const tableOf = (t: ReportTable) => table(t.caption, t.columns, t.rows, t.empty);

/**
 * The governors' report as one self-contained HTML file: inline CSS and inline SVG, no scripts,
 * no links to anything else, so it can be emailed or archived and opened anywhere.
 */
export function governorReportHtml(report: GovernorReportFigures): string {
  const head = reportRunningHead(report);
  const sections = governorReportSections(report)
    .map(
      (s) =>
        `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${esc(s.heading)}</h2>` +
        `<dl>${s.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` +
        s.charts.map(chart).join('') +
        s.tables.map(tableOf).join('') +
        `</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(report))} – ${esc(report.settingName)}</title>
<style>:root { --running-head: ${cssString(head)}; }${STYLE}</style>
</head>
<body>
<header><p class="running-head">${esc(head)}</p><h1>${esc(reportTitle(report))}</h1>
<p>${esc(report.settingName)}, 1 September to 31 August (${esc(report.from)} to ${esc(report.to)}).</p>
<p class="note">${esc(REPORT_NOTE)}</p></header>
<main>
${sections}
</main>
</body>
</html>
`;
}
