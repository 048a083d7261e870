/**
 * swarmgatectl indexers ...: the IndexerService verbs. `indexers list` is the table an operator wants
 * first: every indexer ranked by p95 response time (fastest first, unmeasured last), then by success
 * rate, with its status, in 80 columns.
 */
import type { Command } from 'commander';
import Table from 'cli-table3';
import { call, type ControlClients } from '../../../control/client.js';
import type { Indexer__Output as Indexer } from '../../../control/generated/swarmgate/control/v1/Indexer.js';
import { UsageError } from '../connection.js';
import { integerArg } from '../names.js';
import { printList, printRecord } from '../output.js';
import { action } from '../run.js';

const indexerArg = (value: string) => (value.startsWith('indexers/') ? value : `indexers/${value}`);

/** What the status column says: the health status, or why the indexer is off. */
export function statusText(i: Indexer): string {
  if (!i.enabled && i.disabledBy !== 'INDEXER_DISABLED_BY_HEALTH') return i.disabledBy === 'INDEXER_DISABLED_BY_OPERATOR' ? 'off (admin)' : 'off (prowl)';
  return i.status.replace('INDEXER_STATUS_', '').toLowerCase();
}

/** Fastest p95 first (indexers without searches last), then the higher success rate, then the name. */
export function rankIndexers(indexers: Indexer[]): Indexer[] {
  const p95 = (i: Indexer) => i.p95ResponseMs ?? Number.POSITIVE_INFINITY;
  return [...indexers].sort(
    (a, b) => p95(a) - p95(b) || (b.successRate ?? -1) - (a.successRate ?? -1) || a.displayName.localeCompare(b.displayName),
  );
}

const NAME_WIDTH = 22;

/** The ranking as a table at most 80 characters wide. */
export function rankingTable(indexers: Indexer[]): string {
  const table = new Table({
    head: ['#', 'indexer', 'status', 'p95 ms', 'success', 'searches'],
    colAligns: ['right', 'left', 'left', 'right', 'right', 'right'],
    style: { head: [], border: [] },
  });
  rankIndexers(indexers).forEach((i, k) => {
    const name = i.displayName.length > NAME_WIDTH ? `${i.displayName.slice(0, NAME_WIDTH - 1)}…` : i.displayName;
    table.push([k + 1, name, statusText(i), i.p95ResponseMs ?? '-', i.successRate === undefined ? '-' : `${i.successRate.toFixed(1)}%`, i.requests_24h]);
  });
  return table.toString();
}

async function allIndexers(clients: ControlClients, filter: string): Promise<Indexer[]> {
  const all: Indexer[] = [];
  let pageToken = '';
  do {
    const page = await call(clients.indexers.listIndexers.bind(clients.indexers), { filter, pageSize: 500, pageToken });
    all.push(...page.indexers);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return all;
}

const INDEXER_FIELDS: [string, (i: Indexer) => unknown][] = [
  ['name', (i) => i.name],
  ['indexer', (i) => i.displayName],
  ['prowlarr id', (i) => `${i.prowlarrIndexerId} (instance ${i.prowlarrInstance})`],
  ['protocol / privacy', (i) => `${i.protocol} / ${i.privacy}`],
  ['priority', (i) => i.priority],
  ['status', statusText],
  ['back-off level', (i) => i.backoffLevel],
  ['disabled until', (i) => i.disabledUntil],
  ['searches 24h', (i) => `${i.requests_24h} (${i.failures_24h} failed, ${i.timeouts_24h} timed out)`],
  ['success rate', (i) => (i.successRate === undefined ? '' : `${i.successRate}%`)],
  ['avg / p50 / p95 ms', (i) => [i.avgResponseMs, i.medianResponseMs, i.p95ResponseMs].map((v) => v ?? '-').join(' / ')],
  ['prowlarr queries / grabs', (i) => `${i.queriesTotal} / ${i.grabsTotal} (24h: ${i.queries_24h} / ${i.grabs_24h})`],
  ['last success', (i) => i.lastSuccessTime],
  ['last failure', (i) => i.lastFailureTime],
  ['last sync', (i) => i.lastSyncTime],
  ['etag', (i) => i.etag],
];

export function registerIndexerCommands(program: Command): void {
  const indexers = program.command('indexers').description('Prowlarr indexers');
  const printIndexer = (json: boolean, indexer: Indexer) => printRecord(json, indexer, INDEXER_FIELDS);

  indexers
    .command('list')
    .description('indexers ranked by p95 response time and success rate, with their status')
    .option('--filter <filter>', 'an AIP-160 filter (see proto/swarmgate/control/v1/indexers.proto)')
    .action(
      action<[{ filter?: string }]>(async ({ clients, json }, options) => {
        const all = await allIndexers(clients, options.filter ?? '');
        if (json) return void process.stdout.write(`${JSON.stringify({ indexers: rankIndexers(all) }, null, 2)}\n`);
        process.stdout.write(`${rankingTable(all)}\n${all.length} indexers\n`);
      }),
    );

  indexers
    .command('get <indexer>')
    .description('one indexer, by UUID or indexers/... name')
    .action(action<[string]>(async ({ clients, json }, indexer) => printIndexer(json, await call(clients.indexers.getIndexer.bind(clients.indexers), { name: indexerArg(indexer) }))));

  indexers
    .command('set-priority <indexer> <priority>')
    .description('search priority, 1 (first) to 50')
    .option('--etag <etag>')
    .action(
      action<[string, string, { etag?: string }]>(async ({ clients, json }, indexer, priority, options) => {
        const updated = await call(clients.indexers.updateIndexer.bind(clients.indexers), {
          indexer: { name: indexerArg(indexer), priority: integerArg(priority), etag: options.etag ?? '' },
          updateMask: { paths: ['priority'] },
        });
        printIndexer(json, updated);
      }),
    );

  indexers
    .command('disable <indexer>')
    .description('disable by hand (the health job never re-enables it)')
    .option('--reason <text>')
    .option('--etag <etag>')
    .action(
      action<[string, { reason?: string; etag?: string }]>(async ({ clients, json }, indexer, options) => {
        printIndexer(json, await call(clients.indexers.disableIndexer.bind(clients.indexers), { name: indexerArg(indexer), reason: options.reason ?? '', etag: options.etag ?? '' }));
      }),
    );

  indexers
    .command('enable <indexer>')
    .description('enable now, ending a disable or a back-off wait')
    .option('--etag <etag>')
    .action(
      action<[string, { etag?: string }]>(async ({ clients, json }, indexer, options) => {
        printIndexer(json, await call(clients.indexers.enableIndexer.bind(clients.indexers), { name: indexerArg(indexer), etag: options.etag ?? '' }));
      }),
    );

  indexers
    .command('metrics <indexer>')
    .description('hourly metrics of one indexer (default: the last 24 hours)')
    .option('--hours <n>', 'hours back from now (at most 744)', integerArg, 24)
    .action(
      action<[string, { hours: number }]>(async ({ clients, json }, indexer, options) => {
        if (options.hours < 1 || options.hours > 744) throw new UsageError('--hours must be from 1 to 744');
        const start = Date.now() - options.hours * 3600_000;
        const response = await call(clients.indexers.listIndexerMetrics.bind(clients.indexers), {
          name: `${indexerArg(indexer)}/metrics`,
          startTime: { seconds: Math.floor(start / 1000), nanos: 0 },
        });
        printList(json, response, response.metrics as never[], [
          ['hour', (m: (typeof response.metrics)[number]) => m.hour],
          ['req', (m: (typeof response.metrics)[number]) => m.requests],
          ['fail', (m: (typeof response.metrics)[number]) => m.failures],
          ['t/o', (m: (typeof response.metrics)[number]) => m.timeouts],
          ['p50', (m: (typeof response.metrics)[number]) => m.p50ResponseMs],
          ['p95', (m: (typeof response.metrics)[number]) => m.p95ResponseMs],
          ['max', (m: (typeof response.metrics)[number]) => m.maxResponseMs],
        ] as never);
      }),
    );

  indexers
    .command('stats')
    .description('figures across all indexers for the last 24 hours')
    .action(
      action<[]>(async ({ clients, json }) => {
        const stats = await call(clients.indexers.getGlobalIndexerStats.bind(clients.indexers), {});
        printRecord(json, stats, [
          ['searches 24h', (s: typeof stats) => `${s.searches_24h} (${s.failures_24h} failed, ${s.timeouts_24h} timed out)`],
          ['avg / p95 ms', (s: typeof stats) => `${s.avgResponseMs ?? '-'} / ${s.p95ResponseMs ?? '-'}`],
          ['slowest', (s: typeof stats) => (s.slowestIndexer ? `${s.slowestIndexer} (${s.slowestAvgResponseMs} ms avg)` : '')],
          ['most reliable', (s: typeof stats) => (s.mostReliableIndexer ? `${s.mostReliableIndexer} (${s.mostReliableSuccessRate}%)` : '')],
          ['as of', (s: typeof stats) => s.updateTime],
        ] as never);
      }),
    );

  indexers
    .command('searches')
    .description('the search log, newest first')
    .option('--indexer <indexer>')
    .option('--failed', 'failed searches only')
    .option('--filter <filter>', 'an AIP-160 filter (see proto/swarmgate/control/v1/indexers.proto)')
    .option('--page-size <n>', 'searches per page', integerArg, 50)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[{ indexer?: string; failed?: boolean; filter?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, options) => {
        const parts = options.filter ? [options.filter] : [];
        if (options.indexer) parts.push(`indexer = ${JSON.stringify(indexerArg(options.indexer))}`);
        if (options.failed) parts.push('success = false');
        const response = await call(clients.indexers.listSearchLogs.bind(clients.indexers), {
          filter: parts.join(' AND '),
          pageSize: options.pageSize,
          pageToken: options.pageToken ?? '',
        });
        type Search = (typeof response.searches)[number];
        printList(json, response, response.searches as never[], [
          ['time', (s: Search) => s.searchTime],
          ['query', (s: Search) => s.query.slice(0, 24)],
          ['ms', (s: Search) => s.responseMs],
          ['ok', (s: Search) => (s.success ? 'yes' : s.errorType || 'no')],
          ['results', (s: Search) => s.results],
        ] as never, response.nextPageToken);
      }),
    );

  indexers
    .command('sync')
    .description('sync the indexers from Prowlarr now')
    .action(
      action<[]>(async ({ clients, json }) => {
        const result = await call(clients.indexers.syncIndexers.bind(clients.indexers), {});
        printRecord(json, result, [
          ['created', (r: typeof result) => r.created],
          ['updated', (r: typeof result) => r.updated],
          ['snapshots', (r: typeof result) => r.snapshots],
        ] as never);
      }),
    );
}
