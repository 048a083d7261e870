/**
 * `swarmgate start`: everything on one node. Opens the database (embedded unless DATABASE_URL is
 * set), migrates it, creates the administrator on first run, then starts the planes (the engine,
 * then the gRPC control plane). Stops them in reverse order on SIGINT/SIGTERM.
 */
import type { Command } from 'commander';
import { bootstrapAdministrator } from '../../control/bootstrap.js';
import { ControlServer } from '../../control/server/control-server.js';
import { commandContext } from '../context.js';
import { runNode, startEngine } from '../runtime.js';

function printCredentials(admin: { username: string; password: string; apiToken: string }): void {
  process.stdout.write(
    [
      '',
      'Administrator account created. These credentials are shown once; store them now.',
      `  username:  ${admin.username}`,
      `  password:  ${admin.password}`,
      `  API token: ${admin.apiToken}`,
      '',
      '',
    ].join('\n'),
  );
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run everything on one node (embedded PostgreSQL unless DATABASE_URL is set)')
    .action(async () => {
      const { config, log } = commandContext(program.opts());
      await runNode(config, log, 'migrate', async (runtime) => {
        const admin = await bootstrapAdministrator(runtime.pool);
        if (admin) printCredentials(admin);
        await startEngine(config, runtime, log);
        // Started after the engine and so stopped before it: no change is accepted that the engine could miss.
        const control = await ControlServer.start({ config: config.control, dataDir: config.dataDir, pool: runtime.pool, bus: runtime.bus, log: log.child({ module: 'control' }) });
        runtime.onStop(() => control.stop());
        const announce = `http://${config.engine.host}:${config.engine.port}/<passkey>/announce`;
        const controlAddress = `${config.control.host}:${control.port}`;
        log.info({ database: runtime.embedded ? 'embedded' : 'external', announce, control: controlAddress }, 'swarmgate ready');
      });
    });
}
