import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '@ledger/config';
import { MerkleLog, openLedger, ProofService } from '@ledger/ledger';
import { buildTransferPackage, transferPackageBytes, verifyTransferPackage } from '@ledger/statutory';
import { PERSONAL_DATA } from '../../../api/src/index.js';

/** transfer-package and verify-transfer: a child-protection file as it travels, and its check with no database. */
export function registerTransferCommands(program: Command): void {
  program
    .command('transfer-package')
    .description(
      'write the package of a child-protection file transfer this setting sent (events, proofs, personal fields for the receiver)',
    )
    .requiredOption('--tenant <setting>', 'the sending setting')
    .requiredOption('--transfer <id>', 'the transfer id')
    .requiredOption('--out <file>', 'where to write the package (JSON)')
    .action(async (options: { tenant: string; transfer: string; out: string }) => {
      const runtime = await openLedger(loadConfig(), { personalData: PERSONAL_DATA });
      try {
        const tree = new MerkleLog(runtime.store, runtime.merkleTree);
        await tree.load();
        await tree.catchUp();
        const pkg = await buildTransferPackage(runtime.ledger, new ProofService(runtime.store, tree), options.tenant, options.transfer);
        writeFileSync(options.out, transferPackageBytes(pkg));
        process.stdout.write(
          `Wrote ${options.out}: ${pkg.records.length} records proven against the checkpoint of ${pkg.checkpoint.treeSize} events\n`,
        );
      } finally {
        await runtime.close();
      }
    });

  program
    .command('verify-transfer')
    .description('check a child-protection file transfer package with no database: hashes, Merkle paths, signature; exit 1 if any fails')
    .argument('<file>', 'the package')
    .option('--key <pem...>', 'public key file(s) pinned out of band; the checkpoint must be signed by one of them')
    .action((file: string, options: { key?: string[] }) => {
      const checks = verifyTransferPackage(
        readFileSync(file),
        options.key?.map((f) => readFileSync(f, 'utf8')),
      );
      const failed = checks.filter((c) => !c.ok);
      for (const c of failed) process.stdout.write(`FAIL ${c.what}\n`);
      process.stdout.write(
        failed.length === 0
          ? `OK: all ${checks.length} checks of the transfer package hold\n`
          : `${failed.length} of ${checks.length} check(s) failed\n`,
      );
      if (!options.key) process.stdout.write('(no --key given: compare the key id with the one you pinned)\n');
      process.exitCode = failed.length === 0 ? 0 : 1;
    });
}
