import type { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { openLedger, readExport, verifyLog, type VerifyReport } from '@ledger/ledger';
import { progressBar } from './progress.js';

function report(result: VerifyReport, source: string): number {
  if (result.problem) {
    const p = result.problem;
    process.stderr.write(
      `VERIFY FAILED at event ${p.id} (stream ${p.stream}, revision ${p.revision}, position ${p.position}): ${p.what}\n`,
    );
    process.stdout.write(`${result.events} events verified before the problem in ${source}\n`);
    return 1;
  }
  process.stdout.write(
    `OK: ${result.events} events in ${result.streams} streams of ${source}; every hash and chain holds. Merkle root (RFC 6962) ${result.root}\n`,
  );
  return 0;
}

/** `ledger verify`: recompute every hash, chain and the Merkle root, from the store or an export. */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('recompute every event hash, every stream chain and the Merkle root; exit 1 naming the first bad event')
    .option('--export <file>', 'verify an export file instead of the store (no database needed)')
    .action(async (options: { export?: string }) => {
      const started = Date.now();
      let code: number;
      if (options.export) {
        let total = 0;
        for await (const _ of readExport(options.export)) total += 1;
        const bar = progressBar('verify', total);
        const result = await verifyLog(readExport(options.export), (n) => bar.update(n));
        bar.stop();
        code = report(result, options.export);
      } else {
        const runtime = await openLedger(loadConfig());
        try {
          const total = Number(await runtime.store.headPosition());
          const bar = progressBar('verify', total);
          const result = await verifyLog(runtime.store.readAll({ batchSize: 5000 }), (n) => bar.update(n));
          bar.stop();
          code = report(result, `the ${runtime.store.adapter} store`);
        } finally {
          await runtime.close();
        }
      }
      process.stdout.write(`(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      process.exitCode = code;
    });
}
