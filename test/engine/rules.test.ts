import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announce, encodeBinary, failureOf, getBencoded, peerId, startTestEngine, userTotals, type TestEngine } from '../support/engine.js';

describe('private-tracker rules: each refusal has its own reason', () => {
  let t: TestEngine;
  let member: TestUser;
  let disabled: TestUser;
  let banned: TestUser;
  let slotted: TestUser;
  let approved: TestTorrent;
  let second: TestTorrent;
  let pending: TestTorrent;
  let rejected: TestTorrent;
  let deleted: TestTorrent;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      engine: { minInterval: 300, maxPeersPerUserPerTorrent: 2, pendingRetryMinutes: 7 },
      prepare: async (db) => {
        member = await createUser(db.pool);
        disabled = await createUser(db.pool, { status: 'disabled' });
        banned = await createUser(db.pool, { group: 'banned' });
        slotted = await createUser(db.pool, { group: 'elite' });
        await db.pool.query(`UPDATE user_groups SET download_slots = 1 WHERE name = 'elite'`);
        approved = await createTorrent(db.pool);
        second = await createTorrent(db.pool);
        pending = await createTorrent(db.pool, { status: 'pending' });
        rejected = await createTorrent(db.pool, { status: 'rejected' });
        deleted = await createTorrent(db.pool);
        await db.pool.query(`UPDATE torrents SET deleted_at = now() WHERE id = $1`, [deleted.id]);
        await db.pool.query(`INSERT INTO client_blacklist (peer_id_prefix, client_name, reason) VALUES ($1, 'BadClient', 'cheats')`, [
          Buffer.from('-BC0'),
        ]);
      },
    });
  });
  afterAll(() => t.stop());

  const started = { event: 'started' as const };

  it('rejects an unknown passkey', async () => {
    const body = await announce(t.baseUrl, randomBytes(16).toString('hex'), { infoHash: approved.infoHash, peerId: peerId(1), ...started });
    expect(failureOf(body)).toMatch(/Unknown passkey/);
  });

  it('rejects a disabled account', async () => {
    const body = await announce(t.baseUrl, disabled.passkey, { infoHash: approved.infoHash, peerId: peerId(2), ...started });
    expect(failureOf(body)).toMatch(/account is disabled/);
  });

  it('lets a group without download rights seed but not leech', async () => {
    const leech = await announce(t.baseUrl, banned.passkey, { infoHash: approved.infoHash, peerId: peerId(3), left: 10, ...started });
    expect(failureOf(leech)).toMatch(/may not download.*seeding is still allowed/);
    const seed = await announce(t.baseUrl, banned.passkey, { infoHash: approved.infoHash, peerId: peerId(3), left: 0, ...started });
    expect(failureOf(seed)).toBeUndefined();
  });

  it('rejects unregistered, deleted, pending (with a retry interval) and rejected torrents', async () => {
    const unregistered = await announce(t.baseUrl, member.passkey, { infoHash: randomBytes(20), peerId: peerId(4), ...started });
    expect(failureOf(unregistered)).toMatch(/not registered/);
    expect(failureOf(await announce(t.baseUrl, member.passkey, { infoHash: deleted.infoHash, peerId: peerId(4), ...started }))).toMatch(/deleted/);
    const wait = await announce(t.baseUrl, member.passkey, { infoHash: pending.infoHash, peerId: peerId(4), ...started });
    expect(failureOf(wait)).toMatch(/pending moderation/);
    expect(wait['retry in']).toBe(7);
    expect(failureOf(await announce(t.baseUrl, member.passkey, { infoHash: rejected.infoHash, peerId: peerId(4), ...started }))).toMatch(/rejected/);
  });

  it('rejects a blacklisted client by peer_id prefix', async () => {
    const body = await announce(t.baseUrl, member.passkey, { infoHash: approved.infoHash, peerId: peerId(5, '-BC0100-'), ...started });
    expect(failureOf(body)).toMatch(/client is blacklisted/);
  });

  it('rejects a blacklisted port and port 0', async () => {
    expect(failureOf(await announce(t.baseUrl, member.passkey, { infoHash: approved.infoHash, peerId: peerId(6), port: 6881, ...started }))).toMatch(
      /Port 6881 is blacklisted/,
    );
    expect(failureOf(await announce(t.baseUrl, member.passkey, { infoHash: approved.infoHash, peerId: peerId(6), port: 0, ...started }))).toMatch(
      /Port 0 is blacklisted/,
    );
  });

  it('enforces download slots of the group, while seeding stays allowed', async () => {
    const first = await announce(t.baseUrl, slotted.passkey, { infoHash: approved.infoHash, peerId: peerId(7), left: 10, ...started });
    expect(failureOf(first)).toBeUndefined();
    const other = await announce(t.baseUrl, slotted.passkey, { infoHash: second.infoHash, peerId: peerId(8), left: 10, ...started });
    expect(failureOf(other)).toMatch(/Download slots exhausted.*1 torrent/);
    const seed = await announce(t.baseUrl, slotted.passkey, { infoHash: second.infoHash, peerId: peerId(8), left: 0, ...started });
    expect(failureOf(seed)).toBeUndefined();
    // Stopping the first leech frees the slot.
    await announce(t.baseUrl, slotted.passkey, { infoHash: approved.infoHash, peerId: peerId(7), left: 10, event: 'stopped' });
    const third = await createTorrentLive();
    expect(failureOf(await announce(t.baseUrl, slotted.passkey, { infoHash: third.infoHash, peerId: peerId(9), left: 10, ...started }))).toBeUndefined();
  });

  async function createTorrentLive(): Promise<TestTorrent> {
    const torrent = await createTorrent(t.db.pool);
    await t.bus.publish({ type: 'torrent.changed', torrentId: torrent.id });
    await t.engine.settled();
    return torrent;
  }

  it('limits the peers one user runs on one torrent', async () => {
    const torrent = await createTorrentLive();
    for (const n of [10, 11]) {
      expect(failureOf(await announce(t.baseUrl, member.passkey, { infoHash: torrent.infoHash, peerId: peerId(n), ...started }))).toBeUndefined();
    }
    const third = await announce(t.baseUrl, member.passkey, { infoHash: torrent.infoHash, peerId: peerId(12), ...started });
    expect(failureOf(third)).toMatch(/Too many clients on this torrent: at most 2/);
  });

  it('refuses a peer_id that another user already announced', async () => {
    const torrent = await createTorrentLive();
    await announce(t.baseUrl, member.passkey, { infoHash: torrent.infoHash, peerId: peerId(13), ...started });
    const body = await announce(t.baseUrl, banned.passkey, { infoHash: torrent.infoHash, peerId: peerId(13), left: 0, ...started });
    expect(failureOf(body)).toMatch(/in use by another user/);
  });

  it('answers inside min interval without counting twice', async () => {
    const torrent = await createTorrentLive();
    const user = member;
    await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: peerId(14), uploaded: 0, ...started });
    const before = await userDelta(user.id);
    const quick = await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: peerId(14), uploaded: 5000 });
    expect(failureOf(quick)).toBeUndefined();
    expect(quick.interval).toBeGreaterThan(0);
    expect(await userDelta(user.id)).toEqual(before);
    // The next counted announce (an event is never throttled) credits the whole amount once.
    await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: peerId(14), uploaded: 5000, event: 'stopped' });
    expect((await userDelta(user.id)).uploaded - before.uploaded).toBe(5000);
  });

  it('rejects implausible transfer for the time since the last announce', async () => {
    const torrent = await createTorrentLive();
    await announce(t.baseUrl, member.passkey, { infoHash: torrent.infoHash, peerId: peerId(15), ...started });
    const body = await announce(t.baseUrl, member.passkey, { infoHash: torrent.infoHash, peerId: peerId(15), uploaded: 2 ** 52, event: 'completed' });
    expect(failureOf(body)).toMatch(/implausible/);
  });

  it('answers malformed announces with a reason and counts them as bad requests', async () => {
    const { body } = await getBencoded(`${t.baseUrl}/${member.passkey}/announce?peer_id=${encodeBinary(peerId(16))}&port=1&uploaded=0&downloaded=0&left=0`);
    expect(failureOf(body)).toMatch(/info_hash/);
    const metrics = await (await fetch(`${t.opsUrl}/metrics`)).text();
    expect(metrics).toMatch(/swarmgate_announces_total\{outcome="bad_request"\} [1-9]/);
    expect(metrics).toMatch(/swarmgate_announces_total\{outcome="download_slots_exhausted"\} 1/);
  });

  async function userDelta(userId: string) {
    const { uploaded, downloaded } = await userTotals(t.engine, userId);
    return { uploaded, downloaded };
  }
});
