import type { Command } from 'commander';
import { CommandBus } from '@nestjs/cqrs';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@ledger/config';
import { newId, systemClock } from '@ledger/kernel';
import { loadSigningKey, MerkleLog, Notary, openLedger, ProofService } from '@ledger/ledger';
import { buildDayOnePack, STATUTORY_CATALOGUE } from '@ledger/statutory';
import { createDomainContext, PERSONAL_DATA } from '../../../api/src/index.js';

/** day-one: the inspection day-one pack of one setting, as a zip; generating it is recorded in the ledger. */
export function registerDayOneCommand(program: Command): void {
  program
    .command('day-one')
    .description(
      'write the inspection day-one pack of a setting (HTML, CSV, signed checkpoint, a proof for every record cited) and record it',
    )
    .requiredOption('--tenant <setting>', 'the setting')
    .requiredOption('--out <file>', 'where to write the zip')
    .option('--actor <staffId>', 'who is generating it (recorded)', 'ledger-cli')
    .option('--role <role>', 'the role they act in: head, dsl or deputy_dsl', 'head')
    .option('--academic-year <year>', 'the academic year (starting 1 September) for referrals; default the current one')
    .action(async (options: { tenant: string; out: string; actor: string; role: string; academicYear?: string }) => {
      const config = loadConfig();
      const runtime = await openLedger(config, { personalData: PERSONAL_DATA });
      try {
        // Sign a checkpoint of everything so far, so that every record cited has its proof now.
        const tree = new MerkleLog(runtime.store, runtime.merkleTree);
        await new Notary(
          runtime.ledger,
          tree,
          () => loadSigningKey(config.dataDir),
          { every: 1, intervalMs: 3_600_000 },
          systemClock,
        ).catchUpAndSign();
        const now = systemClock.now().toISOString();
        const year = options.academicYear === undefined ? undefined : Number(options.academicYear);
        if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
          throw new Error('--academic-year must be a year such as 2024');
        const pack = await buildDayOnePack(runtime.store, new ProofService(runtime.store, tree), options.tenant, {
          today: now.slice(0, 10),
          generatedAt: now,
          academicYear: year,
        });
        writeFileSync(options.out, pack.zip);
        const app = await createDomainContext(runtime);
        try {
          await app.get(CommandBus).execute(
            STATUTORY_CATALOGUE.execute({
              kind: 'RecordDayOnePack',
              packId: newId(),
              packSha256: pack.sha256,
              checkpointTreeSize: pack.checkpointTreeSize,
              recordsCited: pack.recordsCited,
              academicYear: pack.academicYear,
              commandId: newId(),
              tenantId: options.tenant,
              actor: { id: options.actor, role: options.role as never },
              occurredAt: now,
            }),
          );
        } finally {
          await app.close();
        }
        process.stdout.write(
          `Wrote ${options.out} (SHA-256 ${pack.sha256}): ${pack.files.length} files, ${pack.recordsCited} records proven against the checkpoint of ${pack.checkpointTreeSize} events; recorded as DayOnePackGenerated\n`,
        );
      } finally {
        await runtime.close();
      }
    });
}
