import { Command } from 'commander';
import { loadConfig } from '@ledger/config';
import { APP_VERSION, demoBanner, readableLogs, reportFailure, serveUntilSignalled } from '../../api/src/index.js';
import { registerStoreCommands } from './commands/store-commands.js';
import { CommandBus } from '@nestjs/cqrs';
import { Logger } from 'nestjs-pino';
import { loadDemo, parseSeed, printDemoSignInLinks, registerDemoCommand } from './demo/demo.command.js';
import { DEMO_SETTINGS } from './demo/demo-plan.js';
import { registerVerifyCommand } from './commands/verify.command.js';
import { registerProjectCommand } from './commands/project.command.js';
import { registerProofCommands } from './commands/proof.command.js';
import { registerTokenCommand } from './commands/token.command.js';
import { registerSchemaCommand } from './commands/schema.command.js';
import { registerBackupCommands } from './commands/backup.command.js';
import { registerSignInLinkCommand } from './commands/sign-in-link.command.js';
import { registerReportCommand } from './commands/report.command.js';
import { registerImportTrainingCommand } from './commands/import-training.command.js';
import { registerTransferCommands } from './commands/transfer.command.js';
import { registerDayOneCommand } from './commands/day-one.command.js';
import { registerPrivacyCommands } from './commands/privacy.command.js';

const program = new Command()
  .name('ledger')
  .description('The safeguarding audit ledger: run it, export and import its log, rebuild its views')
  .version(APP_VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('start the GraphQL API (same as npm start); stops cleanly on SIGTERM/SIGINT')
  .option('--demo [seed]', 'also load the demo trust (see ledger demo) once the API is up')
  .action(async (options: { demo?: string | boolean }) => {
    const seed = options.demo === undefined || options.demo === false ? undefined : parseSeed(options.demo === true ? '1' : options.demo);
    const config = loadConfig();
    await serveUntilSignalled(config, async (server) => {
      if (seed === undefined) return;
      server.app.get(Logger).log(await loadDemo(server.app.get(CommandBus), seed), 'Ledger');
      if (readableLogs(config)) process.stdout.write(demoBanner(DEMO_SETTINGS.map((setting) => setting.id)));
      await printDemoSignInLinks(config, seed, server.url);
    }).catch((error: unknown) => reportFailure(error));
  });

registerStoreCommands(program);
registerDemoCommand(program);
registerVerifyCommand(program);
registerProjectCommand(program);
registerProofCommands(program);
registerTokenCommand(program);
registerSchemaCommand(program);
registerBackupCommands(program);
registerSignInLinkCommand(program);
registerReportCommand(program);
registerImportTrainingCommand(program);
registerTransferCommands(program);
registerDayOneCommand(program);
registerPrivacyCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportFailure(error, `ledger ${program.args[0] ?? ''} failed`.replace('  ', ' '));
}
