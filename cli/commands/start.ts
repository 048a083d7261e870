/**
 * `swarmgate start`: everything on one node. Opens the database (embedded unless DATABASE_URL is
 * set), migrates it, creates the administrator on first run, then starts the planes (the engine,
 * then the gRPC control plane, then the background jobs). Stops them in reverse order on SIGINT/SIGTERM.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { bootstrapAdministrator, type AdministratorCredentials } from '../../control/bootstrap.js';
import { ControlServer } from '../../control/server/control-server.js';
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/log.js';
import { announceUrl, publicBaseUrl } from '../../core/public-url.js';
import { commandContext } from '../context.js';
import { createJobs, planePorts, runNode, startEngine, startJobs } from '../runtime.js';

/** Where the first-run credentials go when no person is watching stdout. */
export const CREDENTIALS_FILE = 'first-run-credentials.txt';

/**
 * The one-time credentials go to a person, never into the log stream a collector stores: to the
 * terminal when stdout is one, otherwise into a file only root can read, which the log line names.
 */
function handOver(admin: AdministratorCredentials, config: Config, log: Logger): void {
  const text = [
    'Administrator account created. These credentials are shown once; store them now.',
    `  username:  ${admin.username}`,
    `  password:  ${admin.password}`,
    `  API token: ${admin.apiToken}`,
    '',
  ].join('\n');
  if (process.stdout.isTTY) return void process.stdout.write(`\n${text}\n`);
  const file = join(resolve(config.dataDir), CREDENTIALS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  log.warn({ file }, 'administrator account created: its one-time password and API token are in this file (mode 0600); store them and delete the file');
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('run everything on one node (embedded PostgreSQL unless DATABASE_URL is set)')
    .action(async () => {
      const { config, log } = commandContext(program.opts());
      await runNode(config, log, 'migrate', planePorts(config, { engine: true, control: true }), async (runtime) => {
        const admin = await bootstrapAdministrator(runtime.pool);
        if (admin) handOver(admin, config, log);
        const jobs = createJobs(config, runtime, log);
        await startEngine(config, runtime, log);
        // Started after the engine and so stopped before it: no change is accepted that the engine could miss.
        const control = await ControlServer.start({ settings: config, pool: runtime.pool, bus: runtime.bus, log: log.child({ module: 'control' }), jobs });
        runtime.onStop(() => control.stop());
        // Jobs publish events the engine must see: started last, stopped first.
        startJobs(jobs, runtime);
        const announce = announceUrl(publicBaseUrl(config), '<passkey>');
        const controlAddress = `${config.control.host}:${control.port}`;
        log.info({ database: runtime.embedded ? 'embedded' : 'external', announce, control: controlAddress }, `swarmgate ready: clients announce at ${announce}`);
      });
    });
}
