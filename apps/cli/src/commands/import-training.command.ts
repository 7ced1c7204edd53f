import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CommandBus } from '@nestjs/cqrs';
import { loadConfig } from '@ledger/config';
import { ComplianceViews, trainingFacts, trainingStatusProjection, type CheckedImportRow } from '@ledger/compliance';
import { systemClock } from '@ledger/kernel';
import { openLedger } from '@ledger/ledger';
import { TRAINING_CATALOGUE, TRAINING_ROLES } from '@ledger/training';
import { createDomainContext, PERSONAL_DATA } from '../../../api/src/index.js';
import { progressBar } from './progress.js';

interface ImportOptions {
  tenant: string;
  as: string;
  dryRun?: boolean;
  staffColumn?: string;
  courseColumn?: string;
  dateColumn?: string;
  providerColumn?: string;
}

/** A bar on a terminal only: piped output and logs stay plain lines. */
const barFor = (total: number) => (process.stderr.isTTY ? progressBar('import-training', total) : { update: () => {}, stop: () => {} });

/** The plain-English problem, then its stable code for whoever supports the school. */
const line = (row: CheckedImportRow) => `  ${row.problem!.message} [${row.problem!.code}]\n`;

/**
 * `ledger import-training FILE.csv --tenant T --as STAFF_ID [--dry-run]`: the same check the web
 * app's import runs (one shared module), then one RecordCompletion per good row with the ids the
 * check derived from the row, so importing the same file twice records nothing new.
 */
export function registerImportTrainingCommand(program: Command): void {
  program
    .command('import-training')
    .description(
      'import a CSV of training completions (staff name or id, course, date completed, provider); bad rows are named and skipped',
    )
    .argument('<file>', 'the CSV file, header row first')
    .requiredOption('--tenant <id>', 'the setting the completions are recorded for')
    .requiredOption('--as <staffId>', 'the member of staff recording them (head or SLT; the ledger records who)')
    .option('--dry-run', 'check every row and say what would be recorded; record nothing')
    .option('--staff-column <name>', 'the column naming the member of staff (default: guessed from the header)')
    .option('--course-column <name>', 'the column naming the course (default: guessed)')
    .option('--date-column <name>', 'the column with the date completed (default: guessed)')
    .option('--provider-column <name>', 'the column naming the provider (default: guessed)')
    .action(async (file: string, options: ImportOptions) => {
      const csv = await readFile(file, 'utf8');
      const config = loadConfig();
      const runtime = await openLedger(config, { personalData: PERSONAL_DATA });
      const app = await createDomainContext(runtime);
      try {
        const views = new ComplianceViews(runtime.store, runtime.readModels, systemClock, 2000, (s) => runtime.ledger.readStream(s));
        // Replayed from the log as known now: correct whether or not a server's projector is running.
        const now = { knownAt: systemClock.now().toISOString() };
        const facts = trainingFacts(await views.documents(trainingStatusProjection, options.tenant, now));
        const role = facts.staff[options.as]?.roles.find((r) => (TRAINING_ROLES.RecordCompletion as readonly string[]).includes(r));
        if (!role) throw new Error(`--as ${options.as} is not a member of staff of ${options.tenant} who may record training.`);
        const check = await views.trainingImportCheck(
          options.tenant,
          csv,
          { staff: options.staffColumn, course: options.courseColumn, completedOn: options.dateColumn, provider: options.providerColumn },
          now,
        );
        const { staff, course, completedOn, provider } = check.mapping;
        process.stdout.write(`Columns: staff "${staff}", course "${course}", date completed "${completedOn}", provider "${provider}"\n`);
        const bad = check.rows.filter((r) => r.problem);
        if (bad.length > 0) process.stdout.write(`${bad.length} row(s) cannot be recorded:\n${bad.map(line).join('')}`);
        if (options.dryRun) {
          process.stdout.write(`Dry run: ${check.good} row(s) would be recorded; nothing was recorded.\n`);
          return;
        }
        const good = check.rows.filter((r) => !r.problem);
        const bus = app.get(CommandBus);
        const bar = barFor(good.length);
        let recorded = 0;
        const refused: string[] = [];
        for (const [i, row] of good.entries()) {
          try {
            const result = await bus.execute(
              TRAINING_CATALOGUE.execute({
                kind: 'RecordCompletion',
                completionId: row.completionId!,
                staffId: row.staffId!,
                courseId: row.courseId!,
                completedOn: row.completedOn,
                provider: row.provider,
                commandId: row.commandId!,
                tenantId: options.tenant,
                actor: { id: options.as, role },
                occurredAt: row.occurredAt!,
              }),
            );
            if (!result.replayed) recorded += 1;
          } catch (error) {
            refused.push(
              `  row ${row.row}: refused by the ledger (${(error as { code?: string }).code ?? 'error'}): ${(error as Error).message}\n`,
            );
          }
          bar.update(i + 1);
        }
        bar.stop();
        if (refused.length > 0) process.stdout.write(`${refused.length} row(s) were refused:\n${refused.join('')}`);
        process.stdout.write(`Recorded ${recorded} completion(s) from ${file}.\n`);
        if (refused.length > 0) process.exitCode = 1;
      } finally {
        await app.close();
        await runtime.close();
      }
    });
}
