import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expiryJob } from '../../control/jobs/housekeeping/expiry.js';
import type { JobRuntime } from '../../control/jobs/runtime.js';
import { announce, failureOf, peerId, startTestEngine, userTotals, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { jobsConfig, runsOf, sleep, startRuntime, waitFor } from './support.js';

describe('expiry through a real engine: no restart needed', () => {
  let t: TestEngine;
  let user: TestUser;
  let torrent: TestTorrent;
  let runtime: JobRuntime | undefined;
  let n = 0;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      engine: { maxPeersPerUserPerTorrent: 1000 },
      prepare: async (db) => {
        user = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(async () => {
    await runtime?.stop();
    await t.stop();
  });

  /** Download 1000 bytes as a new peer; what the engine credited for it. */
  const leech = async () => {
    const before = await userTotals(t.engine, user.id);
    const id = peerId(++n);
    const started = failureOf(await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: id, left: 100, event: 'started' }));
    if (started) return { failure: started };
    await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: id, left: 100, downloaded: 1000, event: 'stopped' });
    const after = await userTotals(t.engine, user.id);
    return { downloaded: after.downloaded - before.downloaded, credited: after.creditedDownloaded - before.creditedDownloaded };
  };

  it('an expired freeleech token stops crediting freeleech and a temporary IP ban ends by itself', async () => {
    const { rows: [until] } = await t.db.pool.query<{ at: Date }>(`SELECT now() + interval '1500 milliseconds' AS at`);
    await t.db.pool.query(`INSERT INTO freeleech_tokens (user_id, torrent_id, status, activated_at, expires_at) VALUES ($1, $2, 'active', now(), $3)`, [
      user.id,
      torrent.id,
      until!.at,
    ]);
    await t.bus.publish({ type: 'freeleech_tokens.changed', torrentId: torrent.id });
    await t.engine.settled();
    expect(await leech()).toEqual({ downloaded: 1000, credited: 0 });

    await t.db.pool.query(`INSERT INTO bans (ban_type, ip_range, reason, expires_at) VALUES ('ip', '127.0.0.0/8', 'cool down', $1)`, [until!.at]);
    await t.bus.publish({ type: 'bans.changed' });
    await t.engine.settled();
    expect((await leech()).failure).toMatch(/IP address is banned/);

    // Past their expiry the engine stops honouring both on its own: it holds their end times, so
    // expiry never waits for a job or an event.
    await waitFor('the expiry time to pass', async () => (await t.db.pool.query(`SELECT now() > $1 AS past`, [until!.at])).rows[0].past as boolean);
    // The engine reads the clock in whole seconds per announce: past the expiry by more than a second.
    await sleep(1100);
    expect(await leech()).toEqual({ downloaded: 1000, credited: 1000 });

    // The job runtime's expiry job ends both in PostgreSQL and publishes the events the engine
    // reloads from; the engine's answers stay the same.
    runtime = startRuntime(t.db.pool, [expiryJob], { bus: t.bus, config: jobsConfig({ SWARMGATE_JOB_SCHEDULES: 'expiry=every 200ms' }) });
    await waitFor('the expiry job to end the token and the ban', async () => (await runsOf(t.db.pool, 'expiry')).some((r) => r.status === 'succeeded' && r.rows_affected === 2));
    await t.engine.settled();
    expect(await leech()).toEqual({ downloaded: 1000, credited: 1000 });
    const { rows: [ban] } = await t.db.pool.query(`SELECT lifted_at, lift_reason FROM bans WHERE reason = 'cool down'`);
    expect(ban).toMatchObject({ lift_reason: 'expired' });
    expect((await t.db.pool.query(`SELECT status FROM freeleech_tokens WHERE user_id = $1`, [user.id])).rows).toEqual([{ status: 'expired' }]);
  });
});
