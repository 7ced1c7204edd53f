/** Charts for reports, as plain geometry the web page, the HTML report and the PDF all draw: pure, browser-safe. */
export * from './bar-chart.js';
export * from './governor-report-charts.js';
