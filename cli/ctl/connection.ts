/**
 * The global options of swarmgatectl and the clients they lead to. The token comes from --token,
 * then $SWARMGATE_TOKEN, then the session saved by `login`. The address comes from --address, then
 * $SWARMGATECTL_ADDRESS, then the server's own $SWARMGATE_CONTROL_HOST / $SWARMGATE_CONTROL_PORT (so
 * a shell that configures the server reaches it), then the saved session, then 127.0.0.1:50051.
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

/** host:port from the server's own SWARMGATE_CONTROL_HOST / SWARMGATE_CONTROL_PORT, when either is set. */
function serverSettingsAddress(): string | undefined {
  const { SWARMGATE_CONTROL_HOST: host, SWARMGATE_CONTROL_PORT: port } = process.env;
  if (!host && !port) return undefined;
  const reachable = !host || host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `${reachable.includes(':') ? `[${reachable}]` : reachable}:${port || DEFAULT_ADDRESS.split(':')[1]}`;
}

export function addressOf(options: GlobalOptions): string {
  return options.address || process.env.SWARMGATECTL_ADDRESS || serverSettingsAddress() || readSavedSession()?.address || DEFAULT_ADDRESS;
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
