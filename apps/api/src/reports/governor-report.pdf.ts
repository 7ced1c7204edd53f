import PDFDocument from 'pdfkit';
import {
  barChart,
  governorReportSections,
  REPORT_NOTE,
  reportRunningHead,
  reportTitle,
  type ChartSpec,
  type GovernorReportFigures,
} from '@ledger/charts';

const BLUE = '#1d70b8';
const GREY = '#505a5f';
const MARGIN = { top: 64, bottom: 56, left: 50, right: 50 };

type Doc = InstanceType<typeof PDFDocument>;

/** Starts a new page when fewer than `needed` points are left on this one. */
function room(doc: Doc, needed: number): void {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: Doc, text: string, size: number): void {
  room(doc, size * 3);
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(size).fillColor('#0b0c0c').text(text);
  doc.moveDown(0.3);
}

/** Rows of cells; the first column bold, like a row header. */
function table(doc: Doc, columns: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[]): void {
  const left = doc.page.margins.left;
  const line = (cells: readonly string[], bold: boolean) => {
    doc.fontSize(10);
    const height = Math.max(
      ...cells.map((c, i) => doc.font(bold || i === 0 ? 'Helvetica-Bold' : 'Helvetica').heightOfString(c, { width: widths[i]! - 6 })),
    );
    room(doc, height + 6);
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc
        .font(bold || i === 0 ? 'Helvetica-Bold' : 'Helvetica')
        .fillColor('#0b0c0c')
        .text(cell, x, y, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.y = y + height + 3;
    doc.moveTo(left, doc.y).lineTo(x, doc.y).lineWidth(0.5).strokeColor('#b1b4b6').stroke();
    doc.y += 3;
    doc.x = left;
  };
  line(columns, true);
  for (const row of rows) line(row, false);
  doc.moveDown(0.5);
}

/** A chart drawn as vector paths and real text from the same geometry as the page's SVG, then its data as a table. */
function chart(doc: Doc, spec: ChartSpec): void {
  heading(doc, spec.title, 12);
  if (spec.bars.length === 0) {
    doc.font('Helvetica').fontSize(10).text(spec.empty).moveDown(0.5);
    return;
  }
  const g = barChart(spec);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const scale = Math.min(1, width / g.width);
  room(doc, g.height * scale + 10);
  const x0 = doc.page.margins.left;
  const y0 = doc.y;
  doc
    .moveTo(x0 + g.axis.x * scale, y0 + g.axis.y1 * scale)
    .lineTo(x0 + g.axis.x * scale, y0 + g.axis.y2 * scale)
    .lineWidth(1)
    .strokeColor('#0b0c0c')
    .stroke();
  doc
    .font('Helvetica')
    .fontSize(9 * Math.max(scale, 0.9))
    .fillColor('#0b0c0c');
  for (const b of g.bars) {
    const textTop = y0 + (b.baseline - 9) * scale;
    doc.text(b.label, x0, textTop, { width: b.labelX * scale, align: 'right', lineBreak: false });
    if (b.width > 0)
      doc
        .rect(x0 + b.x * scale, y0 + b.y * scale, b.width * scale, b.height * scale)
        .fill(BLUE)
        .fillColor('#0b0c0c');
    doc.text(b.text, x0 + b.textX * scale, textTop, { lineBreak: false });
  }
  doc.x = x0;
  doc.y = y0 + g.height * scale + 6;
  const [first, second] = spec.columns;
  table(
    doc,
    [first, second],
    spec.bars.map((b) => [b.label, b.text]),
    [width * 0.65, width * 0.35],
  );
}

/**
 * The governors' report as a PDF: selectable text in the standard fonts, charts as vector
 * graphics, A4, each section on a new page, and the setting and year at the top of every page.
 */
export function governorReportPdf(report: GovernorReportFigures): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `${reportTitle(report)} – ${report.settingName}`,
      Subject: "Governors' annual safeguarding report",
      Creator: 'Safeguarding ledger',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGIN.left - MARGIN.right;

  doc.font('Helvetica-Bold').fontSize(20).text(reportTitle(report));
  doc
    .moveDown(0.5)
    .font('Helvetica')
    .fontSize(11)
    .text(`${report.settingName}, 1 September to 31 August (${report.from} to ${report.to}).`);
  doc.moveDown(0.5).fontSize(9).fillColor(GREY).text(REPORT_NOTE).fillColor('#0b0c0c');

  governorReportSections(report).forEach((section, i) => {
    if (i > 0) doc.addPage();
    heading(doc, section.heading, 16);
    table(doc, ['Measure', 'Figure'], section.facts, [width * 0.7, width * 0.3]);
    for (const spec of section.charts) chart(doc, spec);
    for (const t of section.tables) {
      heading(doc, t.caption, 12);
      if (t.rows.length === 0) doc.font('Helvetica').fontSize(10).text(t.empty).moveDown(0.5);
      else
        table(
          doc,
          t.columns,
          t.rows,
          t.columns.map((_, c) => (c === 0 ? width * 0.4 : (width * 0.6) / (t.columns.length - 1))),
        );
    }
  });

  // The running head and page number go on last, when the number of pages is known.
  const head = reportRunningHead(report);
  const range = doc.bufferedPageRange();
  for (let n = range.start; n < range.start + range.count; n++) {
    doc.switchToPage(n);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9).fillColor(GREY);
    doc.text(head, MARGIN.left, 30, { width, lineBreak: false });
    doc.text(`Page ${n + 1} of ${range.count}`, MARGIN.left, doc.page.height - 36, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
