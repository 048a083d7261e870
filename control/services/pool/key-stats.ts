/**
 * The 24-hour counters of every key, in one set-based statement: requests, failures, failure rate
 * and average response time over the 24 hours before `now`, from the proxy's reports
 * (torbox_usage_logs) and the probe job's checks (torbox_pool_health rows of check_type
 * health_check, so a report the engine also records as a health row is not counted twice). Keys
 * without traffic go back to zero. Only rows whose figures change are written, so a second run with
 * the same clock writes nothing.
 */
import type { Queryable } from './key-records.js';

export async function rollUpKeyStats(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `WITH calls AS (
       SELECT pool_key_id, was_successful, response_time_ms FROM torbox_usage_logs
       WHERE occurred_at > $1::timestamptz - interval '24 hours' AND occurred_at <= $1 AND pool_key_id IS NOT NULL
       UNION ALL
       SELECT pool_key_id, was_successful, response_time_ms FROM torbox_pool_health
       WHERE checked_at > $1::timestamptz - interval '24 hours' AND checked_at <= $1 AND check_type = 'health_check'
     ), per_key AS (
       SELECT pool_key_id, count(*)::int AS requests, (count(*) FILTER (WHERE NOT was_successful))::int AS failures,
              round(avg(response_time_ms))::int AS avg_ms
       FROM calls GROUP BY pool_key_id
     ), figures AS (
       SELECT p.id, coalesce(k.requests, 0) AS requests, coalesce(k.failures, 0) AS failures,
              CASE WHEN coalesce(k.requests, 0) = 0 THEN 0 ELSE k.failures::real / k.requests END AS rate, k.avg_ms
       FROM torbox_pool p LEFT JOIN per_key k ON k.pool_key_id = p.id
     )
     UPDATE torbox_pool p
     SET total_requests_24h = f.requests, total_failures_24h = f.failures, failure_rate_24h = f.rate, avg_response_time_ms = f.avg_ms
     FROM figures f
     WHERE p.id = f.id
       AND (p.total_requests_24h, p.total_failures_24h, p.failure_rate_24h, p.avg_response_time_ms) IS DISTINCT FROM (f.requests, f.failures, f.rate, f.avg_ms)`,
    [now],
  );
  return rowCount ?? 0;
}
