/**
 * The stream cap holds exactly across workers: 1,000 starts at once against one key with a cap of 35
 * over two workers give exactly 35 leases and 965 answers of 429, and the flushed
 * torbox_concurrency_log never shows more than 35 overlapping sessions for the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createUsers, MASTER_KEY, postJson, seedPoolKey, seedPoolToken, startStream, type SeededKey } from './pool-fixtures.js';
import type { TestUser } from '../support/fixtures.js';

const CAP = 35;

/** The largest number of the key's sessions live at one instant (at each start, how many had started and not ended). */
async function maxOverlap(t: TestEngine, keyId: string): Promise<number> {
  const { rows } = await t.db.pool.query<{ overlap: number }>(
    `SELECT COALESCE(max(n), 0)::int AS overlap FROM (
       SELECT (SELECT count(*) FROM torbox_concurrency_log o
               WHERE o.pool_key_id = c.pool_key_id AND o.stream_started_at <= c.stream_started_at
                 AND (o.stream_ended_at IS NULL OR o.stream_ended_at > c.stream_started_at)) AS n
       FROM torbox_concurrency_log c WHERE c.pool_key_id = $1) AS s`,
    [keyId],
  );
  return rows[0]!.overlap;
}

describe('pool stream cap across workers', () => {
  let t: TestEngine;
  let key: SeededKey;
  let token: string;
  let users: TestUser[];

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      flush: { intervalMs: 600_000 },
      streamPool: { masterKey: MASTER_KEY, flushIntervalMs: 600_000 },
      prepare: async (db) => {
        key = await seedPoolKey(db.pool, { maxStreams: CAP, maxUserSlots: 100 });
        token = (await seedPoolToken(db.pool)).token;
        users = await createUsers(db.pool, 100);
      },
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('1,000 parallel starts: exactly 35 leases, 965 refusals with Retry-After, never more than 35 overlapping in the log', async () => {
    // 100 users with 10 devices each, all at once, each on a new connection (any worker may take it).
    const answers = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => startStream(t.serviceUrl, token, users[i % 100]!.id, `device-${Math.floor(i / 100)}`)),
    );
    const started = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 429);
    // Anything else is a defect: show it whole.
    expect(answers.filter((a) => a.status !== 201 && a.status !== 429).map((a) => ({ status: a.status, body: a.body }))).toEqual([]);
    expect(started).toHaveLength(CAP);
    expect(refused).toHaveLength(1000 - CAP);
    for (const a of refused) {
      expect(a.headers['retry-after']).toMatch(/^\d+$/);
      expect(a.body.error).toMatchObject({ status: 429, code: 'STREAM_CAP_REACHED', poolKeyId: key.id, cap: CAP });
    }
    for (const a of started) expect(a.body).toMatchObject({ poolKeyId: key.id, apiKey: key.apiKey, ttlSeconds: expect.any(Number) });
    expect(new Set(started.map((a) => a.body.leaseId)).size).toBe(CAP);

    // The requests really were spread over both workers.
    const metrics = await (await fetch(`${t.opsUrl}/metrics`)).text();
    const perWorker = [...metrics.matchAll(/^swarmgate_pool_requests_total\{worker="(\d+)"\} (\d+)/gm)].map((m) => Number(m[2]));
    expect(perWorker.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(metrics).toMatch(new RegExp(`swarmgate_pool_key_streams\\{[^}]*pool_key_id="${key.id}"[^}]*\\} ${CAP}`));
    expect(metrics).toMatch(new RegExp(`swarmgate_pool_key_refusals_total\\{[^}]*pool_key_id="${key.id}"[^}]*\\} ${1000 - CAP}`));

    await t.engine.flushNow();
    const live = await t.db.pool.query(`SELECT count(*)::int AS n FROM torbox_concurrency_log WHERE pool_key_id = $1 AND stream_ended_at IS NULL`, [key.id]);
    expect(live.rows[0].n).toBe(CAP);
    expect(await maxOverlap(t, key.id)).toBe(CAP);

    // Free ten, then race 200 more starts for them: exactly ten get through.
    const ended = await Promise.all(started.slice(0, 10).map((a) => postJson(`${t.serviceUrl}/pool/v1/streams/${a.body.leaseId}/end`, token, {})));
    expect(ended.map((a) => a.status)).toEqual(Array(10).fill(200));
    const again = await Promise.all(Array.from({ length: 200 }, (_, i) => startStream(t.serviceUrl, token, users[i % 100]!.id, `device-${i}`)));
    expect(again.filter((a) => a.status === 201)).toHaveLength(10);
    expect(again.filter((a) => a.status === 429)).toHaveLength(190);

    await t.engine.flushNow();
    const rows = await t.db.pool.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE stream_ended_at IS NULL)::int AS live,
              count(*) FILTER (WHERE end_reason = 'stopped' AND duration_seconds >= 0)::int AS stopped
       FROM torbox_concurrency_log WHERE pool_key_id = $1`,
      [key.id],
    );
    expect(rows.rows[0]).toEqual({ total: CAP + 10, live: CAP, stopped: 10 });
    expect(await maxOverlap(t, key.id)).toBeLessThanOrEqual(CAP);
    const stored = await t.db.pool.query(`SELECT current_concurrent_streams FROM torbox_pool WHERE id = $1`, [key.id]);
    expect(stored.rows[0].current_concurrent_streams).toBe(CAP);
  });
});
