/** The governors' report as a document: the figures the query returns, as a PDF or one self-contained HTML file. */
export { governorReportFigures } from './governor-report-figures.js';
export { governorReportHtml } from './governor-report.html.js';
export { governorReportPdf } from './governor-report.pdf.js';
