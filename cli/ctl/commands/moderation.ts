/**
 * swarmgatectl bans | warnings | reports | queue | notes: the moderation team's ModerationService
 * verbs. Lists are narrow tables (80 columns: the id, then a few short columns); `--json` prints the
 * full response. Names may be given whole ("bans/<uuid>") or as the bare id.
 */
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import type { Ban__Output as Ban } from '../../../control/generated/swarmgate/control/v1/Ban.js';
import type { BanType } from '../../../control/generated/swarmgate/control/v1/BanType.js';
import type { EntityType } from '../../../control/generated/swarmgate/control/v1/EntityType.js';
import type { Priority } from '../../../control/generated/swarmgate/control/v1/Priority.js';
import type { QueueStatus } from '../../../control/generated/swarmgate/control/v1/QueueStatus.js';
import type { WarningSeverity } from '../../../control/generated/swarmgate/control/v1/WarningSeverity.js';
import type { QueueItem__Output as QueueItem } from '../../../control/generated/swarmgate/control/v1/QueueItem.js';
import type { Report__Output as Report } from '../../../control/generated/swarmgate/control/v1/Report.js';
import type { Warning__Output as Warning } from '../../../control/generated/swarmgate/control/v1/Warning.js';
import { UsageError } from '../connection.js';
import { integerArg, userArg } from '../names.js';
import { printList, printRecord, show } from '../output.js';
import { action } from '../run.js';

/** "bans/<id>" from "<id>" or the whole name. */
export const named = (collection: string) => (value: string) => (value.includes('/') ? value : `${collection}/${value}`);
/** The id part of a resource name. */
export const idOf = (name: string) => name.split('/').at(-1) ?? '';
/** An enum value without its prefix, lower case: BAN_TYPE_IP -> ip. */
export const short = (value: string, prefix: string) => value.replace(prefix, '').toLowerCase();
/** A timestamp as its date (10 columns). */
export const day = (value: unknown) => show(value).slice(0, 10);
/** An enum option: "ip" -> BAN_TYPE_IP, refusing unknown words. */
export function enumArg<T extends string | number>(prefix: string, allowed: string[], option: string, value: string | undefined, fallback = ''): T {
  if (value === undefined) return fallback as unknown as T;
  if (!allowed.includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return `${prefix}${value.toUpperCase()}` as unknown as T;
}
/** "7d", "12h", "30m" -> a Timestamp that far ahead. */
export function inFuture(duration: string): { seconds: number; nanos: number } {
  const match = /^(\d+)([mhd])$/.exec(duration);
  if (!match) throw new UsageError(`expected a duration such as 30m, 12h or 7d, got "${duration}"`);
  const seconds = Number(match[1]) * { m: 60, h: 3600, d: 86400 }[match[2] as 'm' | 'h' | 'd'];
  return { seconds: Math.floor(Date.now() / 1000) + seconds, nanos: 0 };
}

const BAN_TYPES = ['account', 'ip', 'email', 'upload', 'download', 'chat', 'forum'];
const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const ENTITIES = ['torrent', 'user', 'comment', 'forum_topic', 'forum_post', 'private_message', 'chat_message', 'request', 'collection', 'report'];

const BAN_FIELDS: [string, (b: Ban) => unknown][] = [
  ['name', (b) => b.name], ['type', (b) => short(b.type, 'BAN_TYPE_')], ['source', (b) => short(b.source, 'BAN_SOURCE_')],
  ['user', (b) => b.user], ['ip range', (b) => b.ipRange], ['email pattern', (b) => b.emailPattern], ['reason', (b) => b.reason],
  ['active', (b) => b.active], ['permanent', (b) => b.permanent], ['expires', (b) => b.expireTime], ['appeal', (b) => short(b.appealStatus, 'APPEAL_STATUS_')],
  ['lifted', (b) => b.liftTime], ['lift reason', (b) => b.liftReason], ['etag', (b) => b.etag],
];
const BAN_COLUMNS: [string, (b: Ban) => unknown][] = [
  ['id', (b) => idOf(b.name)], ['type', (b) => short(b.type, 'BAN_TYPE_')], ['source', (b) => short(b.source, 'BAN_SOURCE_')],
  ['until', (b) => (!b.active ? 'inactive' : b.expireTime ? day(b.expireTime) : 'lifted only')],
];

const WARNING_FIELDS: [string, (w: Warning) => unknown][] = [
  ['name', (w) => w.name], ['user', (w) => w.user], ['kind', (w) => short(w.kind, 'WARNING_KIND_')], ['severity', (w) => short(w.severity, 'WARNING_SEVERITY_')],
  ['points', (w) => w.points], ['reason', (w) => w.reason], ['torrent', (w) => w.torrent], ['active', (w) => w.active], ['expires', (w) => w.expireTime],
  ['acknowledged', (w) => w.acknowledgeTime], ['revoked', (w) => w.revokeTime],
];
const WARNING_COLUMNS: [string, (w: Warning) => unknown][] = [
  ['id', (w) => idOf(w.name)], ['pts', (w) => w.points], ['severity', (w) => short(w.severity, 'WARNING_SEVERITY_')],
  ['active', (w) => w.active], ['expires', (w) => day(w.expireTime)],
];

const REPORT_FIELDS: [string, (r: Report) => unknown][] = [
  ['name', (r) => r.name], ['reporter', (r) => r.reporter], ['about', (r) => `${short(r.entityType, 'ENTITY_TYPE_')} ${r.entityId}`], ['reason', (r) => r.reason],
  ['details', (r) => r.details], ['evidence', (r) => r.evidenceUrls], ['priority', (r) => short(r.priority, 'PRIORITY_')], ['status', (r) => short(r.status, 'REPORT_STATUS_')],
  ['assignee', (r) => r.assignee], ['resolution', (r) => r.resolution], ['created', (r) => r.createTime], ['etag', (r) => r.etag],
];
const REPORT_COLUMNS: [string, (r: Report) => unknown][] = [
  ['id', (r) => idOf(r.name)], ['about', (r) => short(r.entityType, 'ENTITY_TYPE_')], ['status', (r) => short(r.status, 'REPORT_STATUS_')],
  ['prio', (r) => short(r.priority, 'PRIORITY_')],
];

const QUEUE_FIELDS: [string, (q: QueueItem) => unknown][] = [
  ['name', (q) => q.name], ['item', (q) => `${short(q.itemType, 'ENTITY_TYPE_')} ${q.itemId}`], ['status', (q) => short(q.status, 'QUEUE_STATUS_')],
  ['priority', (q) => short(q.priority, 'PRIORITY_')], ['reason', (q) => q.reason], ['assignee', (q) => q.assignee], ['reviewed by', (q) => q.reviewedBy],
  ['notes', (q) => q.decisionNotes], ['created', (q) => q.createTime],
];
const QUEUE_COLUMNS: [string, (q: QueueItem) => unknown][] = [
  ['id', (q) => idOf(q.name)], ['item', (q) => short(q.itemType, 'ENTITY_TYPE_')], ['status', (q) => short(q.status, 'QUEUE_STATUS_')],
  ['prio', (q) => short(q.priority, 'PRIORITY_')],
];

const paging = (command: Command) =>
  command.option('--filter <filter>', 'AIP-160 filter (see the proto)').option('--page-size <n>', 'rows per page', integerArg, 50).option('--page-token <token>', 'continue a listing');
type Paging = { filter?: string; pageSize: number; pageToken?: string };
const page = (o: Paging) => ({ filter: o.filter ?? '', pageSize: o.pageSize, pageToken: o.pageToken ?? '' });

export function registerModerationCommands(program: Command): void {
  const bans = program.command('bans').description('account, IP, email and feature bans');
  const ban = named('bans');
  bans
    .command('create <type>')
    .description(`ban (${BAN_TYPES.join(', ')}); temporary with --for, permanent with --permanent`)
    .requiredOption('--reason <reason>', 'why (shown to the account)')
    .option('--user <user>', 'the account (account, upload, download, chat, forum bans)')
    .option('--ip <cidr>', 'address or network for IP bans, e.g. 203.0.113.0/24 or 2001:db8::/32')
    .option('--email <pattern>', 'LIKE pattern for email bans, e.g. %@example.com')
    .option('--for <duration>', 'temporary: 30m, 12h, 7d')
    .option('--permanent', 'never expires')
    .option('--notes <text>', 'internal notes for staff')
    .action(
      action<[string, { reason: string; user?: string; ip?: string; email?: string; for?: string; permanent?: boolean; notes?: string }]>(async ({ clients, json }, type, o) => {
        const m = clients.moderation;
        const created = await call(m.createBan.bind(m), {
          ban: {
            type: enumArg<BanType>('BAN_TYPE_', BAN_TYPES, '<type>', type), reason: o.reason, user: o.user ? userArg(o.user) : '', ipRange: o.ip ?? '',
            emailPattern: o.email ?? '', expireTime: o.for ? inFuture(o.for) : null, permanent: Boolean(o.permanent), internalNotes: o.notes ?? '',
          },
        });
        printRecord(json, created, BAN_FIELDS);
      }),
    );
  bans.command('get <ban>').description('one ban').action(action<[string]>(async ({ clients, json }, name) => printRecord(json, await call(clients.moderation.getBan.bind(clients.moderation), { name: ban(name) }), BAN_FIELDS)));
  paging(bans.command('list').description('bans in force, newest first').option('--all', 'include lifted and expired bans')).action(
    action<[Paging & { all?: boolean }]>(async ({ clients, json }, o) => {
      const response = await call(clients.moderation.listBans.bind(clients.moderation), { ...page(o), showInactive: Boolean(o.all) });
      printList(json, response, response.bans as never[], BAN_COLUMNS as never, response.nextPageToken);
    }),
  );
  bans
    .command('lift <ban>')
    .requiredOption('--reason <reason>', 'why')
    .option('--etag <etag>')
    .description('end a ban now')
    .action(action<[string, { reason: string; etag?: string }]>(async ({ clients, json }, name, o) => printRecord(json, await call(clients.moderation.liftBan.bind(clients.moderation), { name: ban(name), reason: o.reason, etag: o.etag ?? '' }), BAN_FIELDS)));
  bans
    .command('appeal <ban>')
    .requiredOption('--text <text>', 'the appeal')
    .description('appeal one of your own bans')
    .action(action<[string, { text: string }]>(async ({ clients, json }, name, o) => printRecord(json, await call(clients.moderation.appealBan.bind(clients.moderation), { name: ban(name), text: o.text }), BAN_FIELDS)));
  bans
    .command('review <ban>')
    .option('--accept', 'accept the appeal (lifts the ban); without it the appeal is rejected')
    .option('--response <text>', 'answer to the account')
    .description('decide a pending appeal')
    .action(action<[string, { accept?: boolean; response?: string }]>(async ({ clients, json }, name, o) =>
      printRecord(json, await call(clients.moderation.reviewBanAppeal.bind(clients.moderation), { name: ban(name), accept: Boolean(o.accept), response: o.response ?? '' }), BAN_FIELDS)));

  const warnings = program.command('warnings').description('warnings with points; thresholds restrict downloads, then ban');
  const warning = named('warnings');
  warnings
    .command('create <user>')
    .requiredOption('--reason <reason>', 'why')
    .option('--points <n>', 'points (0-100)', integerArg, 1)
    .option('--severity <severity>', 'minor, moderate, major or severe', 'minor')
    .option('--for <duration>', 'expires after: 30m, 12h, 7d (default: never)')
    .option('--torrent <torrent>', 'torrents/<id or info_hash> it is about')
    .description('warn an account')
    .action(
      action<[string, { reason: string; points: number; severity: string; for?: string; torrent?: string }]>(async ({ clients, json }, user, o) => {
        const created = await call(clients.moderation.createWarning.bind(clients.moderation), {
          warning: {
            user: userArg(user), reason: o.reason, points: o.points, severity: enumArg<WarningSeverity>('WARNING_SEVERITY_', ['minor', 'moderate', 'major', 'severe'], '--severity', o.severity),
            expireTime: o.for ? inFuture(o.for) : null, torrent: o.torrent ? named('torrents')(o.torrent) : '',
          },
        });
        printRecord(json, created, WARNING_FIELDS);
      }),
    );
  warnings
    .command('list <user>')
    .option('--all', 'include revoked and expired warnings')
    .option('--page-size <n>', 'rows per page', integerArg, 50)
    .option('--page-token <token>', 'continue a listing')
    .description("an account's warnings and its active points")
    .action(
      action<[string, { all?: boolean; pageSize: number; pageToken?: string }]>(async ({ clients, json }, user, o) => {
        const response = await call(clients.moderation.listWarnings.bind(clients.moderation), { parent: userArg(user), showInactive: Boolean(o.all), pageSize: o.pageSize, pageToken: o.pageToken ?? '' });
        printList(json, response, response.warnings as never[], WARNING_COLUMNS as never, response.nextPageToken);
        if (!json) process.stdout.write(`active points: ${response.activePoints}\n`);
      }),
    );
  warnings.command('acknowledge <warning>').description('confirm you have read your warning').action(action<[string]>(async ({ clients, json }, name) =>
    printRecord(json, await call(clients.moderation.acknowledgeWarning.bind(clients.moderation), { name: warning(name) }), WARNING_FIELDS)));
  warnings.command('revoke <warning>').requiredOption('--reason <reason>', 'why').description('withdraw a warning').action(action<[string, { reason: string }]>(async ({ clients, json }, name, o) =>
    printRecord(json, await call(clients.moderation.revokeWarning.bind(clients.moderation), { name: warning(name), reason: o.reason }), WARNING_FIELDS)));

  const reports = program.command('reports').description('reports on users, torrents, posts, ...');
  const report = named('reports');
  reports
    .command('create <type> <id>')
    .requiredOption('--reason <reason>', 'short reason (200 characters)')
    .option('--details <text>', 'more detail')
    .option('--evidence <url...>', 'evidence URLs')
    .option('--priority <priority>', PRIORITIES.join(', '))
    .description(`report an entity (${ENTITIES.filter((e) => e !== 'report').join(', ')})`)
    .action(
      action<[string, string, { reason: string; details?: string; evidence?: string[]; priority?: string }]>(async ({ clients, json }, type, id, o) => {
        const created = await call(clients.moderation.createReport.bind(clients.moderation), {
          report: { entityType: enumArg<EntityType>('ENTITY_TYPE_', ENTITIES, '<type>', type), entityId: id, reason: o.reason, details: o.details ?? '', evidenceUrls: o.evidence ?? [],
            priority: enumArg<Priority>('PRIORITY_', PRIORITIES, '--priority', o.priority, 'PRIORITY_UNSPECIFIED') },
        });
        printRecord(json, created, REPORT_FIELDS);
      }),
    );
  reports.command('get <report>').description('one report').action(action<[string]>(async ({ clients, json }, name) => printRecord(json, await call(clients.moderation.getReport.bind(clients.moderation), { name: report(name) }), REPORT_FIELDS)));
  paging(reports.command('list').description('reports, newest first (your own unless you moderate)')).action(
    action<[Paging]>(async ({ clients, json }, o) => {
      const response = await call(clients.moderation.listReports.bind(clients.moderation), page(o));
      printList(json, response, response.reports as never[], REPORT_COLUMNS as never, response.nextPageToken);
    }),
  );
  reports.command('assign <report>').option('--to <user>', 'moderator (default: you)').option('--etag <etag>').description('take or hand over a report').action(
    action<[string, { to?: string; etag?: string }]>(async ({ clients, json }, name, o) =>
      printRecord(json, await call(clients.moderation.assignReport.bind(clients.moderation), { name: report(name), assignee: o.to ? userArg(o.to) : '', etag: o.etag ?? '' }), REPORT_FIELDS)),
  );
  for (const [verb, status] of [['resolve', 'REPORT_STATUS_RESOLVED'], ['dismiss', 'REPORT_STATUS_DISMISSED']] as const) {
    reports.command(`${verb} <report>`).requiredOption('--resolution <text>', 'what was done').option('--etag <etag>').description(`close a report (${verb}d)`).action(
      action<[string, { resolution: string; etag?: string }]>(async ({ clients, json }, name, o) =>
        printRecord(json, await call(clients.moderation.resolveReport.bind(clients.moderation), { name: report(name), status, resolution: o.resolution, etag: o.etag ?? '' }), REPORT_FIELDS)),
    );
  }

  const queue = program.command('queue').description('the moderation queue (pending torrents arrive by themselves)');
  const item = named('queue');
  paging(queue.command('list').description('open items, newest first').option('--all', 'include decided items')).action(
    action<[Paging & { all?: boolean }]>(async ({ clients, json }, o) => {
      const response = await call(clients.moderation.listQueueItems.bind(clients.moderation), { ...page(o), showClosed: Boolean(o.all) });
      printList(json, response, response.items as never[], QUEUE_COLUMNS as never, response.nextPageToken);
    }),
  );
  queue.command('add <type> <id>').option('--priority <priority>', PRIORITIES.join(', ')).option('--reason <text>').description('queue an item for review (never twice)').action(
    action<[string, string, { priority?: string; reason?: string }]>(async ({ clients, json }, type, id, o) =>
      printRecord(json, await call(clients.moderation.enqueueItem.bind(clients.moderation), {
        itemType: enumArg<EntityType>('ENTITY_TYPE_', ENTITIES, '<type>', type), itemId: id, priority: enumArg<Priority>('PRIORITY_', PRIORITIES, '--priority', o.priority, 'PRIORITY_UNSPECIFIED'), reason: o.reason ?? '',
      }), QUEUE_FIELDS)),
  );
  queue.command('claim <item>').description('take an item for review').action(action<[string]>(async ({ clients, json }, name) =>
    printRecord(json, await call(clients.moderation.claimQueueItem.bind(clients.moderation), { name: item(name) }), QUEUE_FIELDS)));
  queue.command('release <item>').description('give a claimed item back').action(action<[string]>(async ({ clients, json }, name) =>
    printRecord(json, await call(clients.moderation.releaseQueueItem.bind(clients.moderation), { name: item(name) }), QUEUE_FIELDS)));
  queue.command('resolve <item> <decision>').option('--notes <text>', 'required to reject').description('approve, reject, dismiss or escalate (applies to the item)').action(
    action<[string, string, { notes?: string }]>(async ({ clients, json }, name, decision, o) =>
      printRecord(json, await call(clients.moderation.resolveQueueItem.bind(clients.moderation), {
        name: item(name), decision: enumArg<QueueStatus>('QUEUE_STATUS_', ['approved', 'rejected', 'dismissed', 'escalated'], '<decision>', decision), notes: o.notes ?? '',
      }), QUEUE_FIELDS)),
  );

  const notes = program.command('notes').description('staff notes on accounts');
  notes.command('add <user> <text>').description('add a note').action(action<[string, string]>(async ({ clients, json }, user, body) => {
    const note = await call(clients.moderation.createStaffNote.bind(clients.moderation), { parent: userArg(user), body });
    printRecord(json, note, [['name', (n: typeof note) => n.name], ['author', (n: typeof note) => n.author], ['body', (n: typeof note) => n.body]]);
  }));
  notes.command('list <user>').description("an account's notes, newest first").action(action<[string]>(async ({ clients, json }, user) => {
    const response = await call(clients.moderation.listStaffNotes.bind(clients.moderation), { parent: userArg(user) });
    printList(json, response, response.notes as never[], [['id', (n: { name: string }) => idOf(n.name)], ['date', (n: { createTime: unknown }) => day(n.createTime)],
      ['note', (n: { body: string }) => (n.body.length > 24 ? `${n.body.slice(0, 23)}…` : n.body)]] as never, response.nextPageToken);
  }));
  notes.command('delete <note>').description('delete a note (users/<user>/notes/<id>)').action(action<[string]>(async ({ clients, json }, name) => {
    await call(clients.moderation.deleteStaffNote.bind(clients.moderation), { name });
    if (json) process.stdout.write('{}\n');
  }));
}
