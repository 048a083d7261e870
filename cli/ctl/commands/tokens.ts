/** swarmgatectl tokens ...: API tokens for services. */
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import { readSavedSession } from '../credentials-file.js';
import { UsageError } from '../connection.js';
import { userArg } from '../names.js';
import { printList, printRecord } from '../output.js';
import { action } from '../run.js';

/** The account whose tokens are meant: --user, else the one logged in. */
function parentOf(user: string | undefined): string {
  const parent = user ? userArg(user) : readSavedSession()?.user;
  if (!parent) throw new UsageError('give --user (no saved login to default to)');
  return parent;
}

export function registerTokenCommands(program: Command): void {
  const tokens = program.command('tokens').description('API tokens for services');

  tokens
    .command('create <display-name>')
    .description('create a token (printed once)')
    .option('--user <user>', 'the account it acts as (default: the one logged in)')
    .action(
      action<[string, { user?: string }]>(async ({ clients, json }, displayName, options) => {
        const response = await call(clients.auth.createApiToken.bind(clients.auth), { parent: parentOf(options.user), displayName });
        if (json) return void process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        process.stdout.write(`${response.apiToken!.name}\ntoken (shown once): ${response.token}\n`);
      }),
    );

  tokens
    .command('list')
    .description('active tokens of an account')
    .option('--user <user>')
    .option('--all', 'include revoked and expired ones')
    .action(
      action<[{ user?: string; all?: boolean }]>(async ({ clients, json }, options) => {
        const response = await call(clients.auth.listApiTokens.bind(clients.auth), { parent: parentOf(options.user), showInactive: Boolean(options.all) });
        type Token = (typeof response.apiTokens)[number];
        printList(json, response, response.apiTokens as never[], [
          ['display name', (t: Token) => t.displayName],
          ['created', (t: Token) => t.createTime],
          ['last used', (t: Token) => t.lastUsedTime],
          ['expires', (t: Token) => t.expireTime],
          ['revoked', (t: Token) => t.revokeTime],
          ['name', (t: Token) => t.name],
        ] as never, response.nextPageToken);
      }),
    );

  tokens
    .command('revoke <token-name>')
    .description('revoke a token (users/{user}/apiTokens/{uuid})')
    .action(
      action<[string]>(async ({ clients, json }, name) => {
        const revoked = await call(clients.auth.revokeApiToken.bind(clients.auth), { name });
        printRecord(json, revoked, [['revoked', (t: typeof revoked) => t.name]]);
      }),
    );
}
