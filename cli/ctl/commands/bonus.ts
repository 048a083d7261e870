/** swarmgatectl bonus ...: balances and ledgers, rules, exchange prices, spending, bounties, freeleech tokens. */
import type { Command } from 'commander';
import { call, type ControlClients } from '../../../control/client.js';
import type { BonusRule } from '../../../control/generated/swarmgate/control/v1/BonusRule.js';
import type { BonusRuleType } from '../../../control/generated/swarmgate/control/v1/BonusRuleType.js';
import { readSavedSession } from '../credentials-file.js';
import { UsageError } from '../connection.js';
import { booleanArg, integerArg, torrentArg, userArg } from '../names.js';
import { printList, printRecord } from '../output.js';
import { action } from '../run.js';

/** --user, else the account logged in. */
function accountOf(user: string | undefined): string {
  const name = user ? userArg(user) : readSavedSession()?.user;
  if (!name) throw new UsageError('give the user (no saved login to default to)');
  return name;
}

const requestArg = (value: string) => (value.startsWith('requests/') ? value : `requests/${value}`);
const ruleArg = (value: string) => (value.startsWith('bonusRules/') ? value : `bonusRules/${value}`);
const itemArg = (value: string) => (value.startsWith('exchangeItems/') ? value : `exchangeItems/${value}`);
/** BONUS_TRANSACTION_TYPE_GIFT_SENT -> gift_sent (and the same for the other enums). */
const short = (value: string) => value.replace(/^[A-Z]+(?:_[A-Z]+)*?_(?:TYPE|STATUS|KIND)_/, '').toLowerCase();
const enumOf = (prefix: string, value: string) => `${prefix}${value.toUpperCase()}`;
/** A time to the minute ("2026-11-29 23:40"): tables must fit 80 columns. */
const minute = (ts: { seconds: number | string } | null | undefined) => (ts ? new Date(Number(ts.seconds) * 1000).toISOString().slice(0, 16).replace('T', ' ') : '');
/** {"max_seeders":4,"min_ratio":0.5} -> max_seeders=4 min_ratio=0.5 */
const conditionsText = (json: string) =>
  Object.entries(JSON.parse(json || '{}') as Record<string, unknown>).map(([k, v]) => `${k}=${String(v)}`).join(' ');

function printJsonOr(json: boolean, message: object, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(message, null, 2)}\n` : `${text}\n`);
}

interface RuleFlags {
  type?: string;
  pointsPerHour?: string;
  baseMultiplier?: string;
  sizeMultiplier?: boolean;
  conditions?: string;
  categories?: string;
  priority?: number;
  active?: boolean;
  description?: string;
}

/** The rule fields the flags set, and their update-mask paths. */
function ruleFromFlags(flags: RuleFlags): { rule: Partial<BonusRule>; paths: string[] } {
  const rule: Partial<BonusRule> = {};
  const paths: string[] = [];
  const set = <K extends keyof BonusRule>(key: K, path: string, value: BonusRule[K] | undefined) => {
    if (value === undefined) return;
    rule[key] = value;
    paths.push(path);
  };
  set('ruleType', 'rule_type', flags.type === undefined ? undefined : (enumOf('BONUS_RULE_TYPE_', flags.type) as BonusRuleType));
  set('pointsPerHour', 'points_per_hour', flags.pointsPerHour);
  set('baseMultiplier', 'base_multiplier', flags.baseMultiplier);
  set('sizeMultiplierEnabled', 'size_multiplier_enabled', flags.sizeMultiplier);
  set('conditionsJson', 'conditions_json', flags.conditions);
  set('categoryIds', 'category_ids', flags.categories === undefined ? undefined : flags.categories.split(',').filter(Boolean).map(Number));
  set('priority', 'priority', flags.priority);
  set('active', 'active', flags.active);
  set('description', 'description', flags.description);
  return { rule, paths };
}

function ruleOptions(command: Command): Command {
  return command
    .option('--type <type>', 'seed_time, seed_size, upload, ratio, request_fill or one_time')
    .option('--points-per-hour <n>', 'points per hour seeded')
    .option('--base-multiplier <n>', 'multiplier (> 0)')
    .option('--size-multiplier <true|false>', 'multiply by the size factor (sqrt of GiB, 0.5 to 8)', booleanArg)
    .option('--conditions <json>', 'e.g. \'{"max_seeders": 4, "min_ratio": 0.5}\'')
    .option('--categories <ids>', 'comma-separated category ids (empty: every category)')
    .option('--priority <n>', 'order in listings', integerArg)
    .option('--active <true|false>', 'whether the accrual uses it', booleanArg)
    .option('--description <text>');
}

type RuleMessage = Awaited<ReturnType<typeof listRules>>['rules'][number];
async function listRules(clients: ControlClients) {
  return call(clients.bonus.listBonusRules.bind(clients.bonus), {});
}

const RULE_FIELDS: [string, (r: never) => unknown][] = [
  ['name', (r: RuleMessage) => r.name],
  ['type', (r: RuleMessage) => short(r.ruleType)],
  ['points per hour', (r: RuleMessage) => r.pointsPerHour],
  ['base multiplier', (r: RuleMessage) => r.baseMultiplier],
  ['size multiplier', (r: RuleMessage) => r.sizeMultiplierEnabled],
  ['conditions', (r: RuleMessage) => r.conditionsJson],
  ['categories', (r: RuleMessage) => r.categoryIds],
  ['priority', (r: RuleMessage) => r.priority],
  ['active', (r: RuleMessage) => r.active],
  ['description', (r: RuleMessage) => r.description],
] as never;

export function registerBonusCommands(program: Command): void {
  const bonus = program.command('bonus').description('bonus points: balances, ledger, rules, exchange, gifts, bounties, freeleech tokens');

  bonus
    .command('balance [user]')
    .description("an account's balance (default: your own)")
    .action(
      action<[string | undefined]>(async ({ clients, json }, user) => {
        const b = await call(clients.bonus.getBonusBalance.bind(clients.bonus), { user: accountOf(user) });
        printRecord(json, b, [
          ['user', (m: typeof b) => m.user],
          ['points', (m: typeof b) => m.points],
          ['earned', (m: typeof b) => m.pointsEarned],
          ['spent', (m: typeof b) => m.pointsSpent],
          ['bounties placed', (m: typeof b) => m.bountySpent],
          ['bounties won', (m: typeof b) => m.bountyEarned],
        ] as never);
      }),
    );

  bonus
    .command('ledger [user]')
    .description("an account's ledger, newest first (default: your own)")
    .option('--type <type>', 'only this type: earned, spent, gift_sent, gift_received, bounty_placed, bounty_refunded, bounty_awarded, admin_adjustment, ...')
    .option('--filter <filter>', 'an AIP-160 filter (see proto/swarmgate/control/v1/bonus.proto)')
    .option('--page-size <n>', 'rows per page (1-500)', integerArg, 50)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[string | undefined, { type?: string; filter?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, user, flags) => {
        const filter = [flags.type ? `type = ${enumOf('BONUS_TRANSACTION_TYPE_', flags.type)}` : '', flags.filter ?? ''].filter(Boolean).join(' AND ');
        const response = await call(clients.bonus.listBonusTransactions.bind(clients.bonus), {
          parent: accountOf(user),
          filter,
          pageSize: flags.pageSize,
          pageToken: flags.pageToken ?? '',
        });
        type Row = (typeof response.transactions)[number];
        printList(json, response, response.transactions as never[], [
          ['time', (t: Row) => minute(t.createTime)],
          ['type', (t: Row) => short(t.type)],
          ['amount', (t: Row) => t.amount],
          ['balance', (t: Row) => t.balanceAfter],
        ] as never, response.nextPageToken);
      }),
    );

  bonus
    .command('adjust <user> <points>')
    .description('staff: add (or, negative, remove) points with a reason')
    .requiredOption('--reason <text>', 'why (kept on the ledger and in the audit log)')
    .action(
      action<[string, string, { reason: string }]>(async ({ clients, json }, user, points, flags) => {
        const t = await call(clients.bonus.adjustBonusBalance.bind(clients.bonus), { user: userArg(user), points, reason: flags.reason });
        printJsonOr(json, t, `${t.user}: ${t.amount} points, balance ${t.balanceAfter}`);
      }),
    );

  bonus
    .command('gift <user> <points>')
    .description('give points to another account')
    .option('--message <text>', 'a note for the recipient', '')
    .action(
      action<[string, string, { message: string }]>(async ({ clients, json }, user, points, flags) => {
        const r = await call(clients.bonus.gift.bind(clients.bonus), { recipient: userArg(user), points, message: flags.message });
        printJsonOr(json, r, `sent ${points} points to ${r.transaction!.counterparty}; your balance ${r.transaction!.balanceAfter}`);
      }),
    );

  bonus
    .command('tip <torrent> <points>')
    .description("give points to a torrent's uploader")
    .option('--message <text>', 'a note for the uploader', '')
    .action(
      action<[string, string, { message: string }]>(async ({ clients, json }, torrent, points, flags) => {
        const r = await call(clients.bonus.tip.bind(clients.bonus), { torrent: torrentArg(torrent), points, message: flags.message });
        printJsonOr(json, r, `tipped ${points} points on ${r.transaction!.torrent}; your balance ${r.transaction!.balanceAfter}`);
      }),
    );

  const items = bonus.command('items').description('what the exchange offers and at what price');
  items
    .command('list')
    .action(
      action<[]>(async ({ clients, json }) => {
        const response = await call(clients.bonus.listExchangeItems.bind(clients.bonus), {});
        type Item = (typeof response.items)[number];
        printList(json, response, response.items as never[], [
          ['item', (i: Item) => i.name.replace('exchangeItems/', '')],
          ['cost', (i: Item) => i.cost],
          ['on', (i: Item) => i.active],
          ['description', (i: Item) => i.description],
        ] as never);
      }),
    );
  items
    .command('set <item>')
    .description('administrators: change an item')
    .option('--cost <points>')
    .option('--quantity <n>', 'bytes, tokens, seconds or invites per purchase', integerArg)
    .option('--description <text>')
    .option('--active <true|false>', 'on offer', booleanArg)
    .action(
      action<[string, { cost?: string; quantity?: number; description?: string; active?: boolean }]>(async ({ clients, json }, item, flags) => {
        const paths = (['cost', 'quantity', 'description', 'active'] as const).filter((k) => flags[k] !== undefined);
        if (paths.length === 0) throw new UsageError('give at least one of --cost, --quantity, --description, --active');
        const updated = await call(clients.bonus.updateExchangeItem.bind(clients.bonus), {
          item: { name: itemArg(item), ...flags },
          updateMask: { paths: [...paths] },
        });
        printJsonOr(json, updated, `${updated.name}: ${updated.cost} points for ${updated.quantity} (${updated.active ? 'on offer' : 'withdrawn'})`);
      }),
    );

  bonus
    .command('exchange <item>')
    .description('buy an item (see `bonus items list`)')
    .action(
      action<[string]>(async ({ clients, json }, item) => {
        const r = await call(clients.bonus.exchange.bind(clients.bonus), { item: itemArg(item) });
        const tokens = r.freeleechTokens.length ? `; tokens: ${r.freeleechTokens.join(', ')}` : '';
        printJsonOr(json, r, `bought ${item} for ${r.transaction!.amount.replace('-', '')} points; balance ${r.transaction!.balanceAfter}${tokens}`);
      }),
    );

  const requests = bonus.command('request').description('request bounties: add, fill, confirm, delete');
  requests
    .command('bounty <request> <points>')
    .description('put points on an open request')
    .action(
      action<[string, string]>(async ({ clients, json }, request, points) => {
        const r = await call(clients.bonus.addBounty.bind(clients.bonus), { request: requestArg(request), points });
        printJsonOr(json, r, `bounty placed; request total ${r.bountyTotal}; your balance ${r.transaction!.balanceAfter}`);
      }),
    );
  requests
    .command('fill <request> <torrent>')
    .description('fill a request with a torrent (paid once the requester confirms)')
    .action(
      action<[string, string]>(async ({ clients, json }, request, torrent) => {
        const r = await call(clients.bonus.fillRequest.bind(clients.bonus), { request: requestArg(request), torrent: torrentArg(torrent) });
        printJsonOr(json, r, `${r.request} filled; waiting for confirmation`);
      }),
    );
  requests
    .command('confirm <request>')
    .description('requester or staff: accept the fill and pay the bounties to the filler')
    .action(
      action<[string]>(async ({ clients, json }, request) => {
        const r = await call(clients.bonus.confirmRequestFill.bind(clients.bonus), { request: requestArg(request) });
        printJsonOr(json, r, `${r.request}: ${r.pointsMoved} points from ${r.bounties} bounties paid to the filler`);
      }),
    );
  requests
    .command('delete <request>')
    .description('requester or staff: delete a request and refund its open bounties')
    .option('--reason <text>', '', '')
    .action(
      action<[string, { reason: string }]>(async ({ clients, json }, request, flags) => {
        const r = await call(clients.bonus.deleteRequest.bind(clients.bonus), { request: requestArg(request), reason: flags.reason });
        printJsonOr(json, r, `${r.request} deleted; ${r.pointsMoved} points refunded over ${r.bounties} bounties`);
      }),
    );

  const rules = bonus.command('rules').description('how points are earned (administrators change them)');
  rules
    .command('list')
    .action(
      action<[]>(async ({ clients, json }) => {
        const response = await listRules(clients);
        printList(json, response, response.rules as never[], [
          ['name', (r: RuleMessage) => r.name.replace('bonusRules/', '')],
          ['pts/h', (r: RuleMessage) => r.pointsPerHour],
          ['x', (r: RuleMessage) => r.baseMultiplier],
          ['on', (r: RuleMessage) => r.active],
          ['conditions', (r: RuleMessage) => conditionsText(r.conditionsJson)],
        ] as never);
      }),
    );
  ruleOptions(rules.command('create <name>').description('add a rule')).action(
    action<[string, RuleFlags]>(async ({ clients, json }, name, flags) => {
      const { rule } = ruleFromFlags({ type: 'seed_time', pointsPerHour: '0', baseMultiplier: '1', conditions: '{}', active: true, ...flags });
      const created = await call(clients.bonus.createBonusRule.bind(clients.bonus), { ruleId: name.replace('bonusRules/', ''), rule });
      printRecord(json, created, RULE_FIELDS);
    }),
  );
  ruleOptions(rules.command('update <name>').description('change the given fields of a rule')).action(
    action<[string, RuleFlags]>(async ({ clients, json }, name, flags) => {
      const { rule, paths } = ruleFromFlags(flags);
      if (paths.length === 0) throw new UsageError('give at least one field to change');
      const updated = await call(clients.bonus.updateBonusRule.bind(clients.bonus), { rule: { ...rule, name: ruleArg(name) }, updateMask: { paths } });
      printRecord(json, updated, RULE_FIELDS);
    }),
  );
  rules
    .command('delete <name>')
    .action(
      action<[string]>(async ({ clients, json }, name) => {
        const r = await call(clients.bonus.deleteBonusRule.bind(clients.bonus), { name: ruleArg(name) });
        printJsonOr(json, r, `${ruleArg(name)} deleted`);
      }),
    );

  const tokens = bonus.command('tokens').description('freeleech tokens');
  tokens
    .command('list [user]')
    .description("an account's tokens (default: your own)")
    .option('--status <status>', 'available, active, used, expired or revoked')
    .option('--page-size <n>', 'rows per page (1-500)', integerArg, 50)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[string | undefined, { status?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, user, flags) => {
        const response = await call(clients.bonus.listFreeleechTokens.bind(clients.bonus), {
          parent: accountOf(user),
          filter: flags.status ? `status = ${enumOf('FREELEECH_TOKEN_STATUS_', flags.status)}` : '',
          pageSize: flags.pageSize,
          pageToken: flags.pageToken ?? '',
        });
        type Token = (typeof response.tokens)[number];
        printList(json, response, response.tokens as never[], [
          ['token', (t: Token) => t.name.split('/').pop()],
          ['status', (t: Token) => short(t.status)],
          ['expires', (t: Token) => minute(t.expireTime)],
        ] as never, response.nextPageToken);
      }),
    );
  tokens
    .command('activate <token> <torrent>')
    .description('use one of your tokens on a torrent (a token id or users/{user}/freeleechTokens/{id})')
    .action(
      action<[string, string]>(async ({ clients, json }, token, torrent) => {
        const name = token.startsWith('users/') ? token : `${accountOf(undefined)}/freeleechTokens/${token}`;
        const t = await call(clients.bonus.activateFreeleechToken.bind(clients.bonus), { name, torrent: torrentArg(torrent) });
        printJsonOr(json, t, `${t.name} active on ${t.torrent} until ${new Date(Number(t.expireTime!.seconds) * 1000).toISOString()}`);
      }),
    );
  tokens
    .command('revoke <token>')
    .description('staff: end a token (users/{user}/freeleechTokens/{id})')
    .requiredOption('--reason <text>')
    .action(
      action<[string, { reason: string }]>(async ({ clients, json }, token, flags) => {
        const t = await call(clients.bonus.revokeFreeleechToken.bind(clients.bonus), { name: token, reason: flags.reason });
        printJsonOr(json, t, `${t.name} revoked`);
      }),
    );
}
