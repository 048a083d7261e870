/** swarmgatectl users ...: the common UserService verbs. */
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import type { User__Output as User } from '../../../control/generated/swarmgate/control/v1/User.js';
import { UsageError } from '../connection.js';
import { booleanArg, integerArg, userArg } from '../names.js';
import { printList, printRecord, show } from '../output.js';
import { action } from '../run.js';
import { readStdin } from '../secret-input.js';

const USER_FIELDS: [string, (u: User) => unknown][] = [
  ['name', (u) => u.name],
  ['username', (u) => u.username],
  ['email', (u) => u.email],
  ['group', (u) => u.group],
  ['status', (u) => u.status.replace('USER_STATUS_', '').toLowerCase()],
  ['disabled reason', (u) => u.disabledReason],
  ['passkey', (u) => u.passkey],
  ['can download', (u) => u.canDownload],
  ['two-factor', (u) => u.twoFactorEnabled],
  ['created', (u) => u.createTime],
  ['last login', (u) => u.lastLoginTime],
  ['deleted', (u) => u.deleteTime],
  ['etag', (u) => u.etag],
];

const USER_COLUMNS: [string, (u: User) => unknown][] = [
  ['username', (u) => u.username],
  ['email', (u) => u.email],
  ['group', (u) => u.group],
  ['status', (u) => u.status.replace('USER_STATUS_', '').toLowerCase()],
  ['created', (u) => show(u.createTime).slice(0, 10)],
];

const STATUS = { pending: 'USER_STATUS_PENDING', enabled: 'USER_STATUS_ENABLED', disabled: 'USER_STATUS_DISABLED' } as const;

/** --group/--status shortcuts joined with any --filter into one AIP-160 filter. */
function listFilter(flags: { filter?: string; group?: string; status?: string; createdAfter?: string; createdBefore?: string }): string {
  const parts = flags.filter ? [flags.filter] : [];
  if (flags.group) parts.push(`group = ${JSON.stringify(flags.group)}`);
  if (flags.status) {
    const value = STATUS[flags.status as keyof typeof STATUS];
    if (!value) throw new UsageError(`--status must be one of ${Object.keys(STATUS).join(', ')}`);
    parts.push(`status = ${value}`);
  }
  if (flags.createdAfter) parts.push(`create_time >= ${JSON.stringify(flags.createdAfter)}`);
  if (flags.createdBefore) parts.push(`create_time < ${JSON.stringify(flags.createdBefore)}`);
  return parts.join(' AND ');
}

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('accounts');
  const printUser = (json: boolean, user: User) => printRecord(json, user, USER_FIELDS);

  users
    .command('create <username>')
    .description('create an enabled account (a password is generated unless --password-stdin)')
    .requiredOption('--email <email>', 'email address')
    .option('--group <group>', 'group short name', 'member')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      action<[string, { email: string; group: string; passwordStdin?: boolean }]>(async ({ clients, json }, username, flags) => {
        const password = flags.passwordStdin ? await readStdin() : '';
        const response = await call(clients.users.createUser.bind(clients.users), { user: { username, email: flags.email, group: flags.group }, password });
        if (json) return void process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        printUser(false, response.user!);
        if (response.generatedPassword) process.stdout.write(`generated password (shown once): ${response.generatedPassword}\n`);
      }),
    );

  users
    .command('get <user>')
    .description('one account, by username, UUID or users/... name')
    .action(action<[string]>(async ({ clients, json }, user) => printUser(json, await call(clients.users.getUser.bind(clients.users), { name: userArg(user) }))));

  users
    .command('list')
    .description('accounts, newest first')
    .option('--query <text>', 'part of the username or email')
    .option('--group <group>', 'only this group')
    .option('--status <status>', 'pending, enabled or disabled')
    .option('--created-after <time>', 'RFC 3339 time')
    .option('--created-before <time>', 'RFC 3339 time')
    .option('--filter <filter>', 'an AIP-160 filter (see proto/swarmgate/control/v1/users.proto)')
    .option('--show-deleted', 'include soft-deleted accounts')
    .option('--page-size <n>', 'accounts per page', integerArg, 50)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[{ query?: string; group?: string; status?: string; createdAfter?: string; createdBefore?: string; filter?: string; showDeleted?: boolean; pageSize: number; pageToken?: string }]>(
        async ({ clients, json }, flags) => {
          const response = await call(clients.users.listUsers.bind(clients.users), {
            filter: listFilter(flags),
            query: flags.query ?? '',
            showDeleted: Boolean(flags.showDeleted),
            pageSize: flags.pageSize,
            pageToken: flags.pageToken ?? '',
          });
          printList(json, response, response.users as never[], USER_COLUMNS as never, response.nextPageToken);
        },
      ),
    );

  users
    .command('update <user>')
    .description('change the given fields only')
    .option('--username <username>')
    .option('--email <email>')
    .option('--group <group>')
    .option('--title <title>')
    .option('--can-download <bool>', 'true or false', booleanArg)
    .option('--invites <n>', 'invites remaining', integerArg)
    .option('--etag <etag>', 'apply only if the account is unchanged since this etag')
    .action(
      action<[string, { username?: string; email?: string; group?: string; title?: string; canDownload?: boolean; invites?: number; etag?: string }]>(
        async ({ clients, json }, user, flags) => {
          const paths: string[] = [];
          if (flags.username !== undefined) paths.push('username');
          if (flags.email !== undefined) paths.push('email');
          if (flags.group !== undefined) paths.push('group');
          if (flags.title !== undefined) paths.push('title');
          if (flags.canDownload !== undefined) paths.push('can_download');
          if (flags.invites !== undefined) paths.push('invites_remaining');
          if (paths.length === 0) throw new UsageError('nothing to change: give at least one of --username --email --group --title --can-download --invites');
          const updated = await call(clients.users.updateUser.bind(clients.users), {
            user: {
              name: userArg(user),
              username: flags.username ?? '',
              email: flags.email ?? '',
              group: flags.group ?? '',
              title: flags.title ?? '',
              canDownload: flags.canDownload ?? false,
              invitesRemaining: flags.invites ?? 0,
              etag: flags.etag ?? '',
            },
            updateMask: { paths },
          });
          printUser(json, updated);
        },
      ),
    );

  users
    .command('disable <user>')
    .description('stop the account (announces and logins are refused)')
    .requiredOption('--reason <reason>', 'why, for the staff')
    .option('--etag <etag>')
    .action(
      action<[string, { reason: string; etag?: string }]>(async ({ clients, json }, user, flags) =>
        printUser(json, await call(clients.users.disableUser.bind(clients.users), { name: userArg(user), reason: flags.reason, etag: flags.etag ?? '' })),
      ),
    );

  users
    .command('enable <user>')
    .description('let a disabled account in again')
    .option('--etag <etag>')
    .action(
      action<[string, { etag?: string }]>(async ({ clients, json }, user, flags) =>
        printUser(json, await call(clients.users.enableUser.bind(clients.users), { name: userArg(user), etag: flags.etag ?? '' })),
      ),
    );

  users
    .command('delete <user>')
    .description('soft-delete the account (its sessions and API tokens end)')
    .option('--etag <etag>')
    .action(
      action<[string, { etag?: string }]>(async ({ clients, json }, user, flags) =>
        printUser(json, await call(clients.users.deleteUser.bind(clients.users), { name: userArg(user), etag: flags.etag ?? '' })),
      ),
    );

  users
    .command('rotate-passkey <user>')
    .description('give the account a new announce passkey (the old one stops working)')
    .action(action<[string]>(async ({ clients, json }, user) => printUser(json, await call(clients.users.rotatePasskey.bind(clients.users), { name: userArg(user) }))));

  users
    .command('stats <user>')
    .description('transfer statistics')
    .action(
      action<[string]>(async ({ clients, json }, user) => {
        const stats = await call(clients.users.getUserStatistics.bind(clients.users), { name: `${userArg(user)}/statistics` });
        printRecord(json, stats, [
          ['uploaded', (s: typeof stats) => s.uploaded],
          ['downloaded', (s: typeof stats) => s.downloaded],
          ['ratio', (s: typeof stats) => (s.ratio === undefined ? '-' : s.ratio.toFixed(3))],
          ['required ratio', (s: typeof stats) => s.requiredRatio],
          ['buffer', (s: typeof stats) => (s.buffer === undefined ? '-' : s.buffer)],
          ['seed time (s)', (s: typeof stats) => s.seedTimeSeconds],
          ['seeding / leeching', (s: typeof stats) => `${s.torrentsSeeding} / ${s.torrentsLeeching}`],
        ]);
      }),
    );

  users
    .command('sessions <user>')
    .description('login sessions of the account')
    .option('--all', 'include revoked and expired ones')
    .action(
      action<[string, { all?: boolean }]>(async ({ clients, json }, user, flags) => {
        const response = await call(clients.users.listUserSessions.bind(clients.users), { parent: userArg(user), showInactive: Boolean(flags.all) });
        type Session = (typeof response.sessions)[number];
        printList(json, response, response.sessions as never[], [
          ['device', (s: Session) => s.deviceName],
          ['ip', (s: Session) => s.ip],
          ['created', (s: Session) => s.createTime],
          ['last seen', (s: Session) => s.lastSeenTime],
          ['expires', (s: Session) => s.expireTime],
          ['revoked', (s: Session) => s.revokeTime],
          ['name', (s: Session) => s.name],
        ] as never, response.nextPageToken);
      }),
    );

  users
    .command('revoke-session <session>')
    .description('end one session (users/{user}/sessions/{uuid})')
    .action(
      action<[string]>(async ({ clients, json }, session) => {
        const revoked = await call(clients.users.revokeUserSession.bind(clients.users), { name: session });
        printRecord(json, revoked, [['revoked', (s: typeof revoked) => s.name]]);
      }),
    );
}
