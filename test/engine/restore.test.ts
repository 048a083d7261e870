import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announce, compactPeers, encodeBinary, failureOf, getBencoded, peerId, startTestEngine, type TestEngine } from '../support/engine.js';

/**
 * A start on a populated `peers` table (what the flusher leaves): every swarm is rebuilt exactly from
 * the table, in counts, in the peers announces hand out, in scrape answers and in the users' leeching
 * counters; peers of deleted torrents stay out.
 */
describe('restart: swarms restored from the peers table', () => {
  let t: TestEngine;
  let alice: TestUser;
  let bob: TestUser;
  /** In a group with two download slots, both taken by restored leechers. */
  let slotted: TestUser;
  /** Announces and scrapes to look at the swarms (no peers of its own in the table). */
  let prober: TestUser;
  let big: TestTorrent;
  let small: TestTorrent;
  let deleted: TestTorrent;
  let spare: TestTorrent;
  const lastAnnounce = Math.floor(Date.now() / 1000) - 120;

  interface Row {
    torrent: () => TestTorrent;
    user: () => TestUser;
    id: number;
    ip: string;
    /** How the engine reports the address (IPv4-mapped IPv6 becomes IPv4; IPv6 uncompressed). */
    shownIp: string;
    port: number;
    left: number;
    paused?: boolean;
  }
  const rows: Row[] = [];

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      // Flushing on: the start recounts torrents from the table as in production.
      flush: { intervalMs: 60_000 },
      prepare: async (db) => {
        alice = await createUser(db.pool);
        bob = await createUser(db.pool);
        slotted = await createUser(db.pool, { group: 'elite' });
        prober = await createUser(db.pool);
        await db.pool.query(`UPDATE user_groups SET download_slots = 2 WHERE name = 'elite'`);
        big = await createTorrent(db.pool);
        small = await createTorrent(db.pool);
        deleted = await createTorrent(db.pool);
        spare = await createTorrent(db.pool);
        // 60 peers on one torrent, several clients per user: seeders, leechers, paused partial seeds.
        for (let i = 0; i < 60; i++) {
          const seeder = i % 3 === 0;
          rows.push({
            torrent: () => big, user: () => (i % 2 ? alice : bob), id: 1000 + i, ip: `10.0.${i >> 8}.${i & 255}`, shownIp: `10.0.${i >> 8}.${i & 255}`,
            port: 20000 + i, left: seeder ? 0 : 1000 + i, paused: !seeder && i % 5 === 0,
          });
        }
        rows.push(
          { torrent: () => big, user: () => alice, id: 2000, ip: '2001:db8::7', shownIp: '2001:db8:0:0:0:0:0:7', port: 30000, left: 5 },
          { torrent: () => big, user: () => bob, id: 2001, ip: '::ffff:192.0.2.9', shownIp: '192.0.2.9', port: 30001, left: 0 },
          { torrent: () => big, user: () => slotted, id: 3000, ip: '10.9.0.1', shownIp: '10.9.0.1', port: 31000, left: 77 },
          // An IPv6 leecher holds its slot too (regression: the IPv6 flag once hid restored leechers from the counter).
          { torrent: () => small, user: () => slotted, id: 3001, ip: '2001:db8:2::2', shownIp: '2001:db8:2:0:0:0:0:2', port: 31001, left: 78 },
          // Paused: not leeching, so it holds no download slot.
          { torrent: () => small, user: () => slotted, id: 3002, ip: '10.9.0.3', shownIp: '10.9.0.3', port: 31002, left: 79, paused: true },
          { torrent: () => small, user: () => alice, id: 3003, ip: '2001:db8:1::1', shownIp: '2001:db8:1:0:0:0:0:1', port: 31003, left: 0 },
          { torrent: () => deleted, user: () => alice, id: 4000, ip: '10.8.0.1', shownIp: '10.8.0.1', port: 32000, left: 0 },
          { torrent: () => deleted, user: () => slotted, id: 4001, ip: '10.8.0.2', shownIp: '10.8.0.2', port: 32001, left: 10 },
        );
        for (const r of rows) {
          await db.pool.query(
            `INSERT INTO peers (torrent_id, user_id, peer_id, ip, port, uploaded, downloaded, "left", is_seeder, is_paused, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, to_timestamp($11))`,
            [r.torrent().id, r.user().id, peerId(r.id), r.ip, r.port, r.id * 3, r.id * 2, r.left, r.left === 0, r.paused ?? false, lastAnnounce],
          );
        }
        await db.pool.query(`UPDATE torrents SET deleted_at = now() WHERE id = $1`, [deleted.id]);
        // Stale counts, as a crash leaves them: the start recounts.
        await db.pool.query(`UPDATE torrents SET seeders = 999, leechers = 999`);
      },
    });
  });
  afterAll(() => t.stop());

  const live = () => rows.filter((r) => r.torrent() !== deleted);

  it('rebuilds every swarm exactly: peers, their fields, seeders and leechers', async () => {
    const { swarms } = await t.engine.inspect();
    for (const torrent of [big, small, deleted]) {
      const swarm = swarms.find((s) => s.infoHash === torrent.infoHash.toString('hex'));
      const expected = live().filter((r) => r.torrent() === torrent);
      const restored = (swarm?.peers ?? []).map((p) => ({
        peerId: p.peerId, user: t.engine.userIdOf(p.userIndex), ip: p.ip, port: p.port, uploaded: p.uploaded, downloaded: p.downloaded,
        left: p.left, seeder: p.seeder, paused: p.paused, lastAnnounce: p.lastAnnounce,
      }));
      const sort = (a: { peerId: string }, b: { peerId: string }) => a.peerId.localeCompare(b.peerId);
      expect(restored.sort(sort)).toEqual(
        expected.map((r) => ({
          peerId: peerId(r.id).toString('hex'), user: r.user().id, ip: r.shownIp, port: r.port, uploaded: r.id * 3, downloaded: r.id * 2,
          left: r.left, seeder: r.left === 0, paused: r.paused ?? false, lastAnnounce,
        })).sort(sort),
      );
      expect(swarm?.seeders ?? 0).toBe(expected.filter((r) => r.left === 0).length);
      expect(swarm?.leechers ?? 0).toBe(expected.filter((r) => r.left > 0).length);
    }
  });

  it('recounted the stored torrent counts from the table', async () => {
    const { rows: counts } = await t.db.pool.query<{ id: string; seeders: number; leechers: number }>(`SELECT id, seeders, leechers FROM torrents`);
    for (const torrent of [big, small, spare]) {
      const expected = rows.filter((r) => r.torrent() === torrent);
      expect(counts.find((c) => c.id === torrent.id)).toMatchObject({
        seeders: expected.filter((r) => r.left === 0).length,
        leechers: expected.filter((r) => r.left > 0).length,
      });
    }
  });

  it('hands the restored peers out in announces and counts them in scrapes', async () => {
    for (const torrent of [big, small]) {
      const expected = live().filter((r) => r.torrent() === torrent);
      const body = await announce(t.baseUrl, prober.passkey, { infoHash: torrent.infoHash, peerId: peerId(9000 + rows.length), left: 10, numwant: 200, event: 'started' });
      expect(failureOf(body)).toBeUndefined();
      const answered = [...compactPeers(body.peers), ...compactPeers(body.peers6 ?? '', true)];
      expect(answered.sort()).toEqual(expected.map((r) => `${r.shownIp}:${r.port}`).sort());
      const scrape = await getBencoded(`${t.baseUrl}/${prober.passkey}/scrape?info_hash=${encodeBinary(torrent.infoHash)}`);
      const entry = (scrape.body.files as Record<string, { complete: number; incomplete: number }>)[torrent.infoHash.toString('latin1')]!;
      // The announcer above joined as a leecher (so that it is handed seeders and leechers alike).
      expect(entry.complete).toBe(expected.filter((r) => r.left === 0).length);
      expect(entry.incomplete).toBe(expected.filter((r) => r.left > 0).length + 1);
    }
  });

  it("restores users' leeching counters: restored leechers hold download slots, paused peers and deleted torrents do not", async () => {
    const refused = await announce(t.baseUrl, slotted.passkey, { infoHash: spare.infoHash, peerId: peerId(9500), left: 10, event: 'started' });
    expect(failureOf(refused)).toMatch(/Download slots exhausted/);
    // One restored leecher leaves (event=stopped): its slot is free again.
    const stopped = await announce(t.baseUrl, slotted.passkey, { infoHash: small.infoHash, peerId: peerId(3001), left: 78, port: 31001, event: 'stopped' });
    expect(failureOf(stopped)).toBeUndefined();
    const admitted = await announce(t.baseUrl, slotted.passkey, { infoHash: spare.infoHash, peerId: peerId(9500), left: 10, event: 'started' });
    expect(failureOf(admitted)).toBeUndefined();
  });
});
