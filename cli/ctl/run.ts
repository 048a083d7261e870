/** Runs one swarmgatectl action: clients from the global options, failures printed, exit codes set, clients closed. */
import type { Command } from 'commander';
import type { ControlClients } from '../../control/client.js';
import { connect, globalOptions, UsageError, type GlobalOptions } from './connection.js';
import { printFailure } from './output.js';

export type Action<A extends unknown[]> = (context: { clients: ControlClients; options: GlobalOptions; json: boolean }, ...args: A) => Promise<void>;

export function action<A extends unknown[]>(fn: Action<A>, authenticated = true): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const options = globalOptions(command);
    let clients: ControlClients | undefined;
    try {
      clients = connect(options, authenticated);
      await fn({ clients, options, json: Boolean(options.json) }, ...(args.slice(0, -1) as A));
    } catch (error) {
      printFailure(error);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    } finally {
      clients?.close();
    }
  };
}
