/**
 * The moderation jobs run directly (definition.run(context)) against a real database with an injected
 * clock: hit-and-run and ratio watch warn, watch and restrict the right accounts and not the exempt
 * ones, undo it all when the condition clears, and change nothing more when run again; the statistics
 * job makes the per-user and per-torrent counts true.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.js';
import { InProcessEventBus, type DomainEvent } from '../../core/events.js';
import { createLogger } from '../../core/log.js';
import type { JobContext } from '../../control/jobs/job.js';
import { allJobs } from '../../control/jobs/catalog.js';
import { hitAndRunJob, ratioWatchJob, statisticsCountsJob, warningThresholdsJob } from '../../control/services/moderation/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';

const DAY = 86_400_000;
const GIB = 1024 ** 3;
const T0 = new Date('2026-06-01T00:00:00Z');

describe('moderation jobs with an injected clock', () => {
  let db: TestDatabase;
  const events: DomainEvent[] = [];
  const bus = new InProcessEventBus();

  beforeAll(async () => {
    db = await createTestDatabase();
    bus.subscribe((e) => events.push(e));
  });
  afterAll(async () => {
    await bus.close();
    await db.drop();
  });

  function context(now: Date): JobContext {
    return { pool: db.pool, bus, log: createLogger('silent'), config: loadConfig({ env: {} }), now: () => now, signal: new AbortController().signal };
  }

  const at = (days: number) => new Date(T0.getTime() + days * DAY);

  async function snatch(user: TestUser, options: { completedDaysAgo: number; seedHours: number; immune?: boolean; seeding?: boolean }): Promise<string> {
    const torrent = await createTorrent(db.pool);
    const completed = at(-options.completedDaysAgo);
    await db.pool.query(
      `INSERT INTO user_torrent_history (user_id, torrent_id, downloaded_raw, seed_time, first_announce_at, last_announce_at, completed_at, active, is_seeder, immune)
       VALUES ($1, $2, 1000, $3, $4, $4, $4, $5, $5, $6)`,
      [user.id, torrent.id, options.seedHours * 3600, completed, options.seeding ?? false, options.immune ?? false],
    );
    return torrent.id;
  }

  async function activeHitAndRuns(user: TestUser, now: Date): Promise<number> {
    const { rows } = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM warnings WHERE user_id = $1 AND kind = 'hit_and_run' AND revoked_at IS NULL AND expires_at > $2`,
      [user.id, now],
    );
    return rows[0]!.n;
  }

  async function restricted(user: TestUser, source: string): Promise<boolean> {
    const { rows } = await db.pool.query(`SELECT 1 FROM bans WHERE user_id = $1 AND source = $2 AND ban_type = 'download' AND lifted_at IS NULL`, [user.id, source]);
    return rows.length > 0;
  }

  it('the catalog lists every moderation job', () => {
    expect(allJobs().map((j) => j.name)).toEqual(expect.arrayContaining(['hit_and_run', 'ratio_watch', 'warning_thresholds', 'statistics_counts']));
  });

  it('hit-and-run: warns the right snatches, restricts at 3, exempts immune ones, and undoes it when the user seeds', async () => {
    const runner = await createUser(db.pool);
    const seeder = await createUser(db.pool);
    const immuneRow = await createUser(db.pool);
    const vip = await createUser(db.pool, { group: 'vip' });
    const recent = await createUser(db.pool);
    const stillSeeding = await createUser(db.pool);
    const runnerTorrents = [
      await snatch(runner, { completedDaysAgo: 20, seedHours: 1 }),
      await snatch(runner, { completedDaysAgo: 20, seedHours: 2 }),
      await snatch(runner, { completedDaysAgo: 15, seedHours: 0 }),
    ];
    await snatch(seeder, { completedDaysAgo: 20, seedHours: 8 * 24 });
    await snatch(immuneRow, { completedDaysAgo: 20, seedHours: 0, immune: true });
    await snatch(vip, { completedDaysAgo: 20, seedHours: 0 });
    await snatch(recent, { completedDaysAgo: 3, seedHours: 0 });
    await snatch(stillSeeding, { completedDaysAgo: 20, seedHours: 1, seeding: true });

    events.length = 0;
    const first = await hitAndRunJob.run(context(T0));
    expect(first.details).toMatchObject({ warned: 3, revoked: 0, restrictionsChanged: 1 });
    expect(await activeHitAndRuns(runner, T0)).toBe(3);
    for (const exempt of [seeder, immuneRow, vip, recent, stillSeeding]) expect(await activeHitAndRuns(exempt, T0)).toBe(0);
    expect(await restricted(runner, 'hit_and_run')).toBe(true);
    expect(events).toContainEqual({ type: 'user.changed', userId: runner.id });

    // Run again (and concurrently): nothing more.
    const again = await Promise.all([hitAndRunJob.run(context(T0)), hitAndRunJob.run(context(T0))]);
    expect(again.map((o) => o.rowsTouched)).toEqual([0, 0]);
    expect(await activeHitAndRuns(runner, T0)).toBe(3);

    // The runner seeds one torrent long enough: its warning is revoked, the restriction lifted.
    await db.pool.query(`UPDATE user_torrent_history SET seed_time = $3 WHERE user_id = $1 AND torrent_id = $2`, [runner.id, runnerTorrents[0], 8 * 86400]);
    events.length = 0;
    const cleared = await hitAndRunJob.run(context(at(1)));
    expect(cleared.details).toMatchObject({ warned: 0, revoked: 1, restrictionsChanged: 1 });
    expect(await activeHitAndRuns(runner, at(1))).toBe(2);
    expect(await restricted(runner, 'hit_and_run')).toBe(false);
    expect(events).toContainEqual({ type: 'user.changed', userId: runner.id });

    // Never warned twice for one snatch, even after its warning expired (14 days).
    await hitAndRunJob.run(context(at(20)));
    expect(await activeHitAndRuns(runner, at(20))).toBe(0);
    const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM warnings WHERE user_id = $1 AND kind = 'hit_and_run'`, [runner.id]);
    expect(rows[0]!.n).toBe(3);
  });

  it('hit-and-run: a category may require less seed time and a shorter window', async () => {
    const { rows: [category] } = await db.pool.query<{ id: number }>(
      `INSERT INTO torrent_categories (name, slug, hnr_seed_seconds, hnr_grace_seconds) VALUES ('Quick', 'quick-hnr', 3600, 86400) RETURNING id`,
    );
    const user = await createUser(db.pool);
    const enough = await snatch(user, { completedDaysAgo: 3, seedHours: 2 });
    const short = await snatch(user, { completedDaysAgo: 3, seedHours: 0 });
    await db.pool.query(`UPDATE torrents SET category_id = $1 WHERE id = ANY($2)`, [category!.id, [enough, short]]);
    await hitAndRunJob.run(context(T0));
    const { rows } = await db.pool.query(`SELECT torrent_id FROM warnings WHERE user_id = $1 AND kind = 'hit_and_run'`, [user.id]);
    // Site defaults (7 days within 14) would have warned neither: completed only 3 days ago.
    expect(rows).toEqual([{ torrent_id: short }]);
  });

  it('ratio watch: required ratio from the Gazelle table, watch, restriction when the watch ends, all undone above ratio', async () => {
    const under = await createUser(db.pool);
    const fine = await createUser(db.pool);
    const light = await createUser(db.pool);
    const vip = await createUser(db.pool, { group: 'vip' });
    const stats = async (user: TestUser, downloaded: number, uploaded: number) =>
      db.pool.query(
        `INSERT INTO user_statistics (user_id, downloaded_credited, uploaded_credited) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET downloaded_credited = $2, uploaded_credited = $3`,
        [user.id, downloaded, uploaded],
      );
    await stats(under, 20 * GIB, 1 * GIB);
    await stats(fine, 20 * GIB, 10 * GIB);
    await stats(light, 1 * GIB, 0);
    await stats(vip, 60 * GIB, 0);
    const watched = async (user: TestUser) => (await db.pool.query(`SELECT 1 FROM ratio_watch WHERE user_id = $1`, [user.id])).rows.length > 0;

    await ratioWatchJob.run(context(T0));
    const required = await db.pool.query<{ user_id: string; r: number }>(`SELECT user_id, required_ratio::float8 AS r FROM user_statistics WHERE user_id = ANY($1)`, [[under.id, light.id, vip.id]]);
    expect(Object.fromEntries(required.rows.map((r) => [r.user_id, r.r]))).toEqual({ [under.id]: 0.3, [light.id]: 0, [vip.id]: 0.6 });
    expect(await watched(under)).toBe(true);
    for (const other of [fine, light, vip]) expect(await watched(other)).toBe(false);
    expect(await restricted(under, 'ratio_watch')).toBe(false);

    // Still under when the two weeks end: downloads stop.
    await ratioWatchJob.run(context(at(13)));
    expect(await restricted(under, 'ratio_watch')).toBe(false);
    events.length = 0;
    await ratioWatchJob.run(context(at(15)));
    expect(await restricted(under, 'ratio_watch')).toBe(true);
    expect(events).toContainEqual({ type: 'user.changed', userId: under.id });
    expect((await ratioWatchJob.run(context(at(15)))).rowsTouched).toBe(0);

    // Back above the required ratio: watch over, downloads back.
    await stats(under, 20 * GIB, 7 * GIB);
    await ratioWatchJob.run(context(at(16)));
    expect(await watched(under)).toBe(false);
    expect(await restricted(under, 'ratio_watch')).toBe(false);
  });

  it('warning thresholds: an expired warning lifts the restriction it caused', async () => {
    const user = await createUser(db.pool);
    await db.pool.query(
      `INSERT INTO warnings (user_id, points, reason, created_at, expires_at) VALUES ($1, 3, 'spam', $2, $3)`,
      [user.id, T0, at(7)],
    );
    await warningThresholdsJob.run(context(at(1)));
    expect(await restricted(user, 'warnings')).toBe(true);
    await warningThresholdsJob.run(context(at(8)));
    expect(await restricted(user, 'warnings')).toBe(false);
  });

  it('statistics: uploaded, seeding, leeching and snatched per user; torrent_statistics per torrent', async () => {
    const user = await createUser(db.pool);
    const own = await createTorrent(db.pool);
    await db.pool.query(`UPDATE torrents SET uploader_id = $1, seeders = 1 WHERE id = $2`, [user.id, own.id]);
    const leeched = await createTorrent(db.pool);
    const peer = (n: number) => Buffer.concat([Buffer.from('-ST0001-'), randomBytes(12)]).subarray(0, 20).fill(n, 19);
    await db.pool.query(`INSERT INTO peers (torrent_id, user_id, peer_id, ip, port, "left") VALUES ($1, $2, $3, '192.0.2.1', 6000, 0), ($4, $2, $5, '192.0.2.1', 6001, 10)`,
      [own.id, user.id, peer(1), leeched.id, peer(2)]);
    await db.pool.query(`INSERT INTO snatches (user_id, torrent_id, peer_id, completed_at) VALUES ($1, $2, $3, $4), ($1, $2, $5, $6)`,
      [user.id, own.id, peer(1), T0, peer(3), at(1)]);

    await statisticsCountsJob.run(context(T0));
    const { rows } = await db.pool.query(`SELECT torrents_uploaded, torrents_seeding, torrents_leeching, torrents_snatched FROM user_statistics WHERE user_id = $1`, [user.id]);
    expect(rows[0]).toEqual({ torrents_uploaded: 1, torrents_seeding: 1, torrents_leeching: 1, torrents_snatched: 1 });
    const ts = await db.pool.query(`SELECT seeders, is_dead, peak_seeders FROM torrent_statistics WHERE torrent_id = $1`, [own.id]);
    expect(ts.rows[0]).toEqual({ seeders: 1, is_dead: false, peak_seeders: 1 });
    // Nothing changed: nothing written.
    const again = await statisticsCountsJob.run(context(at(1)));
    expect(again.rowsTouched).toBe(0);
  });
});
