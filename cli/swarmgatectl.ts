#!/usr/bin/env node
/** `swarmgatectl`: the administrator's command line over the gRPC control plane. */
import { Command } from 'commander';
import { registerModerationCommands } from './ctl/commands/moderation.js';
import { registerSessionCommands } from './ctl/commands/session.js';
import { registerTokenCommands } from './ctl/commands/tokens.js';
import { registerTorrentCommands } from './ctl/commands/torrents.js';
import { registerTrackerPolicyCommands } from './ctl/commands/tracker-policy.js';
import { registerUserCommands } from './ctl/commands/users.js';
import { DEFAULT_ADDRESS } from './ctl/connection.js';

const program = new Command('swarmgatectl')
  .description('administer a Swarmgate tracker over its gRPC control plane')
  .option('-a, --address <host:port>', `control plane address (default: $SWARMGATECTL_ADDRESS, the saved login, or ${DEFAULT_ADDRESS})`)
  .option('-t, --token <token>', 'bearer token (default: $SWARMGATE_TOKEN, then the saved login)')
  .option('--tls-ca <file>', 'PEM CA bundle: connect with TLS')
  .option('--json', 'print responses as JSON');

registerSessionCommands(program);
registerUserCommands(program);
registerTorrentCommands(program);
registerTokenCommands(program);
registerModerationCommands(program);
registerTrackerPolicyCommands(program);

await program.parseAsync();
