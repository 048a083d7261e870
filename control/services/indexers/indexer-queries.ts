/** Read-only IndexerService calls: hourly metrics over a range, the global singleton, the search log. */
import { invalidField } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { GlobalIndexerStats } from '../../generated/swarmgate/control/v1/GlobalIndexerStats.js';
import type { IndexerHourlyMetrics } from '../../generated/swarmgate/control/v1/IndexerHourlyMetrics.js';
import type { ListSearchLogsRequest__Output } from '../../generated/swarmgate/control/v1/ListSearchLogsRequest.js';
import type { SearchLog } from '../../generated/swarmgate/control/v1/SearchLog.js';
import type { SearchType } from '../../generated/swarmgate/control/v1/SearchType.js';
import { fetchPage } from '../../pagination.js';
import { isUuid, userName } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';
import type { Queryable } from '../users/user-records.js';
import { findIndexer, indexerName } from './indexer-records.js';

const MAX_RANGE_MS = 31 * 24 * 3600_000;

interface MetricsRow {
  hour_bucket: Date;
  total_requests: number;
  successful_requests: number;
  failed_requests: number;
  timeout_requests: number;
  min_response_time_ms: number | null;
  avg_response_time_ms: number | null;
  max_response_time_ms: number | null;
  p50_response_time_ms: number | null;
  p95_response_time_ms: number | null;
  total_results_returned: number;
}

export async function hourlyMetrics(db: Queryable, id: string, start: Date | null, end: Date | null): Promise<IndexerHourlyMetrics[]> {
  const until = end ?? new Date();
  const v = new Violations();
  v.check(start !== null, 'start_time', 'is required');
  if (start) {
    v.check(start < until, 'end_time', 'must be after start_time');
    v.check(until.getTime() - start.getTime() <= MAX_RANGE_MS, 'start_time', 'the range may span at most 31 days');
  }
  v.throwIfAny();
  await findIndexer(db, id);
  const { rows } = await db.query<MetricsRow>(
    `SELECT hour_bucket, total_requests, successful_requests, failed_requests, timeout_requests, min_response_time_ms, avg_response_time_ms,
            max_response_time_ms, p50_response_time_ms, p95_response_time_ms, total_results_returned
     FROM prowlarr_indexer_metrics WHERE indexer_id = $1 AND hour_bucket >= $2 AND hour_bucket < $3 ORDER BY hour_bucket`,
    [id, start, until],
  );
  return rows.map((r) => ({
    hour: toTimestamp(r.hour_bucket),
    requests: r.total_requests,
    successes: r.successful_requests,
    failures: r.failed_requests,
    timeouts: r.timeout_requests,
    minResponseMs: r.min_response_time_ms ?? undefined,
    avgResponseMs: r.avg_response_time_ms ?? undefined,
    maxResponseMs: r.max_response_time_ms ?? undefined,
    p50ResponseMs: r.p50_response_time_ms ?? undefined,
    p95ResponseMs: r.p95_response_time_ms ?? undefined,
    results: r.total_results_returned,
  }));
}

export async function globalStats(db: Queryable): Promise<GlobalIndexerStats> {
  const { rows: [g] } = await db.query(`SELECT * FROM prowlarr_global_stats WHERE id = 1`);
  if (!g) return {};
  return {
    searches_24h: g.total_searches_24h,
    successes_24h: g.successful_searches_24h,
    failures_24h: g.failed_searches_24h,
    timeouts_24h: g.timeout_searches_24h,
    avgResponseMs: g.avg_response_time_24h_ms ?? undefined,
    p95ResponseMs: g.p95_response_time_24h_ms ?? undefined,
    slowestIndexer: g.slowest_indexer_id ? indexerName(g.slowest_indexer_id) : '',
    slowestAvgResponseMs: g.slowest_indexer_avg_time_ms ?? undefined,
    mostReliableIndexer: g.most_reliable_indexer_id ? indexerName(g.most_reliable_indexer_id) : '',
    mostReliableSuccessRate: g.most_reliable_success_rate === null ? undefined : Number(g.most_reliable_success_rate),
    updateTime: toTimestamp(g.last_updated_at),
  };
}

const SEARCH_TYPES: Record<string, SearchType> = { movie: 'SEARCH_TYPE_MOVIE', series: 'SEARCH_TYPE_SERIES', search: 'SEARCH_TYPE_SEARCH' };

function resourceId(prefix: string) {
  return (value: string) => {
    const id = value.startsWith(`${prefix}/`) ? value.slice(prefix.length + 1) : '';
    return isUuid(id) ? { ok: id.toLowerCase() } : { error: `must be "${prefix}/{uuid}"` };
  };
}

const SEARCH_FILTER: Record<string, FilterField> = {
  indexer: { column: 'l.indexer_id', operators: ['='], convert: resourceId('indexers') },
  user: { column: 'l.user_id', operators: ['='], convert: resourceId('users') },
  success: { column: 'l.was_successful', operators: ['='], convert: filterValues.boolean },
  type: {
    column: 'l.search_type',
    operators: ['=', '!='],
    convert: filterValues.enumeration({ SEARCH_TYPE_MOVIE: 'movie', SEARCH_TYPE_SERIES: 'series', SEARCH_TYPE_SEARCH: 'search' }),
  },
  error_type: { column: 'l.error_type', operators: ['=', '!='], convert: filterValues.text },
  search_time: { column: 'l.searched_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

interface SearchRow {
  id: string;
  created_us: string;
  searched_at: Date;
  indexer_id: string | null;
  user_id: string | null;
  search_query: string | null;
  search_type: string;
  imdb_id: string | null;
  tmdb_id: string | null;
  response_time_ms: number | null;
  http_status: number | null;
  results_count: number | null;
  was_successful: boolean;
  error_type: string | null;
  error_message: string | null;
}

// The page cursor of control/pagination.ts is (created_at, id): for searches that is the time searched.
const SEARCH_SELECT = `
  SELECT * FROM (
    SELECT s.*, s.searched_at AS created_at, (extract(epoch FROM s.searched_at) * 1000000)::bigint::text AS created_us
    FROM prowlarr_search_logs s
  ) l`;

export async function listSearchLogs(db: Queryable, request: ListSearchLogsRequest__Output): Promise<{ searches: SearchLog[]; nextPageToken: string }> {
  const params: unknown[] = [];
  const conditions = compileFilter(request.filter, SEARCH_FILTER, params);
  if (request.pageSize < 0) throw invalidField('page_size', 'must not be negative');
  const page = await fetchPage<SearchRow>(db, {
    select: SEARCH_SELECT,
    alias: 'l',
    conditions,
    params,
    pageSize: request.pageSize,
    pageToken: request.pageToken,
    scope: { filter: request.filter },
  });
  return {
    searches: page.rows.map((r) => ({
      id: r.id,
      indexer: r.indexer_id ? indexerName(r.indexer_id) : '',
      query: r.search_query ?? '',
      type: SEARCH_TYPES[r.search_type] ?? 'SEARCH_TYPE_UNSPECIFIED',
      imdbId: r.imdb_id ?? '',
      tmdbId: r.tmdb_id ?? '',
      responseMs: r.response_time_ms ?? undefined,
      httpStatus: r.http_status ?? undefined,
      results: r.results_count ?? undefined,
      success: r.was_successful,
      errorType: r.error_type ?? '',
      errorMessage: r.error_message ?? '',
      user: r.user_id ? userName(r.user_id) : '',
      searchTime: toTimestamp(r.searched_at),
    })),
    nextPageToken: page.nextPageToken,
  };
}
