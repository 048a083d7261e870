/**
 * IndexerService: the Prowlarr indexers (control/services/indexers/): reads, an operator's changes,
 * hourly metrics, global stats, the search log, sync now, and the ReportSearches stream.
 */
import { status } from '@grpc/grpc-js';
import { ControlError, failedPrecondition, invalidField } from '../errors/control-error.js';
import { Violations } from '../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../filter.js';
import type { IndexerServiceHandlers } from '../generated/swarmgate/control/v1/IndexerService.js';
import { mutate } from '../mutation.js';
import { fetchPage } from '../pagination.js';
import { unary } from '../server/unary.js';
import { fromTimestamp } from '../timestamps.js';
import type { ServiceDeps } from './deps.js';
import { changeIndexer, disableIndexer, enableIndexer } from './indexers/indexer-changes.js';
import { globalStats, hourlyMetrics, listSearchLogs } from './indexers/indexer-queries.js';
import { findIndexer, INDEXER_SELECT, parseIndexerName, toIndexerMessage, type IndexerRow } from './indexers/indexer-records.js';
import { fetchRegistry, ProwlarrError } from './indexers/prowlarr-client.js';
import { writeRegistry } from './indexers/registry-sync.js';
import { reportSearchesHandler } from './indexers/report-searches.js';
import { syncFailures, syncRuns } from './indexers/sync-metrics.js';

const INDEXER_FILTER: Record<string, FilterField> = {
  status: {
    column: 'p.status',
    operators: ['=', '!='],
    convert: filterValues.enumeration({ INDEXER_STATUS_OPERATIONAL: 'operational', INDEXER_STATUS_DEGRADED: 'degraded', INDEXER_STATUS_DOWN: 'down' }),
  },
  enabled: { column: 'p.is_enabled', operators: ['='], convert: filterValues.boolean },
  protocol: { column: 'p.protocol', operators: ['=', '!='], convert: filterValues.text },
  disabled_by: {
    column: "coalesce(p.disabled_by, CASE WHEN p.is_enabled THEN 'none' ELSE 'prowlarr' END)",
    operators: ['=', '!='],
    convert: filterValues.enumeration({
      INDEXER_DISABLED_BY_NONE: 'none',
      INDEXER_DISABLED_BY_HEALTH: 'health',
      INDEXER_DISABLED_BY_OPERATOR: 'operator',
      INDEXER_DISABLED_BY_PROWLARR: 'prowlarr',
    }),
  },
};

const UPDATABLE = ['priority', 'enabled'] as const;

export function indexerServiceHandlers(deps: ServiceDeps): IndexerServiceHandlers {
  const { pool } = deps;
  const indexers = deps.settings.indexers;
  return {
    ListIndexers: unary(async (request) => {
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, INDEXER_FILTER, params);
      const page = await fetchPage<IndexerRow>(pool, {
        select: INDEXER_SELECT,
        alias: 'p',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { filter: request.filter },
      });
      return { indexers: page.rows.map(toIndexerMessage), nextPageToken: page.nextPageToken };
    }),

    GetIndexer: unary(async (request) => toIndexerMessage(await findIndexer(pool, parseIndexerName(request.name, 'name')))),

    UpdateIndexer: unary(async (request, context) => {
      const indexer = request.indexer;
      if (!indexer) throw invalidField('indexer', 'is required');
      const id = parseIndexerName(indexer.name, 'indexer.name');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', `name the fields to change: ${UPDATABLE.join(', ')}`);
      paths.forEach((path, i) => v.check((UPDATABLE as readonly string[]).includes(path), `update_mask.paths[${i}]`, `"${path}" cannot be updated`));
      const set = new Set(paths);
      if (set.has('priority')) v.check(Number.isInteger(indexer.priority) && indexer.priority >= 1 && indexer.priority <= 50, 'indexer.priority', 'must be from 1 (first) to 50');
      v.throwIfAny();
      const row = await changeIndexer(deps, context, id, indexer.etag, 'indexer.update', async (current, scope) => {
        if (set.has('priority')) await scope.tx.query(`UPDATE prowlarr_indexers SET priority = $2 WHERE id = $1`, [id, indexer.priority]);
        if (set.has('enabled') && indexer.enabled !== current.is_enabled) {
          await (indexer.enabled ? enableIndexer(current, scope) : disableIndexer(current, scope));
        }
        return { update_mask: paths };
      });
      return toIndexerMessage(row);
    }),

    DisableIndexer: unary(async (request, context) => {
      const reason = request.reason.trim();
      if (reason.length > 2000) throw invalidField('reason', 'at most 2000 characters');
      const row = await changeIndexer(deps, context, parseIndexerName(request.name, 'name'), request.etag, 'indexer.disable', async (current, scope) => {
        await disableIndexer(current, scope);
        return reason ? { reason } : undefined;
      });
      return toIndexerMessage(row);
    }),

    EnableIndexer: unary(async (request, context) => {
      const row = await changeIndexer(deps, context, parseIndexerName(request.name, 'name'), request.etag, 'indexer.enable', enableIndexer);
      return toIndexerMessage(row);
    }),

    ListIndexerMetrics: unary(async (request) => {
      const id = parseIndexerName(request.name, 'name', '/metrics');
      return { metrics: await hourlyMetrics(pool, id, fromTimestamp(request.startTime), fromTimestamp(request.endTime)) };
    }),

    GetGlobalIndexerStats: unary(async () => globalStats(pool)),

    ListSearchLogs: unary(async (request) => listSearchLogs(pool, request)),

    SyncIndexers: unary(async (_request, context) => {
      const { prowlarrUrl, prowlarrApiKey, prowlarrTimeoutMs, prowlarrInstanceId } = indexers;
      if (!prowlarrUrl || !prowlarrApiKey) {
        throw failedPrecondition('PROWLARR_NOT_CONFIGURED', 'set SWARMGATE_PROWLARR_URL and SWARMGATE_PROWLARR_API_KEY to sync indexers');
      }
      let registry;
      try {
        registry = await fetchRegistry({ baseUrl: prowlarrUrl, apiKey: prowlarrApiKey, timeoutMs: prowlarrTimeoutMs });
      } catch (err) {
        if (!(err instanceof ProwlarrError)) throw err;
        syncFailures.inc({ kind: err.kind });
        throw new ControlError(status.UNAVAILABLE, `Prowlarr: ${err.message}; nothing was written`, { reason: 'PROWLARR_UNAVAILABLE', metadata: { kind: err.kind } });
      }
      const result = await mutate(pool, deps.bus, context, async (scope) => {
        const written = await writeRegistry(scope.tx, registry, prowlarrInstanceId, new Date());
        await scope.audit({ action: 'indexer.sync', entityType: 'prowlarr_indexer', entityId: null, metadata: { created: written.created.length, updated: written.updated.length } });
        for (const indexerId of written.created) scope.publish({ type: 'indexer.changed', indexerId });
        return written;
      });
      syncRuns.inc();
      return { created: result.created.length, updated: result.updated.length, snapshots: result.snapshots };
    }),

    ReportSearches: reportSearchesHandler(deps, indexers),
  };
}
