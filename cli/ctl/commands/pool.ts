/**
 * swarmgatectl pool ...: the debrid key pool (PoolService). A key's secret is read from standard
 * input (--api-key-stdin) or a prompt that does not echo, never from the command line, where other
 * users of the machine could see it in the process list.
 */
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import type { PoolKey__Output as PoolKey } from '../../../control/generated/swarmgate/control/v1/PoolKey.js';
import type { PoolSlot__Output as PoolSlot } from '../../../control/generated/swarmgate/control/v1/PoolSlot.js';
import type { PoolStatus__Output as PoolStatus } from '../../../control/generated/swarmgate/control/v1/PoolStatus.js';
import { UsageError } from '../connection.js';
import { integerArg, userArg } from '../names.js';
import { printList, printRecord } from '../output.js';
import { action } from '../run.js';
import { promptHidden, readStdin } from '../secret-input.js';
import { clip, health, keyArg, level, parentArg, shortKey, shortTime, shortUser } from './pool-format.js';

const KEY_FIELDS: [string, (k: PoolKey) => unknown][] = [
  ['name', (k) => k.name],
  ['display name', (k) => k.displayName],
  ['fingerprint', (k) => k.apiKeyFingerprint],
  ['health', (k) => health(k.health)],
  ['health reason', (k) => k.healthReason],
  ['priority', (k) => k.priority],
  ['user slots', (k) => `${k.currentUserSlots} / ${k.maxUserSlots}`],
  ['streams', (k) => `${k.currentConcurrentStreams} / ${k.maxConcurrentStreams}`],
  ['failures in a row', (k) => k.consecutiveFailures],
  ['24 h requests', (k) => k.totalRequests_24h],
  ['24 h failure rate', (k) => `${(k.failureRate_24h * 100).toFixed(1)} %`],
  ['avg response (ms)', (k) => k.avgResponseTimeMs ?? ''],
  ['last success', (k) => shortTime(k.lastSuccessTime)],
  ['last failure', (k) => shortTime(k.lastFailureTime)],
  ['created', (k) => shortTime(k.createTime)],
  ['etag', (k) => k.etag],
];

const KEY_COLUMNS: [string, (k: PoolKey) => unknown][] = [
  ['display name', (k) => clip(k.displayName, 20)],
  ['health', (k) => health(k.health)],
  ['slots', (k) => `${k.currentUserSlots}/${k.maxUserSlots}`],
  ['streams', (k) => `${k.currentConcurrentStreams}/${k.maxConcurrentStreams}`],
  ['prio', (k) => k.priority],
  ['fingerprint', (k) => k.apiKeyFingerprint],
];

const STATUS_COLUMNS: [string, (s: PoolStatus) => unknown][] = [
  ['key', (s) => clip(s.displayName, 18)],
  ['slots', (s) => `${s.currentUserSlots}/${s.maxUserSlots}`],
  ['slot lvl', (s) => level(s.slotStatus)],
  ['streams', (s) => `${s.currentConcurrentStreams}/${s.maxConcurrentStreams}`],
  ['strm lvl', (s) => level(s.concurrencyStatus)],
  ['health', (s) => health(s.health)],
];

const SLOT_COLUMNS: [string, (s: PoolSlot) => unknown][] = [
  ['key', (s) => shortKey(s.poolKey)],
  ['#', (s) => s.slotNumber],
  ['user', (s) => clip(s.userEmail || s.user.replace(/^users\//, ''), 36)],
  ['idle d', (s) => (s.daysSinceActivity === undefined ? '' : s.daysSinceActivity.toFixed(1))],
  ['streams', (s) => s.totalStreams],
];

function printKey(json: boolean, key: PoolKey): void {
  printRecord(json, key, KEY_FIELDS);
}

async function readApiKey(fromStdin: boolean | undefined): Promise<string> {
  const apiKey = (fromStdin ? await readStdin() : await promptHidden('API key: ')).trim();
  if (!apiKey) throw new UsageError('no API key given (pipe it with --api-key-stdin or type it at the prompt)');
  return apiKey;
}

/** --key/--user shortcuts joined with any --filter into one filter. */
function joinFilter(parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' AND ');
}

export function registerPoolCommands(program: Command): void {
  const pool = program.command('pool').description('the debrid key pool: keys, capacity, user slots, live streams, health');

  pool
    .command('add <display-name>')
    .description('add a key (its secret from --api-key-stdin or a prompt; needs pool.masterKey on the server)')
    .option('--api-key-stdin', 'read the API key from standard input')
    .option('--priority <n>', 'higher is assigned first', integerArg, 0)
    .option('--max-users <n>', 'user slots (default 100)', integerArg, 0)
    .option('--max-streams <n>', 'concurrent streams (default 35, TorBox\'s cap)', integerArg, 0)
    .action(
      action<[string, { apiKeyStdin?: boolean; priority: number; maxUsers: number; maxStreams: number }]>(async ({ clients, json }, displayName, flags) => {
        const apiKey = await readApiKey(flags.apiKeyStdin);
        const key = await call(clients.pool.createPoolKey.bind(clients.pool), {
          poolKey: { displayName, priority: flags.priority, maxUserSlots: flags.maxUsers, maxConcurrentStreams: flags.maxStreams },
          apiKey,
        });
        printKey(json, key);
      }),
    );

  pool
    .command('list')
    .description('keys, newest first')
    .option('--health <health>', 'healthy, degraded, failing or disabled')
    .option('--filter <filter>', 'a filter (see proto/swarmgate/control/v1/pool.proto)')
    .option('--page-size <n>', 'keys per page', integerArg, 50)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[{ health?: string; filter?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, flags) => {
        const filter = joinFilter([flags.filter, flags.health && `health = POOL_KEY_HEALTH_${flags.health.toUpperCase()}`]);
        const response = await call(clients.pool.listPoolKeys.bind(clients.pool), { filter, pageSize: flags.pageSize, pageToken: flags.pageToken ?? '' });
        printList(json, response, response.poolKeys as never[], KEY_COLUMNS as never, response.nextPageToken);
      }),
    );

  pool
    .command('get <key>')
    .description('one key (display name, id or poolKeys/... name)')
    .action(action<[string]>(async ({ clients, json }, key) => printKey(json, await call(clients.pool.getPoolKey.bind(clients.pool), { name: await keyArg(clients, key) }))));

  pool
    .command('update <key>')
    .description('change the given fields only')
    .option('--display-name <name>')
    .option('--priority <n>', 'higher is assigned first', integerArg)
    .option('--max-users <n>', 'user slots (lowering it needs the slots above free)', integerArg)
    .option('--max-streams <n>', 'concurrent streams', integerArg)
    .option('--etag <etag>', 'apply only if the key is unchanged since this etag')
    .action(
      action<[string, { displayName?: string; priority?: number; maxUsers?: number; maxStreams?: number; etag?: string }]>(async ({ clients, json }, key, flags) => {
        const paths: string[] = [];
        if (flags.displayName !== undefined) paths.push('display_name');
        if (flags.priority !== undefined) paths.push('priority');
        if (flags.maxUsers !== undefined) paths.push('max_user_slots');
        if (flags.maxStreams !== undefined) paths.push('max_concurrent_streams');
        if (paths.length === 0) throw new UsageError('nothing to change: give at least one of --display-name --priority --max-users --max-streams');
        const updated = await call(clients.pool.updatePoolKey.bind(clients.pool), {
          poolKey: {
            name: await keyArg(clients, key),
            displayName: flags.displayName ?? '',
            priority: flags.priority ?? 0,
            maxUserSlots: flags.maxUsers ?? 0,
            maxConcurrentStreams: flags.maxStreams ?? 0,
            etag: flags.etag ?? '',
          },
          updateMask: { paths },
        });
        printKey(json, updated);
      }),
    );

  pool
    .command('disable <key>')
    .description('stop new streams and slot assignments on the key')
    .requiredOption('--reason <reason>', 'why (shown as the health reason)')
    .option('--etag <etag>')
    .action(
      action<[string, { reason: string; etag?: string }]>(async ({ clients, json }, key, flags) =>
        printKey(json, await call(clients.pool.disablePoolKey.bind(clients.pool), { name: await keyArg(clients, key), reason: flags.reason, etag: flags.etag ?? '' })),
      ),
    );

  pool
    .command('enable <key>')
    .description('put a disabled key back in service')
    .option('--etag <etag>')
    .action(
      action<[string, { etag?: string }]>(async ({ clients, json }, key, flags) =>
        printKey(json, await call(clients.pool.enablePoolKey.bind(clients.pool), { name: await keyArg(clients, key), etag: flags.etag ?? '' })),
      ),
    );

  pool
    .command('delete <key>')
    .description('remove a disabled key without live streams, with its slots')
    .option('--etag <etag>')
    .action(
      action<[string, { etag?: string }]>(async ({ clients, json }, key, flags) => {
        const name = await keyArg(clients, key);
        const response = await call(clients.pool.deletePoolKey.bind(clients.pool), { name, etag: flags.etag ?? '' });
        if (json) return void process.stdout.write(`${JSON.stringify(response)}\n`);
        process.stdout.write(`deleted ${name}\n`);
      }),
    );

  pool
    .command('replace-secret <key>')
    .description('seal a new API key for the key (from --api-key-stdin or a prompt)')
    .option('--api-key-stdin', 'read the API key from standard input')
    .option('--etag <etag>')
    .action(
      action<[string, { apiKeyStdin?: boolean; etag?: string }]>(async ({ clients, json }, key, flags) => {
        const name = await keyArg(clients, key);
        const apiKey = await readApiKey(flags.apiKeyStdin);
        printKey(json, await call(clients.pool.replacePoolKeySecret.bind(clients.pool), { name, apiKey, etag: flags.etag ?? '' }));
      }),
    );

  pool
    .command('status [key]')
    .description('capacity with OK / WARNING / CRITICAL: every key, or one')
    .option('--filter <filter>', 'e.g. concurrency_status = CAPACITY_LEVEL_CRITICAL')
    .option('--page-size <n>', 'keys per page', integerArg, 50)
    .option('--page-token <token>')
    .action(
      action<[string | undefined, { filter?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, key, flags) => {
        if (key) {
          const status = await call(clients.pool.getPoolStatus.bind(clients.pool), { name: `${await keyArg(clients, key)}/status` });
          return printRecord(json, status, [
            ['key', (s: PoolStatus) => s.poolKey],
            ['display name', (s: PoolStatus) => s.displayName],
            ['health', (s: PoolStatus) => health(s.health)],
            ['user slots', (s: PoolStatus) => `${s.currentUserSlots} / ${s.maxUserSlots} (${s.slotUtilizationPct} %) ${level(s.slotStatus)}`],
            ['streams', (s: PoolStatus) => `${s.currentConcurrentStreams} / ${s.maxConcurrentStreams} (${s.concurrencyUtilizationPct} %) ${level(s.concurrencyStatus)}`],
          ]);
        }
        const response = await call(clients.pool.listPoolStatus.bind(clients.pool), { filter: flags.filter ?? '', pageSize: flags.pageSize, pageToken: flags.pageToken ?? '' });
        printList(json, response, response.statuses as never[], STATUS_COLUMNS as never, response.nextPageToken);
      }),
    );

  pool
    .command('slots')
    .description('assigned user slots, most recently assigned first')
    .option('--key <key>', 'only this key')
    .option('--user <user>', 'only this user (UUID or users/{uuid})')
    .option('--idle-days <n>', 'only slots idle at least this many days')
    .option('--filter <filter>', 'a filter (see pool.proto)')
    .option('--page-size <n>', 'slots per page', integerArg, 50)
    .option('--page-token <token>')
    .action(
      action<[{ key?: string; user?: string; idleDays?: string; filter?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, flags) => {
        const filter = joinFilter([flags.filter, flags.user && `user = ${JSON.stringify(userArg(flags.user))}`, flags.idleDays && `idle_days >= ${flags.idleDays}`]);
        const response = await call(clients.pool.listSlots.bind(clients.pool), {
          parent: await parentArg(clients, flags.key),
          filter,
          pageSize: flags.pageSize,
          pageToken: flags.pageToken ?? '',
        });
        printList(json, response, response.slots as never[], SLOT_COLUMNS as never, response.nextPageToken);
      }),
    );

  pool
    .command('assign <user>')
    .description('give a user a slot (on --key, or the best healthy key)')
    .option('--key <key>')
    .option('--device <device-id>', 'also record this device\'s assignment')
    .action(
      action<[string, { key?: string; device?: string }]>(async ({ clients, json }, user, flags) => {
        const slot = await call(clients.pool.assignSlot.bind(clients.pool), {
          user: userArg(user),
          poolKey: flags.key ? await keyArg(clients, flags.key) : '',
          deviceId: flags.device ?? '',
        });
        printRecord(json, slot, [
          ['slot', (s: PoolSlot) => s.name],
          ['user', (s: PoolSlot) => s.user],
          ['assigned', (s: PoolSlot) => shortTime(s.assignTime)],
        ]);
      }),
    );

  pool
    .command('release <key> <slot-number>')
    .description('free a slot (the user gets a new one on their next stream)')
    .action(
      action<[string, string]>(async ({ clients, json }, key, slotNumber) => {
        const slot = await call(clients.pool.releaseSlot.bind(clients.pool), { name: `${await keyArg(clients, key)}/slots/${slotNumber}` });
        printRecord(json, slot, [['released', (s: PoolSlot) => s.name]]);
      }),
    );

  pool
    .command('reclaim')
    .description('free idle slots now (what the pool_slot_reclamation job does)')
    .option('--idle-days <n>', 'idle for longer than this (default: the server\'s pool.slotIdleDays)')
    .option('--key <key>', 'only this key')
    .option('--dry-run', 'list what would be freed, change nothing')
    .action(
      action<[{ idleDays?: string; key?: string; dryRun?: boolean }]>(async ({ clients, json }, flags) => {
        const idleDays = flags.idleDays === undefined ? 0 : Number(flags.idleDays);
        if (!Number.isFinite(idleDays) || idleDays < 0) throw new UsageError('--idle-days must be a non-negative number');
        const response = await call(clients.pool.reclaimIdleSlots.bind(clients.pool), {
          idleDays,
          parent: await parentArg(clients, flags.key),
          dryRun: Boolean(flags.dryRun),
        });
        if (json) return void process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        printList(false, response, response.slots as never[], SLOT_COLUMNS as never);
        process.stdout.write(response.dryRun ? 'dry run: nothing changed\n' : `freed; ${response.assignmentsRemoved} device assignment(s) removed\n`);
      }),
    );

  pool
    .command('streams')
    .description('live streams (as of the engine\'s last flush), newest first')
    .option('--key <key>')
    .option('--user <user>')
    .option('--page-size <n>', 'streams per page', integerArg, 50)
    .option('--page-token <token>')
    .action(
      action<[{ key?: string; user?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, flags) => {
        const response = await call(clients.pool.listLiveStreams.bind(clients.pool), {
          parent: await parentArg(clients, flags.key),
          filter: flags.user ? `user = ${JSON.stringify(userArg(flags.user))}` : '',
          pageSize: flags.pageSize,
          pageToken: flags.pageToken ?? '',
        });
        type Stream = (typeof response.streams)[number];
        printList(json, response, response.streams as never[], [
          ['lease', (s: Stream) => s.leaseId],
          ['key', (s: Stream) => shortKey(s.poolKey)],
          ['user', (s: Stream) => shortUser(s.user)],
          ['started', (s: Stream) => shortTime(s.startTime).slice(5, 16)],
        ] as never, response.nextPageToken);
      }),
    );

  pool
    .command('end-stream <lease>')
    .description('ask the engine to end a live stream (lease id or poolStreams/... name)')
    .action(
      action<[string]>(async ({ clients, json }, lease) => {
        const stream = await call(clients.pool.endStream.bind(clients.pool), { name: lease.startsWith('poolStreams/') ? lease : `poolStreams/${lease}` });
        printRecord(json, stream, [['end requested', (s: typeof stream) => s.name]]);
      }),
    );

  pool
    .command('health')
    .description('health checks, newest first')
    .option('--key <key>')
    .option('--failed', 'only failed checks')
    .option('--page-size <n>', 'checks per page', integerArg, 50)
    .option('--page-token <token>')
    .action(
      action<[{ key?: string; failed?: boolean; pageSize: number; pageToken?: string }]>(async ({ clients, json }, flags) => {
        const response = await call(clients.pool.listHealthChecks.bind(clients.pool), {
          parent: await parentArg(clients, flags.key),
          filter: flags.failed ? 'successful = false' : '',
          pageSize: flags.pageSize,
          pageToken: flags.pageToken ?? '',
        });
        type Check = (typeof response.healthChecks)[number];
        printList(json, response, response.healthChecks as never[], [
          ['time', (c: Check) => shortTime(c.checkTime)],
          ['key', (c: Check) => shortKey(c.poolKey)],
          ['http', (c: Check) => c.httpStatus || ''],
          ['ok', (c: Check) => (c.successful ? 'yes' : 'no')],
          ['ms', (c: Check) => c.responseTimeMs ?? ''],
          ['error', (c: Check) => clip(c.errorMessage || c.errorType, 20)],
        ] as never, response.nextPageToken);
      }),
    );

  pool
    .command('usage')
    .description('upstream requests reported by the proxy, newest first')
    .option('--key <key>')
    .option('--user <user>')
    .option('--failed', 'only failed requests')
    .option('--page-size <n>', 'rows per page', integerArg, 50)
    .option('--page-token <token>')
    .action(
      action<[{ key?: string; user?: string; failed?: boolean; pageSize: number; pageToken?: string }]>(async ({ clients, json }, flags) => {
        const response = await call(clients.pool.listUsageLogs.bind(clients.pool), {
          parent: await parentArg(clients, flags.key),
          filter: joinFilter([flags.user && `user = ${JSON.stringify(userArg(flags.user))}`, flags.failed && 'successful = false']),
          pageSize: flags.pageSize,
          pageToken: flags.pageToken ?? '',
        });
        type Log = (typeof response.usageLogs)[number];
        printList(json, response, response.usageLogs as never[], [
          ['time', (l: Log) => shortTime(l.occurTime)],
          ['key', (l: Log) => shortKey(l.poolKey)],
          ['user', (l: Log) => shortUser(l.user)],
          ['code', (l: Log) => l.statusCode || ''],
          ['ms', (l: Log) => l.responseTimeMs ?? ''],
          ['endpoint', (l: Log) => clip(l.endpoint, 16)],
        ] as never, response.nextPageToken);
      }),
    );
}
