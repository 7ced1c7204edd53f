import { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { APP_VERSION, reportFailure, serveUntilSignalled } from '../../api/src/index.js';
import { registerStoreCommands } from './commands/store-commands.js';
import { registerDemoCommand } from './demo/demo.command.js';
import { registerVerifyCommand } from './commands/verify.command.js';

const program = new Command()
  .name('ledger')
  .description('The safeguarding audit ledger: run it, export and import its log, rebuild its views')
  .version(APP_VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('start the GraphQL API (same as npm start); stops cleanly on SIGTERM/SIGINT')
  .action(async () => {
    await serveUntilSignalled(loadConfig()).catch((error: unknown) => reportFailure(error));
  });

registerStoreCommands(program);
registerDemoCommand(program);
registerVerifyCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportFailure(error, `ledger ${program.args[0] ?? ''} failed`.replace('  ', ' '));
}
