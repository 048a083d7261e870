/**
 * `swarmgate db url`: the PostgreSQL connection URL Swarmgate uses, ready for `psql "$(swarmgate db url)"`:
 * DATABASE_URL when set, otherwise the embedded database's (user swarmgate, database swarmgate, on
 * 127.0.0.1 at the embedded port, its generated password read from <dataDir>/embedded-postgres.json).
 * The embedded server runs only while `swarmgate start` does.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { EMBEDDED_PASSWORD_FILE, embeddedDatabaseUrl } from '../../core/embedded-postgres.js';
import { commandContext } from '../context.js';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('the database Swarmgate uses');
  db.command('url')
    .description('print the PostgreSQL connection URL (DATABASE_URL, or the embedded database\'s), e.g. psql "$(swarmgate db url)"')
    .action(() => {
      const { config } = commandContext(program.opts());
      if (config.databaseUrl) return void process.stdout.write(`${config.databaseUrl}\n`);
      const passwordFile = join(resolve(config.dataDir), EMBEDDED_PASSWORD_FILE);
      if (!existsSync(passwordFile)) {
        process.stderr.write(`swarmgate: no embedded database under ${resolve(config.dataDir)} yet (DATABASE_URL is not set either); run \`swarmgate start\` once\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${embeddedDatabaseUrl(config.dataDir, config.embeddedPostgres.port)}\n`);
    });
}
