import type { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { exportLog, importLog, openLedger, Projector, type LedgerRuntime } from '@ledger/ledger';
import { PROJECTIONS } from '../../../api/src/projections.js';
import { progressBar } from './progress.js';

/** Opens the configured store for one command; `readOnly` for commands that only read (nothing is written, no migration). */
async function withLedger<T>(work: (runtime: LedgerRuntime) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  const readOnly = options.readOnly ?? false;
  const runtime = await openLedger(loadConfig(process.env, { readOnly }), { readOnly });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** export, import and rebuild: commands that work on the configured store directly. */
export function registerStoreCommands(program: Command): void {
  program
    .command('export')
    .description('write the raw log as JSON Lines in global order (every field, hashes included)')
    .requiredOption('--out <file>', 'file to write')
    .option('--with-keys', 'also write the wrapped subject keys to <file>.keys.jsonl')
    .action(async (options: { out: string; withKeys?: boolean }) => {
      await withLedger(
        async ({ store, keys }) => {
          const total = Number(await store.headPosition());
          const bar = progressBar('export', total);
          const keysFile = options.withKeys ? `${options.out}.keys.jsonl` : undefined;
          const result = await exportLog(store, options.out, { keys, keysFile, onProgress: (n) => bar.update(n) });
          bar.stop();
          process.stdout.write(
            `Exported ${result.events} events to ${options.out}${keysFile ? ` and ${result.keys} subject keys to ${keysFile}` : ''}\n`,
          );
        },
        { readOnly: true },
      );
    });

  program
    .command('import')
    .description('load an export into an empty store; refuses a file whose hash chain does not verify')
    .argument('<file>', 'an export written by ledger export')
    .option('--keys <file>', 'the subject keys written by ledger export --with-keys')
    .action(async (file: string, options: { keys?: string }) => {
      await withLedger(async ({ store, keys }) => {
        let bar: ReturnType<typeof progressBar> | undefined;
        const result = await importLog(store, file, {
          keys,
          keysFile: options.keys,
          onProgress: (n, total) => {
            bar ??= progressBar('import', total);
            bar.update(n);
          },
        });
        bar?.stop();
        process.stdout.write(`Imported ${result.events} events and ${result.keys} subject keys from ${file}\n`);
      });
    });

  program
    .command('rebuild')
    .description('replay projections from zero (all of them, or the one named)')
    .argument('[name]', `one of: ${PROJECTIONS.map((p) => p.name).join(', ')}`)
    .action(async (name?: string) => {
      await withLedger(async ({ store, readModels }) => {
        const projector = new Projector(store, readModels, PROJECTIONS);
        const names = name ? [name] : PROJECTIONS.map((p) => p.name);
        const head = Number(await store.headPosition());
        for (const projection of names) {
          const bar = progressBar(`rebuild ${projection}`, head);
          const started = Date.now();
          await projector.rebuild(projection, (position) => bar.update(Number(position)));
          bar.update(head);
          bar.stop();
          process.stdout.write(`Rebuilt ${projection} up to position ${head} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        }
      });
    });
}
