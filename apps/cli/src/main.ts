import { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { APP_VERSION, reportStartupFailure, serveUntilSignalled } from '../../api/src/index.js';

const program = new Command()
  .name('ledger')
  .description('The safeguarding audit ledger: run it, load demo data, export, verify and report')
  .version(APP_VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('start the GraphQL API (same as npm start); stops cleanly on SIGTERM/SIGINT')
  .action(async () => {
    try {
      await serveUntilSignalled(loadConfig());
    } catch (error) {
      reportStartupFailure(error);
    }
  });

await program.parseAsync(process.argv);
