#!/usr/bin/env node
/** `swarmgatectl`: the administrator's command line over the gRPC control plane. */
import { Command } from 'commander';
import { registerPoolCommands } from './ctl/commands/pool.js';
import { registerJobCommands } from './ctl/commands/jobs.js';
import { registerIndexerCommands } from './ctl/commands/indexers.js';
import { registerBonusCommands } from './ctl/commands/bonus.js';
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
  .option('--json', 'print responses as JSON')
  .addHelpText(
    'after',
    `
Environment:
  SWARMGATECTL_ADDRESS    control plane address (host:port)
  SWARMGATE_CONTROL_HOST, SWARMGATE_CONTROL_PORT
                          the server's own settings; used for the address when
                          SWARMGATECTL_ADDRESS and --address are not given
  SWARMGATE_TOKEN         bearer token (an API token or a session token)
  SWARMGATECTL_CONFIG     where \`login\` keeps its session (address, token, user);
                          default ~/.config/swarmgate/ctl.json, mode 0600

Precedence: --address, SWARMGATECTL_ADDRESS, SWARMGATE_CONTROL_HOST/PORT, the saved
session, ${DEFAULT_ADDRESS}. Token: --token, SWARMGATE_TOKEN, the saved session.`,
  );

registerSessionCommands(program);
registerUserCommands(program);
registerTorrentCommands(program);
registerTokenCommands(program);
registerPoolCommands(program);
registerJobCommands(program);
registerIndexerCommands(program);
registerBonusCommands(program);
registerModerationCommands(program);
registerTrackerPolicyCommands(program);

await program.parseAsync();
