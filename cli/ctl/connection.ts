/**
 * The global options of swarmgatectl and the clients they lead to. The token comes from --token,
 * then $SWARMGATE_TOKEN, then the session saved by `login`; the address likewise from --address,
 * $SWARMGATECTL_ADDRESS, the saved session, then 127.0.0.1:50051.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createControlClients, type ControlClients } from '../../control/client.js';
import { readSavedSession } from './credentials-file.js';

export interface GlobalOptions {
  address?: string;
  token?: string;
  tlsCa?: string;
  json?: boolean;
}

export const DEFAULT_ADDRESS = '127.0.0.1:50051';

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function addressOf(options: GlobalOptions): string {
  return options.address || process.env.SWARMGATECTL_ADDRESS || readSavedSession()?.address || DEFAULT_ADDRESS;
}

/** Clients for the command; `authenticated: false` for login, which needs no token. */
export function connect(options: GlobalOptions, authenticated = true): ControlClients {
  const token = authenticated ? options.token || process.env.SWARMGATE_TOKEN || readSavedSession()?.token : undefined;
  if (authenticated && !token) throw new UsageError('not logged in: run `swarmgatectl login <user>`, or pass --token / set SWARMGATE_TOKEN');
  return createControlClients(addressOf(options), { ...(token ? { token } : {}), ...(options.tlsCa ? { tlsCa: readFileSync(options.tlsCa) } : {}) });
}

/** A mistake in how the command was called (exit code 2), as opposed to a refused call (exit code 1). */
export class UsageError extends Error {
  override name = 'UsageError';
}
