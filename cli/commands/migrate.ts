/** `swarmgate migrate up|status|partitions`: schema migrations against the configured database. */
import type { Command } from 'commander';
import { openDatabaseServer } from '../../core/database-server.js';
import { createUpcomingPartitions, migrateUp, migrationStatus } from '../../core/migrations.js';
import { commandContext } from '../context.js';

async function withDatabase(program: Command, fn: (url: string) => Promise<void>): Promise<void> {
  const { config, log } = commandContext(program.opts());
  const server = await openDatabaseServer(config, log);
  try {
    await fn(server.url);
  } finally {
    await server.stop();
  }
}

export function registerMigrateCommand(program: Command): void {
  const migrate = program.command('migrate').description('database schema migrations');

  migrate
    .command('up')
    .description('apply every pending migration')
    .action(() =>
      withDatabase(program, async (url) => {
        const applied = await migrateUp(url);
        process.stdout.write(applied.length ? applied.map((n) => `applied  ${n}\n`).join('') : 'schema is up to date\n');
      }),
    );

  migrate
    .command('status')
    .description('list every migration and when it was applied')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) =>
      withDatabase(program, async (url) => {
        const states = await migrationStatus(url);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(states, null, 2)}\n`);
          return;
        }
        for (const s of states) {
          process.stdout.write(`${s.appliedAt ? 'applied' : 'pending'}  ${s.name}${s.appliedAt ? `  ${s.appliedAt.toISOString()}` : ''}\n`);
        }
        const pending = states.filter((s) => !s.appliedAt).length;
        process.stdout.write(`${states.length - pending} applied, ${pending} pending\n`);
      }),
    );

  migrate
    .command('partitions')
    .description('create the monthly partitions of the time-series tables for upcoming months')
    .option('--months <n>', 'months ahead, starting with the current one', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 120) throw new Error(`--months must be a whole number from 1 to 120, got ${v}`);
      return n;
    }, 3)
    .action((options: { months: number }) =>
      withDatabase(program, async (url) => {
        await createUpcomingPartitions(url, options.months);
        process.stdout.write(`partitions exist for ${options.months} month(s) from this one\n`);
      }),
    );
}
