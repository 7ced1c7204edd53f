import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { isPermitted } from '@ledger/access';
import { loadConfig } from '@ledger/config';
import { DomainError, newId, systemClock, type Actor } from '@ledger/kernel';
import { ExecuteCommand } from '@ledger/commands';
import { openLedger, type LedgerRuntime } from '@ledger/ledger';
import { completeErasures, PRIVACY_CATALOGUE, reviewRetention, subjectAccessExport, subjectAccessHtml } from '@ledger/privacy';
import { createDomainContext } from '../../../api/src/domain-context.js';
import { PERSONAL_DATA } from '../../../api/src/domain.module.js';

async function withRuntime<T>(work: (runtime: LedgerRuntime) => Promise<T>): Promise<T> {
  const runtime = await openLedger(loadConfig(), { personalData: PERSONAL_DATA });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

function refuse(code: string, message: string): void {
  process.stderr.write(`${code}: ${message}\n`);
  process.exitCode = 1;
}

/** Runs one privacy command through the same catalogue entry, validation and bus as the API's mutation. */
async function runPrivacyCommand(kind: 'EraseSubject' | 'ConfirmErasure', plain: Record<string, unknown>, actor: Actor): Promise<void> {
  const entry = PRIVACY_CATALOGUE.entry(kind);
  const input = plainToInstance(entry.input, plain);
  const problems = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.length > 0) {
    refuse('BAD_USER_INPUT', problems.map((p) => Object.values(p.constraints ?? {}).join('; ')).join('; '));
    return;
  }
  await withRuntime(async (runtime) => {
    await completeBeforeCommand(runtime);
    const app = await createDomainContext(runtime);
    try {
      const meta = { commandId: newId(), tenantId: input.tenantId, actor, occurredAt: systemClock.now().toISOString() };
      const { command, resultId } = entry.build(input, meta, newId);
      const result = await app.get(CommandBus).execute(new ExecuteCommand(entry, command));
      process.stdout.write(
        `${result.events.map((e) => `${e.type} at position ${e.position}`).join('\n')}\n${kind === 'EraseSubject' ? 'erasure' : 'confirmed'} ${resultId}\n`,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refuse(error.code, error.message);
    } finally {
      await app.close();
    }
  });
}

/** An erasure recorded before a crash is finished before anything else runs. */
async function completeBeforeCommand(runtime: LedgerRuntime): Promise<void> {
  const done = await completeErasures(runtime.ledger);
  if (done > 0) process.stderr.write(`Completed ${done} erasure(s) recorded before the last stop\n`);
}

const actorOf = (options: { actor: string; role: string }): Actor => ({ id: options.actor, role: options.role });

/** erase, retention review and subject-access: privacy and the law from the command line. */
export function registerPrivacyCommands(program: Command): void {
  program
    .command('erase')
    .description(
      'erase the personal data of one record on a lawful basis (appends SubjectErased, then destroys its key); a child-protection file waits for --confirm by a second person',
    )
    .requiredOption('--tenant <id>', 'the setting')
    .requiredOption('--actor <staffId>', 'who authorises (a DSL or the head)')
    .requiredOption('--role <role>', 'dsl or head')
    .option('--confirm <erasureId>', 'confirm a waiting erasure of a child-protection file (a second person)')
    .option('--kind <recordKind>', 'child_protection_file, allegation, staff_training_record, consent or device_search')
    .option('--person <id>', 'the pupil or member of staff the record is about')
    .option('--basis <basis>', 'consent_withdrawn, malicious_allegation, retention_expired or court_order')
    .option('--incident <id>', 'an allegation: its incident')
    .option('--document <id>', 'a consent: its document')
    .option('--consent <kind>', 'a consent: which consent')
    .option('--search <id>', 'a device search: its id')
    .option('--reference <text>', "a court order's reference")
    .action(async (options: Record<string, string | undefined> & { tenant: string; actor: string; role: string }) => {
      if (options.confirm !== undefined) {
        await runPrivacyCommand('ConfirmErasure', { tenantId: options.tenant, erasureId: options.confirm }, actorOf(options));
        return;
      }
      const plain = Object.fromEntries(
        Object.entries({
          tenantId: options.tenant,
          recordKind: options.kind,
          personId: options.person,
          basis: options.basis,
          incidentId: options.incident,
          documentId: options.document,
          consent: options.consent,
          searchId: options.search,
          reference: options.reference,
        }).filter(([, value]) => value !== undefined),
      );
      await runPrivacyCommand('EraseSubject', plain, actorOf(options));
    });

  const retention = program.command('retention').description('retention of records (IRMS toolkit defaults, per setting)');
  retention
    .command('review')
    .description('print the records whose retention has ended (JSON): the rule version, the dates, and what holds or extensions keep')
    .requiredOption('--tenant <id>', 'the setting')
    .option('--on <date>', 'the day to review for (YYYY-MM-DD); default today')
    .action(async (options: { tenant: string; on?: string }) => {
      await withRuntime(async (runtime) => {
        const on = options.on ?? systemClock.now().toISOString().slice(0, 10);
        const { rows, register } = await reviewRetention(runtime.ledger, options.tenant, on);
        const holds = Object.values(register.holds).filter((h) => !h.lifted);
        process.stdout.write(`${JSON.stringify({ on, rows, holds }, null, 2)}\n`);
      });
    });

  program
    .command('subject-access')
    .description(
      "write everything the ledger holds about one person (UK GDPR Art. 15) as JSON to --out and as a readable HTML page beside it; other people's information is withheld; the export is recorded in the ledger",
    )
    .requiredOption('--tenant <id>', 'the setting')
    .requiredOption('--subject <id>', 'the pupil or member of staff')
    .requiredOption('--out <file>', 'the JSON file to write (the HTML page goes to the same name ending .html)')
    .requiredOption('--actor <staffId>', 'who produces it (a DSL or the head)')
    .requiredOption('--role <role>', 'dsl or head')
    .action(async (options: { tenant: string; subject: string; out: string; actor: string; role: string }) => {
      // The same row of the permission table the API's subjectAccessExport query is checked against.
      if (!isPermitted(options.role, 'subjectAccessExport')) {
        refuse('COMMAND.ROLE_NOT_PERMITTED', `A ${options.role} may not produce a subject access export`);
        return;
      }
      await withRuntime(async (runtime) => {
        await completeBeforeCommand(runtime);
        const sar = await subjectAccessExport(runtime.ledger, systemClock, {
          tenantId: options.tenant,
          subjectId: options.subject,
          actor: actorOf(options),
        });
        const html = options.out.replace(/\.json$/i, '') + '.html';
        writeFileSync(options.out, `${JSON.stringify(sar, null, 2)}\n`, { mode: 0o600 });
        writeFileSync(html, subjectAccessHtml(sar), { mode: 0o600 });
        process.stdout.write(
          `Wrote ${sar.entries.length} records about ${options.subject} to ${options.out} and ${html} (export ${sar.exportId})\n`,
        );
      });
    });
}
