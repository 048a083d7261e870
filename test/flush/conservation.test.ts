import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';
import { compareTotals, storedPeers, storedTimesCompleted, storedUserTotals } from '../support/flush-checks.js';
import { prng, SimulatedSwarms, type ModelTorrent } from '../support/simulated-clients.js';

describe('flush conservation', () => {
  let t: TestEngine;
  const users: TestUser[] = [];
  const torrents: ModelTorrent[] = [];

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 3,
      flush: { intervalMs: 150, peerHistorySeconds: 1 },
      prepare: async (db) => {
        for (let i = 0; i < 8; i++) users.push(await createUser(db.pool));
        for (let i = 0; i < 10; i++) {
          const freeleech = i === 0;
          const doubleUpload = i === 1;
          torrents.push({ ...(await createTorrent(db.pool, { freeleech, doubleUpload })), freeleech, doubleUpload });
        }
      },
    });
  });
  afterAll(() => t.stop());

  it('what the database holds equals what the announces sent, per user, torrent and peer', async () => {
    const sim = new SimulatedSwarms(t.baseUrl, users, torrents, prng(4242));
    for (let i = 0; i < 1500; i++) await sim.step();
    expect(sim.failures).toEqual([]);
    await t.engine.flushNow();

    expect(compareTotals(sim.expected, await storedUserTotals(t.db.pool))).toEqual([]);
    const completed = await storedTimesCompleted(t.db.pool);
    for (const torrent of torrents) expect(completed.get(torrent.id)).toBe(sim.completedByTorrent.get(torrent.id) ?? 0);
    expect(await storedPeers(t.db.pool)).toEqual(sim.livePeers());

    // The torrents' seeders and leechers equal the live swarms.
    const { swarms } = await t.engine.inspect();
    const { rows } = await t.db.pool.query<{ id: string; seeders: number; leechers: number }>(`SELECT id, seeders, leechers FROM torrents`);
    for (const row of rows) {
      const swarm = swarms.find((s) => s.torrentId === row.id);
      expect([row.seeders, row.leechers]).toEqual([swarm?.seeders ?? 0, swarm?.leechers ?? 0]);
    }
    // Snatches and per-user-torrent history were written too.
    const snatches = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM snatches`);
    expect(snatches.rows[0]!.n).toBe([...sim.completedByTorrent.values()].reduce((a, b) => a + b, 0));
    const totalUploaded = [...sim.expected.values()].reduce((a, e) => a + e.uploaded, 0);
    const history = await t.db.pool.query<{ up: number }>(`SELECT coalesce(sum(uploaded_raw), 0)::float8 AS up FROM user_torrent_history`);
    expect(history.rows[0]!.up).toBe(totalUploaded);
    // The announce log holds one row per counted announce, in this month's partition.
    const log = await t.db.pool.query<{ n: number; up: number; partitions: string[] }>(
      `SELECT count(*)::int AS n, coalesce(sum(uploaded_delta), 0)::float8 AS up, array_agg(DISTINCT tableoid::regclass::text) AS partitions FROM announces`,
    );
    expect(log.rows[0]!.n).toBe(sim.answered);
    expect(log.rows[0]!.up).toBe(totalUploaded);
    expect(log.rows[0]!.partitions.every((p) => /^announces_y\d{4}m\d{2}$/.test(p))).toBe(true);
    // peer_history snapshots (every second here) were taken.
    const snapshots = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM peer_history`);
    expect(snapshots.rows[0]!.n).toBeGreaterThan(0);
  });
});
