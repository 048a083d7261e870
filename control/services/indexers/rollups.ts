/**
 * The indexer roll-ups, each one set-based SQL statement over prowlarr_search_logs, safe to run twice
 * or from two processes at once (upserts by unique key, values recomputed from the logs, never added):
 *
 * - hourly buckets in prowlarr_indexer_metrics (recomputed for the last few hours, so searches that
 *   reach the table late through the flusher are counted in their own hour);
 * - the 24-hour columns of prowlarr_indexers and the status they imply;
 * - the prowlarr_global_stats singleton.
 *
 * A search is a timeout when its error_type is 'timeout'; percentiles are percentile_cont (linear
 * interpolation), rounded to whole milliseconds.
 */
import type { Config } from '../../../core/config.js';
import type { Pool, PoolClient } from '../../../core/db.js';

/** Hours recomputed by every hourly run: the current one and the two before it. */
export const HOURLY_LOOKBACK_HOURS = 3;

const HOURLY_METRICS = `
  INSERT INTO prowlarr_indexer_metrics AS m (indexer_id, hour_bucket, total_requests, successful_requests, failed_requests,
    timeout_requests, avg_response_time_ms, min_response_time_ms, max_response_time_ms, p50_response_time_ms,
    p95_response_time_ms, total_results_returned, created_at)
  SELECT s.indexer_id, date_trunc('hour', s.searched_at, 'UTC'), count(*), count(*) FILTER (WHERE s.was_successful),
    count(*) FILTER (WHERE NOT s.was_successful), count(*) FILTER (WHERE s.error_type = 'timeout'),
    round(avg(s.response_time_ms))::integer, min(s.response_time_ms), max(s.response_time_ms),
    round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.response_time_ms))::integer,
    round(percentile_cont(0.95) WITHIN GROUP (ORDER BY s.response_time_ms))::integer,
    coalesce(sum(s.results_count), 0), $2
  FROM prowlarr_search_logs s
  WHERE s.indexer_id IS NOT NULL AND s.searched_at >= $1 AND s.searched_at < date_trunc('hour', $2::timestamptz, 'UTC') + interval '1 hour'
  GROUP BY 1, 2
  ORDER BY 1, 2
  ON CONFLICT (indexer_id, hour_bucket) DO UPDATE SET
    total_requests = EXCLUDED.total_requests,
    successful_requests = EXCLUDED.successful_requests,
    failed_requests = EXCLUDED.failed_requests,
    timeout_requests = EXCLUDED.timeout_requests,
    avg_response_time_ms = EXCLUDED.avg_response_time_ms,
    min_response_time_ms = EXCLUDED.min_response_time_ms,
    max_response_time_ms = EXCLUDED.max_response_time_ms,
    p50_response_time_ms = EXCLUDED.p50_response_time_ms,
    p95_response_time_ms = EXCLUDED.p95_response_time_ms,
    total_results_returned = EXCLUDED.total_results_returned`;

/** Recompute the hourly buckets of the last HOURLY_LOOKBACK_HOURS hours up to `now`; returns rows written. */
export async function rollHourlyMetrics(pool: Pool, now: Date): Promise<number> {
  const from = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - (HOURLY_LOOKBACK_HOURS - 1) * 3_600_000);
  const { rowCount } = await pool.query(HOURLY_METRICS, [from, now]);
  return rowCount ?? 0;
}

/**
 * An indexer's status, as one SQL expression over a prowlarr_indexers row (alias p) after its 24-hour
 * columns are set: down while the health job holds it disabled, degraded when slow (average at or
 * above the critical response time) or unreliable (success below the warning rate), else operational.
 * Parameters: $critical_ms and $warning_percent are spliced in by `statusExpression`.
 */
export function statusExpression(criticalMsParam: string, warningPercentParam: string): string {
  return `CASE WHEN p.disabled_by = 'health' THEN 'down'
               WHEN p.avg_response_time_ms >= ${criticalMsParam} OR p.success_rate < ${warningPercentParam} THEN 'degraded'
               ELSE 'operational' END`;
}

const DAILY_FIGURES = `
  WITH s AS (
    SELECT indexer_id, count(*) AS total, count(*) FILTER (WHERE was_successful) AS ok,
      count(*) FILTER (WHERE NOT was_successful) AS failed, count(*) FILTER (WHERE error_type = 'timeout') AS timeouts,
      round(avg(response_time_ms))::integer AS avg_ms,
      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY response_time_ms))::integer AS p50_ms,
      round(percentile_cont(0.95) WITHIN GROUP (ORDER BY response_time_ms))::integer AS p95_ms,
      max(searched_at) FILTER (WHERE was_successful) AS last_ok, max(searched_at) FILTER (WHERE NOT was_successful) AS last_failed
    FROM prowlarr_search_logs
    WHERE indexer_id IS NOT NULL AND searched_at > $1::timestamptz - interval '24 hours' AND searched_at <= $1
    GROUP BY indexer_id
  ), figures AS (
    SELECT p.id, coalesce(s.total, 0) AS total, coalesce(s.ok, 0) AS ok, coalesce(s.failed, 0) AS failed,
      coalesce(s.timeouts, 0) AS timeouts, s.avg_ms, s.p50_ms, s.p95_ms, s.last_ok, s.last_failed,
      CASE WHEN s.total > 0 THEN round(100.0 * s.ok / s.total, 2) END AS rate
    FROM prowlarr_indexers p LEFT JOIN s ON s.indexer_id = p.id
  ), updated AS (
    UPDATE prowlarr_indexers p SET
      total_requests_24h = f.total, successful_requests_24h = f.ok, failed_requests_24h = f.failed, timeout_count_24h = f.timeouts,
      avg_response_time_ms = f.avg_ms, median_response_time_ms = f.p50_ms, p95_response_time_ms = f.p95_ms, success_rate = f.rate,
      last_success_at = greatest(p.last_success_at, f.last_ok), last_failure_at = greatest(p.last_failure_at, f.last_failed),
      last_check_at = $1
    FROM figures f WHERE p.id = f.id
    RETURNING p.id
  )
  SELECT count(*)::integer AS n FROM updated`;

function applyStatus(criticalMs: number, warningPercent: number): [string, unknown[]] {
  return [`UPDATE prowlarr_indexers p SET status = ${statusExpression('$1', '$2')} WHERE status <> ${statusExpression('$1', '$2')}`, [criticalMs, warningPercent]];
}

const GLOBAL_STATS = `
  WITH s AS (
    SELECT count(*)::integer AS total, (count(*) FILTER (WHERE was_successful))::integer AS ok,
      (count(*) FILTER (WHERE NOT was_successful))::integer AS failed, (count(*) FILTER (WHERE error_type = 'timeout'))::integer AS timeouts,
      round(avg(response_time_ms))::integer AS avg_ms,
      round(percentile_cont(0.95) WITHIN GROUP (ORDER BY response_time_ms))::integer AS p95_ms
    FROM prowlarr_search_logs
    WHERE searched_at > $1::timestamptz - interval '24 hours' AND searched_at <= $1
  ), slowest AS (
    SELECT id, avg_response_time_ms FROM prowlarr_indexers
    WHERE total_requests_24h > 0 AND avg_response_time_ms IS NOT NULL
    ORDER BY avg_response_time_ms DESC, id LIMIT 1
  ), reliable AS (
    -- Ties go to the indexer that proved it over more searches.
    SELECT id, success_rate FROM prowlarr_indexers
    WHERE total_requests_24h > 0 AND success_rate IS NOT NULL
    ORDER BY success_rate DESC, total_requests_24h DESC, id LIMIT 1
  )
  INSERT INTO prowlarr_global_stats AS g (id, total_searches_24h, successful_searches_24h, failed_searches_24h, timeout_searches_24h,
    avg_response_time_24h_ms, p95_response_time_24h_ms, slowest_indexer_id, slowest_indexer_avg_time_ms, most_reliable_indexer_id,
    most_reliable_success_rate, last_updated_at)
  SELECT 1, s.total, s.ok, s.failed, s.timeouts, s.avg_ms, s.p95_ms, slowest.id, slowest.avg_response_time_ms, reliable.id,
    reliable.success_rate, $1
  FROM s LEFT JOIN slowest ON true LEFT JOIN reliable ON true
  ON CONFLICT (id) DO UPDATE SET
    total_searches_24h = EXCLUDED.total_searches_24h, successful_searches_24h = EXCLUDED.successful_searches_24h,
    failed_searches_24h = EXCLUDED.failed_searches_24h, timeout_searches_24h = EXCLUDED.timeout_searches_24h,
    avg_response_time_24h_ms = EXCLUDED.avg_response_time_24h_ms, p95_response_time_24h_ms = EXCLUDED.p95_response_time_24h_ms,
    slowest_indexer_id = EXCLUDED.slowest_indexer_id, slowest_indexer_avg_time_ms = EXCLUDED.slowest_indexer_avg_time_ms,
    most_reliable_indexer_id = EXCLUDED.most_reliable_indexer_id, most_reliable_success_rate = EXCLUDED.most_reliable_success_rate,
    last_updated_at = EXCLUDED.last_updated_at`;

/**
 * The 24-hour columns, each indexer's status and the global singleton, in one transaction so the
 * singleton always matches the per-indexer figures it was computed from. Returns indexers updated.
 */
export async function rollDailyFigures(tx: PoolClient, thresholds: Config['indexers'], now: Date): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(DAILY_FIGURES, [now]);
  const [statusSql, statusParams] = applyStatus(thresholds.responseCriticalMs, thresholds.successWarningPercent);
  await tx.query(statusSql, statusParams);
  await tx.query(GLOBAL_STATS, [now]);
  return rows[0]?.n ?? 0;
}
