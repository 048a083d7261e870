/** The roll-up jobs against hand-computed figures for a known set of searches. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyFiguresJob, hourlyMetricsJob } from '../../control/services/indexers/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { jobContext, testClock } from './support/job-context.js';
import { insertIndexer, insertSearches } from './support/search-rows.js';

let db: TestDatabase;
let fast: string;
let slow: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fast = await insertIndexer(db.pool, 'YTS');
  slow = await insertIndexer(db.pool, 'TPB');
  // Hour 10:00 UTC, ten searches on YTS. Sorted times: 80 95 120 240 300 330 450 610 1800 2500.
  const times = [120, 80, 450, 300, 2500, 95, 610, 1800, 240, 330];
  await insertSearches(
    db.pool,
    fast,
    times.map((ms, k) => ({
      at: `2026-11-29T10:${String(k * 5).padStart(2, '0')}:00Z`,
      ms,
      ok: ms < 1800,
      errorType: ms === 2500 ? 'timeout' : ms === 1800 ? 'http_error' : undefined,
      results: k,
    })),
  );
  // Hour 11:00 UTC, three more on YTS; and TPB, slow but reliable.
  await insertSearches(db.pool, fast, [
    { at: '2026-11-29T11:10:00Z', ms: 400, results: 5 },
    { at: '2026-11-29T11:20:00Z', ms: 100, results: 5 },
    { at: '2026-11-29T11:30:00Z', ms: 200, results: 5 },
  ]);
  await insertSearches(db.pool, slow, [
    { at: '2026-11-29T11:00:00Z', ms: 2100 },
    { at: '2026-11-29T11:01:00Z', ms: 2300 },
  ]);
});
afterAll(async () => {
  await db?.drop();
});

async function buckets(indexerId: string) {
  const { rows } = await db.pool.query(
    `SELECT to_char(hour_bucket AT TIME ZONE 'UTC', 'HH24:MI') AS hour, total_requests, successful_requests, failed_requests, timeout_requests,
            avg_response_time_ms, min_response_time_ms, max_response_time_ms, p50_response_time_ms, p95_response_time_ms, total_results_returned
     FROM prowlarr_indexer_metrics WHERE indexer_id = $1 ORDER BY hour_bucket`,
    [indexerId],
  );
  return rows;
}

describe('hourly metrics', () => {
  it('gives the hand-computed counts and percentiles per hour, and the same again when run twice', async () => {
    const ctx = jobContext(db.pool, testClock('2026-11-29T11:45:00Z'));
    await hourlyMetricsJob.run(ctx);
    await hourlyMetricsJob.run(ctx);
    // 10:00: avg 6525/10 = 652.5 -> 653; p50 at rank 4.5 = 300 + 0.5 x 30 = 315; p95 at rank 8.55 = 1800 + 0.55 x 700 = 2185.
    // 11:00: 100 200 400 -> p50 200; p95 at rank 1.9 = 200 + 0.9 x 200 = 380; avg 233.3 -> 233.
    expect(await buckets(fast)).toEqual([
      { hour: '10:00', total_requests: 10, successful_requests: 8, failed_requests: 2, timeout_requests: 1, avg_response_time_ms: 653,
        min_response_time_ms: 80, max_response_time_ms: 2500, p50_response_time_ms: 315, p95_response_time_ms: 2185, total_results_returned: 45 },
      { hour: '11:00', total_requests: 3, successful_requests: 3, failed_requests: 0, timeout_requests: 0, avg_response_time_ms: 233,
        min_response_time_ms: 100, max_response_time_ms: 400, p50_response_time_ms: 200, p95_response_time_ms: 380, total_results_returned: 15 },
    ]);
  });

  it('recounts an hour when a search reaches the table late', async () => {
    await insertSearches(db.pool, fast, [{ at: '2026-11-29T11:40:00Z', ms: 900, ok: false, errorType: 'timeout' }]);
    await hourlyMetricsJob.run(jobContext(db.pool, testClock('2026-11-29T11:50:00Z')));
    const [, eleven] = await buckets(fast);
    // 100 200 400 900: p50 = 300, p95 at rank 2.85 = 400 + 0.85 x 500 = 825.
    expect(eleven).toMatchObject({ total_requests: 4, failed_requests: 1, timeout_requests: 1, p50_response_time_ms: 300, p95_response_time_ms: 825, max_response_time_ms: 900 });
  });
});

describe('24-hour figures and global stats', () => {
  it('fills the 24-hour columns, success rate and status, and the global singleton', async () => {
    await dailyFiguresJob.run(jobContext(db.pool, testClock('2026-11-29T12:00:00Z')));
    const { rows } = await db.pool.query(
      `SELECT indexer_name, total_requests_24h, successful_requests_24h, failed_requests_24h, timeout_count_24h, success_rate::float AS rate,
              avg_response_time_ms, median_response_time_ms, p95_response_time_ms, status
       FROM prowlarr_indexers ORDER BY indexer_name`,
    );
    // TPB: 2100 and 2300 -> avg 2200 >= 2000 ms critical: degraded. YTS: 11 of 14 = 78.57 % (< 95 %): degraded.
    // YTS's 14 times sorted: 80 95 100 120 200 240 300 330 400 450 610 900 1800 2500;
    // median at rank 6.5 = 300 + 0.5 x 30 = 315; p95 at rank 12.35 = 1800 + 0.35 x 700 = 2045; avg 8125 / 14 = 580.4 -> 580.
    expect(rows).toEqual([
      { indexer_name: 'TPB', total_requests_24h: 2, successful_requests_24h: 2, failed_requests_24h: 0, timeout_count_24h: 0, rate: 100,
        avg_response_time_ms: 2200, median_response_time_ms: 2200, p95_response_time_ms: 2290, status: 'degraded' },
      { indexer_name: 'YTS', total_requests_24h: 14, successful_requests_24h: 11, failed_requests_24h: 3, timeout_count_24h: 2, rate: 78.57,
        avg_response_time_ms: 580, median_response_time_ms: 315, p95_response_time_ms: 2045, status: 'degraded' },
    ]);
    const { rows: [global] } = await db.pool.query(
      `SELECT total_searches_24h, successful_searches_24h, failed_searches_24h, timeout_searches_24h, avg_response_time_24h_ms,
              slowest_indexer_id, slowest_indexer_avg_time_ms, most_reliable_indexer_id, most_reliable_success_rate::float AS reliable_rate
       FROM prowlarr_global_stats WHERE id = 1`,
    );
    // All 16 times sum to 8125 + 4400 = 12525 -> avg 782.8 -> 783.
    expect(global).toEqual({
      total_searches_24h: 16, successful_searches_24h: 13, failed_searches_24h: 3, timeout_searches_24h: 2, avg_response_time_24h_ms: 783,
      slowest_indexer_id: slow, slowest_indexer_avg_time_ms: 2200, most_reliable_indexer_id: slow, reliable_rate: 100,
    });
  });

  it('empties the 24-hour columns once the searches are older than a day', async () => {
    await dailyFiguresJob.run(jobContext(db.pool, testClock('2026-11-30T12:00:00Z')));
    const { rows } = await db.pool.query(`SELECT total_requests_24h, success_rate, status FROM prowlarr_indexers ORDER BY indexer_name`);
    expect(rows).toEqual([
      { total_requests_24h: 0, success_rate: null, status: 'operational' },
      { total_requests_24h: 0, success_rate: null, status: 'operational' },
    ]);
  });
});
