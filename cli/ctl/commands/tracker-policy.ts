/**
 * swarmgatectl groups | settings | blacklist | ports: what the engine enforces (ModerationService),
 * each change live on the next announce.
 */
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import type { Group__Output as Group } from '../../../control/generated/swarmgate/control/v1/Group.js';
import type { SiteSettings__Output as SiteSettings } from '../../../control/generated/swarmgate/control/v1/SiteSettings.js';
import { UsageError } from '../connection.js';
import { booleanArg, integerArg } from '../names.js';
import { printList, printRecord, show } from '../output.js';
import { action } from '../run.js';
import { idOf, named } from './moderation.js';

const yes = (b: boolean) => (b ? 'yes' : 'no');
const GROUP_COLUMNS: [string, (g: Group) => unknown][] = [
  ['group', (g) => idOf(g.name)], ['lvl', (g) => g.level], ['dl', (g) => yes(g.canDownload)], ['slots', (g) => g.downloadSlots ?? '∞'],
  ['fl', (g) => yes(g.freeleech)], ['2x', (g) => yes(g.doubleUpload)], ['up x', (g) => g.uploadMultiplier], ['down x', (g) => g.downloadMultiplier], ['immune', (g) => yes(g.immune)],
];

const SETTINGS_FIELDS: [string, (s: SiteSettings) => unknown][] = [
  ['global freeleech', (s) => s.globalFreeleech], ['  from', (s) => s.globalFreeleechStartTime], ['  until', (s) => s.globalFreeleechEndTime],
  ['global 2x upload', (s) => s.globalDoubleUpload], ['  from', (s) => s.globalDoubleUploadStartTime], ['  until', (s) => s.globalDoubleUploadEndTime],
  ['warn pts: no dl', (s) => s.warningDownloadThreshold], ['warn pts: ban', (s) => s.warningBanThreshold],
  ['hnr seed seconds', (s) => s.hitAndRunSeedSeconds], ['hnr grace seconds', (s) => s.hitAndRunGraceSeconds],
  ['hnr warning days', (s) => s.hitAndRunWarningDays], ['hnr max warnings', (s) => s.hitAndRunMaxWarnings],
  ['ratio watch days', (s) => s.ratioWatchDays], ['ratio table', (s) => s.ratioTable.map((r) => `${r.fromGib}G:${r.ratio}`).join(' ')], ['etag', (s) => s.etag],
];

/** Options of `groups set`: flag -> field mask path and the Group field it fills. */
const GROUP_OPTIONS = [
  ['--level <n>', 'level', 'level', integerArg, 'level (must stay below yours)'],
  ['--can-upload <bool>', 'can_upload', 'canUpload', booleanArg, 'may upload torrents'],
  ['--can-download <bool>', 'can_download', 'canDownload', booleanArg, 'may leech (seeding is always allowed)'],
  ['--slots <n>', 'download_slots', 'downloadSlots', (v: string) => (v === 'unlimited' ? undefined : integerArg(v)), 'torrents leeched at once, or "unlimited"'],
  ['--immune <bool>', 'immune', 'immune', booleanArg, 'exempt from hit-and-run and ratio watch'],
  ['--freeleech <bool>', 'freeleech', 'freeleech', booleanArg, 'downloads not counted'],
  ['--double-upload <bool>', 'double_upload', 'doubleUpload', booleanArg, 'uploads counted twice'],
  ['--upload-multiplier <x>', 'upload_multiplier', 'uploadMultiplier', Number, 'upload credit factor'],
  ['--download-multiplier <x>', 'download_multiplier', 'downloadMultiplier', Number, 'download debit factor'],
  ['--bonus-multiplier <x>', 'bonus_multiplier', 'bonusMultiplier', Number, 'bonus point factor'],
] as const;

/** "2026-12-24T00:00:00Z" or "none" -> Timestamp or null. */
function timeArg(value: string): { seconds: number; nanos: number } | null {
  if (value === 'none') return null;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new UsageError(`expected an RFC 3339 time or "none", got "${value}"`);
  return { seconds: Math.floor(ms / 1000), nanos: 0 };
}

export function registerTrackerPolicyCommands(program: Command): void {
  const groups = program.command('groups').description('user groups: rights, slots, multipliers, freeleech');
  groups.command('list').description('every group, lowest level first').action(action<[]>(async ({ clients, json }) => {
    const response = await call(clients.moderation.listGroups.bind(clients.moderation), {});
    printList(json, response, response.groups as never[], GROUP_COLUMNS as never);
  }));
  const set = groups.command('set <group>').description('change a group (applies on the next announce)').option('--etag <etag>');
  for (const [flag, , , parse, description] of GROUP_OPTIONS) set.option(flag, description, parse as (v: string) => unknown);
  set.action(action<[string, Record<string, unknown>]>(async ({ clients, json }, name, o) => {
    const chosen = GROUP_OPTIONS.filter(([flag, , field]) => field in o || (flag === '--slots <n>' && 'slots' in o));
    if (chosen.length === 0) throw new UsageError('give at least one change, e.g. --slots 5 or --freeleech true');
    const group: Record<string, unknown> = { name: named('groups')(name), etag: o.etag ?? '' };
    for (const [, , field] of chosen) group[field] = field === 'downloadSlots' ? o.slots : o[field];
    const updated = await call(clients.moderation.updateGroup.bind(clients.moderation), { group, updateMask: { paths: chosen.map(([, path]) => path) } });
    printList(json, updated, [updated] as never[], GROUP_COLUMNS as never);
  }));

  const settings = program.command('settings').description('site-wide freeleech / double upload and policy numbers');
  settings.command('get').description('every site setting').action(action<[]>(async ({ clients, json }) =>
    printRecord(json, await call(clients.moderation.getSiteSettings.bind(clients.moderation), {}), SETTINGS_FIELDS)));
  settings
    .command('set')
    .description('change site settings (applies on the next announce)')
    .option('--freeleech <bool>', 'site-wide freeleech', booleanArg)
    .option('--freeleech-from <time>', 'RFC 3339 start, or none', timeArg)
    .option('--freeleech-until <time>', 'RFC 3339 end (stops by itself), or none', timeArg)
    .option('--double-upload <bool>', 'site-wide double upload', booleanArg)
    .option('--double-upload-from <time>', 'RFC 3339 start, or none', timeArg)
    .option('--double-upload-until <time>', 'RFC 3339 end, or none', timeArg)
    .option('--warning-download-threshold <n>', 'points that stop downloads (0: never)', integerArg)
    .option('--warning-ban-threshold <n>', 'points that ban (0: never)', integerArg)
    .option('--hnr-seed-seconds <n>', 'hit-and-run seed time', integerArg)
    .option('--hnr-grace-seconds <n>', 'hit-and-run window', integerArg)
    .option('--ratio-watch-days <n>', 'days on watch', integerArg)
    .option('--etag <etag>')
    .action(action<[Record<string, unknown>]>(async ({ clients, json }, o) => {
      const map: [string, string, string][] = [
        ['freeleech', 'global_freeleech', 'globalFreeleech'], ['freeleechFrom', 'global_freeleech_start_time', 'globalFreeleechStartTime'],
        ['freeleechUntil', 'global_freeleech_end_time', 'globalFreeleechEndTime'], ['doubleUpload', 'global_double_upload', 'globalDoubleUpload'],
        ['doubleUploadFrom', 'global_double_upload_start_time', 'globalDoubleUploadStartTime'], ['doubleUploadUntil', 'global_double_upload_end_time', 'globalDoubleUploadEndTime'],
        ['warningDownloadThreshold', 'warning_download_threshold', 'warningDownloadThreshold'], ['warningBanThreshold', 'warning_ban_threshold', 'warningBanThreshold'],
        ['hnrSeedSeconds', 'hit_and_run_seed_seconds', 'hitAndRunSeedSeconds'], ['hnrGraceSeconds', 'hit_and_run_grace_seconds', 'hitAndRunGraceSeconds'],
        ['ratioWatchDays', 'ratio_watch_days', 'ratioWatchDays'],
      ];
      const chosen = map.filter(([option]) => option in o);
      if (chosen.length === 0) throw new UsageError('give at least one setting to change');
      const values = Object.fromEntries(chosen.map(([option, , field]) => [field, o[option]]));
      const updated = await call(clients.moderation.updateSiteSettings.bind(clients.moderation), {
        settings: { ...values, etag: (o.etag as string | undefined) ?? '' }, updateMask: { paths: chosen.map(([, path]) => path) },
      });
      printRecord(json, updated, SETTINGS_FIELDS);
    }));

  const blacklist = program.command('blacklist').description('clients refused by peer_id prefix');
  blacklist.command('list').description('every blacklisted prefix').action(action<[]>(async ({ clients, json }) => {
    const response = await call(clients.moderation.listClientBlacklist.bind(clients.moderation), {});
    printList(json, response, response.entries as never[], [['id', (e: { name: string }) => idOf(e.name)], ['prefix', (e: { peerIdPrefix: Buffer }) => JSON.stringify(Buffer.from(e.peerIdPrefix).toString('latin1'))],
      ['client', (e: { clientName: string }) => e.clientName]] as never);
  }));
  blacklist.command('add <prefix> <client>').option('--reason <text>').description('refuse a peer_id prefix, e.g. -UT3').action(
    action<[string, string, { reason?: string }]>(async ({ clients, json }, prefix, client, o) => {
      const entry = await call(clients.moderation.createClientBlacklistEntry.bind(clients.moderation), { entry: { peerIdPrefix: Buffer.from(prefix, 'latin1'), clientName: client, reason: o.reason ?? '' } });
      printRecord(json, entry, [['name', (e: typeof entry) => e.name], ['client', (e: typeof entry) => e.clientName]]);
    }),
  );
  blacklist.command('remove <entry>').description('allow the prefix again').action(action<[string]>(async ({ clients, json }, name) => {
    await call(clients.moderation.deleteClientBlacklistEntry.bind(clients.moderation), { name: named('clientBlacklist')(name) });
    if (json) process.stdout.write('{}\n');
  }));

  const ports = program.command('ports').description('ports peers may not announce');
  ports.command('list').description('every blacklisted port range').action(action<[]>(async ({ clients, json }) => {
    const response = await call(clients.moderation.listBlacklistedPorts.bind(clients.moderation), {});
    printList(json, response, response.ports as never[], [['id', (p: { name: string }) => idOf(p.name)], ['ports', (p: { portFrom: number; portTo: number }) => (p.portFrom === p.portTo ? p.portFrom : `${p.portFrom}-${p.portTo}`)],
      ['reason', (p: { reason: string }) => show(p.reason).slice(0, 40)]] as never);
  }));
  ports.command('add <ports>').option('--reason <text>').description('blacklist a port or range, e.g. 6881-6889').action(
    action<[string, { reason?: string }]>(async ({ clients, json }, range, o) => {
      const [from, to] = range.split('-').map((p) => integerArg(p));
      const port = await call(clients.moderation.createBlacklistedPort.bind(clients.moderation), { port: { portFrom: from, portTo: to ?? from, reason: o.reason ?? '' } });
      printRecord(json, port, [['name', (p: typeof port) => p.name], ['from', (p: typeof port) => p.portFrom], ['to', (p: typeof port) => p.portTo]]);
    }),
  );
  ports.command('remove <entry>').description('allow the ports again').action(action<[string]>(async ({ clients, json }, name) => {
    await call(clients.moderation.deleteBlacklistedPort.bind(clients.moderation), { name: named('blacklistedPorts')(name) });
    if (json) process.stdout.write('{}\n');
  }));
}
