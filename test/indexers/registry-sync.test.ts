/**
 * The Prowlarr registry sync against a local HTTP server answering with Prowlarr's API v1 shapes
 * (test/indexers/support/fake-prowlarr.ts): Prowlarr itself is not installable here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { register } from 'prom-client';
import { registrySyncJob } from '../../control/services/indexers/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startFakeProwlarr, type FakeProwlarr, type FakeMode } from './support/fake-prowlarr.js';
import { jobContext, testClock } from './support/job-context.js';

let db: TestDatabase;
let prowlarr: FakeProwlarr;

beforeAll(async () => {
  db = await createTestDatabase();
  prowlarr = await startFakeProwlarr();
});
afterAll(async () => {
  await prowlarr?.close();
  await db?.drop();
});
beforeEach(() => {
  prowlarr.mode = 'normal';
});

function context(clock = testClock('2026-11-29T12:00:00Z'), timeoutMs = 2000) {
  return jobContext(db.pool, clock, { prowlarrUrl: prowlarr.url, prowlarrApiKey: prowlarr.apiKey, prowlarrTimeoutMs: timeoutMs });
}

async function tableCounts() {
  const { rows: [row] } = await db.pool.query<{ indexers: number; logs: number; history: number }>(
    `SELECT (SELECT count(*) FROM prowlarr_indexers)::int AS indexers, (SELECT count(*) FROM prowlarr_indexer_logs)::int AS logs,
            (SELECT count(*) FROM prowlarr_stats_history)::int AS history`,
  );
  return row!;
}

async function failures(kind: string): Promise<number> {
  const metric = await register.getSingleMetric('swarmgate_indexer_sync_failures_total')?.get();
  return metric?.values.find((v) => v.labels.kind === kind)?.value ?? 0;
}

describe('registry sync', () => {
  it('creates indexers from Prowlarr, then updates them and appends snapshots', async () => {
    prowlarr.indexers = [
      { id: 1, name: 'YTS', priority: 10, definitionName: 'yts' },
      { id: 2, name: 'EZTV', privacy: 'public', priority: 25 },
      { id: 7, name: 'NZBgeek', protocol: 'usenet', privacy: 'private', priority: 30, enable: false },
    ];
    prowlarr.stats = [
      { indexerId: 1, queries: 1000, grabs: 50, failedQueries: 20, averageResponseTime: 412 },
      { indexerId: 2, queries: 400, grabs: 10 },
    ];
    const clock = testClock('2026-11-29T12:00:00Z');
    const first = await registrySyncJob.run(context(clock));
    expect(first.details).toEqual({ created: 3, updated: 0, snapshots: 2 });
    expect(prowlarr.requests).toContain(`GET /api/v1/indexer key=${prowlarr.apiKey}`);
    expect(prowlarr.requests).toContain(`GET /api/v1/indexerstats key=${prowlarr.apiKey}`);

    const { rows } = await db.pool.query(
      `SELECT indexer_id, indexer_name, protocol, privacy, priority, is_enabled, queries_total, grabs_total, failed_queries, rss_queries,
              indexer_type, prowlarr_id FROM prowlarr_indexers ORDER BY indexer_id`,
    );
    expect(rows).toEqual([
      { indexer_id: 1, indexer_name: 'YTS', protocol: 'torrent', privacy: 'public', priority: 10, is_enabled: true, queries_total: 1000, grabs_total: 50, failed_queries: 20, rss_queries: 100, indexer_type: 'yts', prowlarr_id: 1 },
      { indexer_id: 2, indexer_name: 'EZTV', protocol: 'torrent', privacy: 'public', priority: 25, is_enabled: true, queries_total: 400, grabs_total: 10, failed_queries: 0, rss_queries: 40, indexer_type: 'eztv', prowlarr_id: 1 },
      { indexer_id: 7, indexer_name: 'NZBgeek', protocol: 'usenet', privacy: 'private', priority: 30, is_enabled: false, queries_total: 0, grabs_total: 0, failed_queries: 0, rss_queries: 0, indexer_type: 'nzbgeek', prowlarr_id: 1 },
    ]);
    const history = await db.pool.query(`SELECT queries_total, grabs_total, avg_response_time_ms, success_rate::float AS success_rate FROM prowlarr_stats_history ORDER BY queries_total DESC`);
    expect(history.rows).toEqual([
      { queries_total: 1000, grabs_total: 50, avg_response_time_ms: 412, success_rate: 98 },
      { queries_total: 400, grabs_total: 10, avg_response_time_ms: 300, success_rate: 100 },
    ]);

    // An hour later Prowlarr renamed one, counted more and an operator had changed a priority here.
    await db.pool.query(`UPDATE prowlarr_indexers SET priority = 3 WHERE indexer_id = 2`);
    prowlarr.indexers[0] = { ...prowlarr.indexers[0]!, name: 'YTS.mx', priority: 40 };
    prowlarr.stats[0] = { indexerId: 1, queries: 1600, grabs: 80, failedQueries: 20, averageResponseTime: 500 };
    clock.advance(3600_000);
    const ctx = context(clock);
    const second = await registrySyncJob.run(ctx);
    expect(second.details).toEqual({ created: 0, updated: 3, snapshots: 2 });
    expect(ctx.events).toEqual([]); // nothing new for the engine to learn
    const yts = await db.pool.query(`SELECT indexer_name, priority, queries_total, queries_24h, grabs_24h FROM prowlarr_indexers WHERE indexer_id = 1`);
    // Priority is Prowlarr's only when first seen; the 24 h figures are the growth since the first snapshot.
    expect(yts.rows[0]).toEqual({ indexer_name: 'YTS.mx', priority: 10, queries_total: 1600, queries_24h: 600, grabs_24h: 30 });
    const eztv = await db.pool.query(`SELECT priority FROM prowlarr_indexers WHERE indexer_id = 2`);
    expect(eztv.rows[0].priority).toBe(3);
    expect(await tableCounts()).toEqual({ indexers: 3, logs: 4, history: 4 });
  });

  it('publishes indexer.changed for indexers it creates, so the engine accepts their searches', async () => {
    prowlarr.indexers.push({ id: 9, name: 'TorrentGalaxy' });
    const ctx = context();
    await registrySyncJob.run(ctx);
    const { rows: [row] } = await db.pool.query<{ id: string }>(`SELECT id FROM prowlarr_indexers WHERE indexer_id = 9`);
    expect(ctx.events).toEqual([{ type: 'indexer.changed', indexerId: row!.id }]);
  });

  const bad: [FakeMode, string, RegExp][] = [
    ['garbage-json', 'bad_shape', /unexpected shape at 0\.id/],
    ['garbage-stats', 'bad_shape', /indexerstats answered an unexpected shape/],
    ['not-json', 'not_json', /did not answer JSON/],
    ['error-500', 'http_status', /HTTP 500/],
    ['hang', 'timeout', /took longer than 300 ms/],
  ];
  for (const [mode, kind, message] of bad) {
    it(`writes nothing and counts a failure when Prowlarr ${mode}`, async () => {
      prowlarr.indexers.push({ id: 100 + bad.findIndex(([m]) => m === mode), name: `New-${mode}` });
      prowlarr.stats.push({ indexerId: 1, queries: 99_999, grabs: 1 });
      const before = await tableCounts();
      const snapshot = await db.pool.query(`SELECT * FROM prowlarr_indexers ORDER BY id`);
      const counted = await failures(kind);
      prowlarr.mode = mode;
      await expect(registrySyncJob.run(context(undefined, 300))).rejects.toThrow(message);
      expect(await tableCounts()).toEqual(before);
      expect((await db.pool.query(`SELECT * FROM prowlarr_indexers ORDER BY id`)).rows).toEqual(snapshot.rows);
      expect(await failures(kind)).toBe(counted + 1);
      prowlarr.stats.pop();
      prowlarr.indexers.pop();
    });
  }

  it('writes nothing when Prowlarr is not listening at all', async () => {
    const before = await tableCounts();
    const ctx = jobContext(db.pool, testClock('2026-11-29T14:00:00Z'), { prowlarrUrl: 'http://127.0.0.1:1', prowlarrApiKey: 'x', prowlarrTimeoutMs: 2000 });
    await expect(registrySyncJob.run(ctx)).rejects.toThrow(/GET \/api\/v1\/indexer failed/);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a wrong API key as Prowlarr does (401) and writes nothing', async () => {
    const before = await tableCounts();
    const ctx = jobContext(db.pool, testClock('2026-11-29T14:00:00Z'), { prowlarrUrl: prowlarr.url, prowlarrApiKey: 'wrong', prowlarrTimeoutMs: 2000 });
    await expect(registrySyncJob.run(ctx)).rejects.toThrow(/HTTP 401/);
    expect(await tableCounts()).toEqual(before);
  });
});
