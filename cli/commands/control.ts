/** `swarmgate control`: the gRPC control plane alone, against an already migrated database. */
import type { Command } from 'commander';
import { ControlServer } from '../../control/server/control-server.js';
import { commandContext } from '../context.js';
import { runNode } from '../runtime.js';

export function registerControlCommand(program: Command): void {
  program
    .command('control')
    .description('run only the gRPC control plane (the schema must be migrated)')
    .action(async () => {
      const { config, log } = commandContext(program.opts());
      await runNode(config, log, 'require-current', async (runtime) => {
        const control = await ControlServer.start({ config: config.control, dataDir: config.dataDir, pool: runtime.pool, bus: runtime.bus, log: log.child({ module: 'control' }) });
        runtime.onStop(() => control.stop());
        log.info({ control: `${config.control.host}:${control.port}` }, 'swarmgate control plane ready');
      });
    });
}
