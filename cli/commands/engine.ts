/** `swarmgate engine`: the announce/scrape engine alone, against an already migrated database. */
import type { Command } from 'commander';
import { commandContext } from '../context.js';
import { planePorts, runNode, startEngine } from '../runtime.js';

export function registerEngineCommand(program: Command): void {
  program
    .command('engine')
    .description('run only the announce/scrape engine (the schema must be migrated)')
    .action(async () => {
      const { config, log } = commandContext(program.opts());
      await runNode(config, log, 'require-current', planePorts(config, { engine: true }), async (runtime) => {
        await startEngine(config, runtime, log);
        log.info('swarmgate engine ready');
      });
    });
}
