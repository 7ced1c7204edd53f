import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ComplianceViews } from '@ledger/compliance';
import { loadConfig } from '@ledger/config';
import { systemClock } from '@ledger/kernel';
import { openLedger } from '@ledger/ledger';
import { governorReportFigures, governorReportHtml, governorReportPdf } from '../../../api/src/reports/index.js';

const FORMATS = ['pdf', 'html'] as const;

/** Refusals of the command line, each with a stable code first. */
function refuse(code: string, message: string): never {
  process.stderr.write(`${code}: ${message}\n`);
  process.exit(2);
}

/** `ledger report governors`: the governors' annual report as a PDF or one self-contained HTML file. */
export function registerReportCommand(program: Command): void {
  const report = program.command('report').description('write a report of the ledger as a file');
  report
    .command('governors')
    .description("the governors' annual safeguarding report for an academic year (anonymised, as the governorReport query)")
    .requiredOption('--tenant <id>', 'the setting')
    .requiredOption('--year <year>', 'the academic year by the year it starts (2024 = 2024/25)')
    .requiredOption('--out <file>', 'file to write')
    .option('--format <format>', 'pdf, or html for one self-contained HTML file (inline CSS and SVG, no scripts)', 'pdf')
    .option('--known-at <moment>', 'the report as the ledger knew it at this moment (ISO-8601); default now')
    .action(async (options: { tenant: string; year: string; out: string; format: string; knownAt?: string }) => {
      const year = Number(options.year);
      if (!/^\d{4}$/.test(options.year) || year < 2000 || year > 2100)
        refuse('REPORT.BAD_YEAR', '--year must be a year from 2000 to 2100, e.g. 2024 for 2024/25');
      if (!(FORMATS as readonly string[]).includes(options.format)) refuse('REPORT.BAD_FORMAT', '--format must be pdf or html');
      if (options.knownAt !== undefined && Number.isNaN(Date.parse(options.knownAt)))
        refuse('REPORT.BAD_MOMENT', '--known-at must be an ISO-8601 date or date-time');
      const started = performance.now();
      const runtime = await openLedger(loadConfig(process.env, { readOnly: true }), { readOnly: true });
      try {
        const views = new ComplianceViews(runtime.store, runtime.readModels, systemClock);
        if ((await views.settingName(options.tenant)) === null)
          refuse('REPORT.UNKNOWN_SETTING', `the ledger has no setting ${options.tenant}`);
        // Replayed from the log as known now (or then): the same figures as the live view, with no projector needed.
        const knownAt = options.knownAt ?? systemClock.now().toISOString();
        const figures = await governorReportFigures(views, options.tenant, year, { knownAt });
        const body = options.format === 'html' ? governorReportHtml(figures) : await governorReportPdf(figures);
        writeFileSync(options.out, body);
        const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
        process.stdout.write(
          `Wrote the governors' report ${figures.academicYear} of ${figures.settingName} to ${options.out} (${options.format}, ${bytes} bytes, ${Math.round(performance.now() - started)} ms)\n`,
        );
      } finally {
        await runtime.close();
      }
    });
}
