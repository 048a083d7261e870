/** The pool's history: health checks (probe job and proxy reports) and usage logs, paged and filtered. */
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { PoolHealthCheck } from '../../generated/swarmgate/control/v1/PoolHealthCheck.js';
import type { PoolServiceHandlers } from '../../generated/swarmgate/control/v1/PoolService.js';
import type { PoolUsageLog } from '../../generated/swarmgate/control/v1/PoolUsageLog.js';
import { fetchPage } from '../../pagination.js';
import { userName } from '../../resource-names.js';
import { unary } from '../../server/unary.js';
import { toTimestamp } from '../../timestamps.js';
import type { ServiceDeps } from '../deps.js';
import { poolFilterValues } from './pool-filters.js';
import { healthCheckName, parsePoolKeyParent, poolKeyName } from './pool-names.js';

interface HealthCheckRow {
  id: string;
  pool_key_id: string;
  checked_at: Date;
  check_type: string;
  endpoint: string | null;
  http_status: number | null;
  response_time_ms: number | null;
  was_successful: boolean;
  error_type: string | null;
  error_message: string | null;
  consecutive_failures: number;
  created_us: string;
}

interface UsageLogRow {
  id: string;
  occurred_at: Date;
  pool_key_id: string | null;
  user_id: string | null;
  device_id: string | null;
  stream_type: string | null;
  title: string | null;
  imdb_id: string | null;
  torrent_hash: Buffer | null;
  debrid_service: string;
  was_cached: boolean | null;
  endpoint: string | null;
  response_time_ms: number | null;
  status_code: number | null;
  was_successful: boolean;
  error_type: string | null;
  created_us: string;
}

const HEALTH_SELECT = `
  SELECT h.id::text AS id, h.pool_key_id, h.checked_at, h.check_type, h.endpoint, h.http_status, h.response_time_ms, h.was_successful,
         h.error_type, h.error_message, h.consecutive_failures,
         (extract(epoch FROM h.checked_at) * 1000000)::bigint::text AS created_us
  FROM torbox_pool_health h`;

const USAGE_SELECT = `
  SELECT l.id, l.occurred_at, l.pool_key_id, l.user_id, l.device_id, l.stream_type, l.title, l.imdb_id, l.torrent_hash, l.debrid_service,
         l.was_cached, l.endpoint, l.response_time_ms, l.status_code, l.was_successful, l.error_type,
         (extract(epoch FROM l.occurred_at) * 1000000)::bigint::text AS created_us
  FROM torbox_usage_logs l`;

const HEALTH_FILTER: Record<string, FilterField> = {
  successful: { column: 'h.was_successful', operators: ['='], convert: filterValues.boolean },
  check_type: { column: 'h.check_type', operators: ['=', '!='], convert: filterValues.text },
  check_time: { column: 'h.checked_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

const USAGE_FILTER: Record<string, FilterField> = {
  user: { column: 'l.user_id', operators: ['='], convert: poolFilterValues.user },
  successful: { column: 'l.was_successful', operators: ['='], convert: filterValues.boolean },
  status_code: { column: 'l.status_code', operators: ['=', '!=', '<', '<=', '>', '>='], convert: poolFilterValues.integer },
  endpoint: { column: 'l.endpoint', operators: ['=', '!='], convert: filterValues.text },
  occur_time: { column: 'l.occurred_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

function toHealthCheckMessage(row: HealthCheckRow): PoolHealthCheck {
  return {
    name: healthCheckName(row.pool_key_id, row.id),
    poolKey: poolKeyName(row.pool_key_id),
    checkTime: toTimestamp(row.checked_at),
    checkType: row.check_type,
    endpoint: row.endpoint ?? '',
    httpStatus: row.http_status ?? 0,
    ...(row.response_time_ms === null ? {} : { responseTimeMs: row.response_time_ms }),
    successful: row.was_successful,
    errorType: row.error_type ?? '',
    errorMessage: row.error_message ?? '',
    consecutiveFailures: row.consecutive_failures,
  };
}

function toUsageLogMessage(row: UsageLogRow): PoolUsageLog {
  return {
    id: row.id,
    occurTime: toTimestamp(row.occurred_at),
    poolKey: row.pool_key_id ? poolKeyName(row.pool_key_id) : '',
    user: row.user_id ? userName(row.user_id) : '',
    deviceId: row.device_id ?? '',
    streamType: row.stream_type ?? '',
    title: row.title ?? '',
    imdbId: row.imdb_id ?? '',
    torrentHash: row.torrent_hash?.toString('hex') ?? '',
    debridService: row.debrid_service,
    ...(row.was_cached === null ? {} : { wasCached: row.was_cached }),
    endpoint: row.endpoint ?? '',
    ...(row.response_time_ms === null ? {} : { responseTimeMs: row.response_time_ms }),
    statusCode: row.status_code ?? 0,
    successful: row.was_successful,
    errorType: row.error_type ?? '',
  };
}

/** Conditions of a list filtered by `filter` and limited to the parent key (when one is named). */
function listConditions(parent: string, filter: string, fields: Record<string, FilterField>, keyColumn: string): { poolKeyId: string | null; conditions: string[]; params: unknown[] } {
  const poolKeyId = parsePoolKeyParent(parent, 'parent');
  const params: unknown[] = [];
  const conditions = compileFilter(filter, fields, params);
  if (poolKeyId) {
    params.push(poolKeyId);
    conditions.push(`${keyColumn} = $${params.length}`);
  }
  return { poolKeyId, conditions, params };
}

export function historyHandlers(deps: ServiceDeps): Pick<PoolServiceHandlers, 'ListHealthChecks' | 'ListUsageLogs'> {
  const { pool } = deps;
  return {
    ListHealthChecks: unary(async (request) => {
      const { poolKeyId, conditions, params } = listConditions(request.parent, request.filter, HEALTH_FILTER, 'h.pool_key_id');
      const result = await fetchPage<HealthCheckRow>(pool, {
        select: HEALTH_SELECT,
        alias: 'h',
        keyset: { time: 'h.checked_at', id: 'h.id', idType: 'bigint' },
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: poolKeyId, filter: request.filter },
      });
      return { healthChecks: result.rows.map(toHealthCheckMessage), nextPageToken: result.nextPageToken };
    }),

    ListUsageLogs: unary(async (request) => {
      const { poolKeyId, conditions, params } = listConditions(request.parent, request.filter, USAGE_FILTER, 'l.pool_key_id');
      const result = await fetchPage<UsageLogRow>(pool, {
        select: USAGE_SELECT,
        alias: 'l',
        keyset: { time: 'l.occurred_at', id: 'l.id', idType: 'uuid' },
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: poolKeyId, filter: request.filter },
      });
      return { usageLogs: result.rows.map(toUsageLogMessage), nextPageToken: result.nextPageToken };
    }),
  };
}
