/** swarmgatectl login, logout, whoami. */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import { addressOf } from '../connection.js';
import { forgetSession, readSavedSession, saveSession } from '../credentials-file.js';
import { printRecord } from '../output.js';
import { action } from '../run.js';
import { promptHidden, readStdin } from '../secret-input.js';

export function registerSessionCommands(program: Command): void {
  program
    .command('login <login>')
    .description('log in with a username or email and keep the session for later commands')
    .option('--password-stdin', 'read the password from standard input')
    .option('--totp <code>', 'two-factor code, when the account has two-factor on')
    .option('--device <name>', 'how the session is named in session lists', `swarmgatectl on ${hostname()}`)
    .action(
      action<[string, { passwordStdin?: boolean; totp?: string; device: string }]>(async ({ clients, options, json }, login, flags) => {
        const password = flags.passwordStdin ? await readStdin() : await promptHidden('password: ');
        const response = await call(clients.auth.login.bind(clients.auth), { login, password, totpCode: flags.totp ?? '', deviceName: flags.device });
        const user = response.session!.name.split('/sessions/')[0]!;
        saveSession({ address: addressOf(options), token: response.sessionToken, user });
        if (json) return void process.stdout.write(`${JSON.stringify({ user, session: response.session }, null, 2)}\n`);
        process.stdout.write(`logged in as ${login} (${user}); session expires ${new Date(Number(response.session!.expireTime!.seconds) * 1000).toISOString()}\n`);
      }, false),
    );

  program
    .command('logout')
    .description('end the saved session')
    .action(
      action(async ({ clients }) => {
        if (!readSavedSession()) return void process.stdout.write('not logged in\n');
        await call(clients.auth.logout.bind(clients.auth), {});
        forgetSession();
        process.stdout.write('logged out\n');
      }),
    );

  program
    .command('whoami')
    .description('the account and permissions of the credentials in use')
    .action(
      action(async ({ clients, json }) => {
        const caller = await call(clients.auth.getCaller.bind(clients.auth), {});
        printRecord(json, caller, [
          ['user', (c: typeof caller) => c.user],
          ['username', (c: typeof caller) => c.username],
          ['group', (c: typeof caller) => `${c.group} (level ${c.groupLevel})`],
          ['credential', (c: typeof caller) => c.credentialType],
          ['permissions', (c: typeof caller) => c.permissions],
        ]);
      }),
    );
}
