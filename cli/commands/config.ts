/** `swarmgate config`: the effective configuration, secrets redacted. */
import type { Command } from 'commander';
import { describeConfig } from '../../core/config.js';
import { commandContext } from '../context.js';

export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('print the effective configuration (secrets redacted)')
    .option('--json', 'machine-readable output')
    .action((options: { json?: boolean }) => {
      const { config } = commandContext(program.opts());
      const rows = describeConfig(config);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(Object.fromEntries(rows.map((r) => [r.path, r.value ?? null])), null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((r) => r.path.length));
      for (const r of rows) {
        const value = r.value === undefined ? '(unset)' : JSON.stringify(r.value);
        process.stdout.write(`${r.path.padEnd(width)}  ${value}  [${r.env}]\n`);
      }
    });
}
