#!/usr/bin/env node
/** The `swarmgate` command: one entry point, a subcommand per job. */
import { Command } from 'commander';
import { registerBenchCommand } from './commands/bench.js';
import { registerConfigCommand } from './commands/config.js';
import { registerControlCommand } from './commands/control.js';
import { registerDbCommand } from './commands/db.js';
import { registerEngineCommand } from './commands/engine.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerStartCommand } from './commands/start.js';

const program = new Command('swarmgate')
  .description('Swarmgate private BitTorrent tracker')
  .option('-c, --config <file>', 'JSON configuration file (environment variables take precedence)');

registerStartCommand(program);
registerEngineCommand(program);
registerControlCommand(program);
registerMigrateCommand(program);
registerConfigCommand(program);
registerDbCommand(program);
registerBenchCommand(program);

await program.parseAsync();
