/** `swarmgate control`: the gRPC control plane and the background jobs, against an already migrated database. */
import type { Command } from 'commander';
import { ControlServer } from '../../control/server/control-server.js';
import { commandContext } from '../context.js';
import { createJobs, planePorts, runNode, startJobs } from '../runtime.js';

export function registerControlCommand(program: Command): void {
  program
    .command('control')
    .description('run only the gRPC control plane and the background jobs (the schema must be migrated)')
    .action(async () => {
      const { config, log } = commandContext(program.opts());
      await runNode(config, log, 'require-current', planePorts(config, { control: true }), async (runtime) => {
        const jobs = createJobs(config, runtime, log);
        const control = await ControlServer.start({ settings: config, pool: runtime.pool, bus: runtime.bus, log: log.child({ module: 'control' }), jobs });
        runtime.onStop(() => control.stop());
        startJobs(jobs, runtime);
        log.info({ control: `${config.control.host}:${control.port}` }, 'swarmgate control plane ready');
      });
    });
}
