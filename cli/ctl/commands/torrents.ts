/** swarmgatectl torrents ...: the common TorrentService verbs. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ServiceError } from '@grpc/grpc-js';
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import type { Torrent__Output as Torrent } from '../../../control/generated/swarmgate/control/v1/Torrent.js';
import { UsageError } from '../connection.js';
import { booleanArg, integerArg, torrentArg, userArg } from '../names.js';
import { printList, printRecord, showBytes } from '../output.js';
import { action } from '../run.js';

const status = (t: Torrent) => t.moderationStatus.replace('MODERATION_STATUS_', '').toLowerCase();
const flags = (t: Torrent) =>
  [t.freeleech && 'freeleech', t.doubleUpload && 'double upload', t.featured && 'featured', t.sticky && 'sticky'].filter(Boolean).join(', ');

const TORRENT_FIELDS: [string, (t: Torrent) => unknown][] = [
  ['name', (t) => t.name],
  ['title', (t) => t.displayName],
  ['info_hash', (t) => t.infoHash],
  ['info_hash v2', (t) => t.infoHashV2],
  ['category', (t) => t.category],
  ['size', (t) => `${showBytes(t.size)} (${t.size} bytes)`],
  ['files', (t) => t.fileCount],
  ['status', (t) => (t.moderationReason ? `${status(t)} (${t.moderationReason})` : status(t))],
  ['flags', flags],
  ['seeders / leechers', (t) => `${t.seeders} / ${t.leechers}`],
  ['completed', (t) => t.timesCompleted],
  ['uploader', (t) => t.uploader],
  ['created', (t) => t.createTime],
  ['deleted', (t) => t.deleteTime],
  ['etag', (t) => t.etag],
];

const TORRENT_COLUMNS: [string, (t: Torrent) => unknown][] = [
  ['title', (t) => t.displayName],
  ['category', (t) => t.category],
  ['size', (t) => showBytes(t.size)],
  ['status', status],
  // seeders / leechers / completed
  ['S/L/C', (t) => `${t.seeders}/${t.leechers}/${t.timesCompleted}`],
  ['info_hash', (t) => t.infoHash.slice(0, 12)],
];

const MODERATION = { pending: 'MODERATION_STATUS_PENDING', approved: 'MODERATION_STATUS_APPROVED', rejected: 'MODERATION_STATUS_REJECTED', postponed: 'MODERATION_STATUS_POSTPONED' } as const;

export function registerTorrentCommands(program: Command): void {
  const torrents = program.command('torrents').description('torrents');
  const printTorrent = (json: boolean, torrent: Torrent) => printRecord(json, torrent, TORRENT_FIELDS);

  torrents
    .command('register <file>')
    .description('register a .torrent file (private); it waits for moderation')
    .requiredOption('--category <slug>', 'category slug, e.g. movies-hd (required; `swarmgatectl torrents categories` lists them)')
    .option('--title <title>', 'display name (default: the name in the file)')
    .option('--description <text>')
    .option('--anonymous', 'hide the uploader')
    .action(
      action<[string, { category: string; title?: string; description?: string; anonymous?: boolean }]>(async ({ clients, json }, file, options) => {
        const torrent = await call(clients.torrents.registerTorrent.bind(clients.torrents), {
          torrentFile: readFileSync(file),
          category: options.category,
          displayName: options.title ?? '',
          description: options.description ?? '',
          anonymous: Boolean(options.anonymous),
        });
        printTorrent(json, torrent);
      }),
    );

  torrents
    .command('categories')
    .description('the category slugs torrents are registered and filtered with')
    .action(
      action(async ({ clients, json }) => {
        const response = await call(clients.torrents.listCategories.bind(clients.torrents), {});
        printList(json, response, response.categories as never[], [
          ['slug', (c: { slug: string }) => c.slug],
          ['name', (c: { name: string }) => c.name],
          ['parent', (c: { parent: string }) => c.parent],
        ] as never);
      }),
    );

  torrents
    .command('download <torrent>')
    .description("the .torrent file with your passkey's announce URL (or --user's, for staff who manage that account)")
    .option('--user <user>', 'whose passkey: a username, UUID or users/... name (default: yours)')
    .option('-o, --output <file>', 'where to write it (default: the torrent\'s name, .torrent, in this directory; - for stdout)')
    .action(
      action<[string, { user?: string; output?: string }]>(async ({ clients, json }, torrent, options) => {
        const response = await call(clients.torrents.downloadTorrentFile.bind(clients.torrents), {
          name: torrentArg(torrent),
          user: options.user ? userArg(options.user) : '',
        });
        if (options.output === '-') return void process.stdout.write(response.torrentFile);
        const file = options.output ?? response.filename;
        writeFileSync(file, response.torrentFile, { mode: 0o600 });
        if (json) return void process.stdout.write(`${JSON.stringify({ file, announceUrl: response.announceUrl, bytes: response.torrentFile.length }, null, 2)}\n`);
        process.stdout.write(`wrote ${file} (${response.torrentFile.length} bytes); it holds a passkey, keep it private\n`);
      }),
    );

  torrents
    .command('get <torrent>')
    .description('one torrent, by info_hash, UUID or torrents/... name')
    .action(action<[string]>(async ({ clients, json }, torrent) => printTorrent(json, await call(clients.torrents.getTorrent.bind(clients.torrents), { name: torrentArg(torrent) }))));

  torrents
    .command('list')
    .description('torrents, newest first')
    .option('--query <words>', 'full-text search on the name')
    .option('--status <status>', 'pending, approved, rejected or postponed')
    .option('--category <slug>')
    .option('--filter <filter>', 'an AIP-160 filter (see proto/swarmgate/control/v1/torrents.proto)')
    .option('--show-deleted', 'include soft-deleted torrents')
    .option('--page-size <n>', 'torrents per page', integerArg, 50)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[{ query?: string; status?: string; category?: string; filter?: string; showDeleted?: boolean; pageSize: number; pageToken?: string }]>(
        async ({ clients, json }, options) => {
          const parts = options.filter ? [options.filter] : [];
          if (options.status) {
            const value = MODERATION[options.status as keyof typeof MODERATION];
            if (!value) throw new UsageError(`--status must be one of ${Object.keys(MODERATION).join(', ')}`);
            parts.push(`moderation_status = ${value}`);
          }
          if (options.category) parts.push(`category = ${JSON.stringify(options.category)}`);
          const response = await call(clients.torrents.listTorrents.bind(clients.torrents), {
            filter: parts.join(' AND '),
            query: options.query ?? '',
            showDeleted: Boolean(options.showDeleted),
            pageSize: options.pageSize,
            pageToken: options.pageToken ?? '',
          });
          printList(json, response, response.torrents as never[], TORRENT_COLUMNS as never, response.nextPageToken);
        },
      ),
    );

  torrents
    .command('set-flags <torrent>')
    .description('set freeleech, double upload, featured or sticky')
    .option('--freeleech <bool>', 'true or false', booleanArg)
    .option('--double-upload <bool>', 'true or false', booleanArg)
    .option('--featured <bool>', 'true or false', booleanArg)
    .option('--sticky <bool>', 'true or false', booleanArg)
    .option('--etag <etag>')
    .action(
      action<[string, { freeleech?: boolean; doubleUpload?: boolean; featured?: boolean; sticky?: boolean; etag?: string }]>(async ({ clients, json }, torrent, options) => {
        const paths = (['freeleech', 'doubleUpload', 'featured', 'sticky'] as const)
          .filter((flag) => options[flag] !== undefined)
          .map((flag) => (flag === 'doubleUpload' ? 'double_upload' : flag));
        if (paths.length === 0) throw new UsageError('give at least one of --freeleech --double-upload --featured --sticky');
        const updated = await call(clients.torrents.updateTorrent.bind(clients.torrents), {
          torrent: {
            name: torrentArg(torrent),
            freeleech: options.freeleech ?? false,
            doubleUpload: options.doubleUpload ?? false,
            featured: options.featured ?? false,
            sticky: options.sticky ?? false,
            etag: options.etag ?? '',
          },
          updateMask: { paths },
        });
        printTorrent(json, updated);
      }),
    );

  for (const [verb, method, reasonRequired] of [
    ['approve', 'approveTorrent', false],
    ['reject', 'rejectTorrent', true],
    ['postpone', 'postponeTorrent', true],
    ['delete', 'deleteTorrent', true],
  ] as const) {
    const command = torrents.command(`${verb} <torrent>`).description(`${verb} the torrent`).option('--etag <etag>');
    if (reasonRequired) command.requiredOption('--reason <reason>', 'why (shown to the uploader)');
    else command.option('--reason <reason>', 'optional note');
    command.action(
      action<[string, { reason?: string; etag?: string }]>(async ({ clients, json }, torrent, options) => {
        const client = clients.torrents;
        const request = { name: torrentArg(torrent), reason: options.reason ?? '', etag: options.etag ?? '' };
        printTorrent(json, await call(client[method].bind(client) as (r: typeof request, cb: (e: ServiceError | null, t?: Torrent) => void) => void, request));
      }),
    );
  }
}
