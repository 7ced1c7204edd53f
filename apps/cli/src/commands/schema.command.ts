import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { schemaSdl, startServer } from '../../../api/src/index.js';

/** `ledger schema`: prints (or writes) the GraphQL schema the API serves. */
export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('print the GraphQL schema (SDL) the API serves; --out writes it to a file (npm run schema updates schema.graphql)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: { out?: string }) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ledger-schema-'));
      try {
        const server = await startServer(
          loadConfig({ PORT: '0', HOST: '127.0.0.1', LEDGER_DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' }),
        );
        const sdl = schemaSdl(server.app);
        await server.close();
        if (options.out) writeFileSync(options.out, sdl);
        else process.stdout.write(sdl);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
}
