import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../core/events.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announce, failureOf, peerId, startTestEngine, userTotals, type TestEngine } from '../support/engine.js';

describe('live changes through the event interface take effect on the next announce', () => {
  let t: TestEngine;
  let user: TestUser;
  let torrent: TestTorrent;
  let n = 0;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      // Every check announces a new peer on the same torrent.
      engine: { maxPeersPerUserPerTorrent: 1000 },
      prepare: async (db) => {
        user = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  async function change(sql: string, params: unknown[], event: DomainEvent): Promise<void> {
    await t.db.pool.query(sql, params);
    await t.bus.publish(event);
    await t.engine.settled();
  }

  const hit = (passkey = user.passkey, infoHash = torrent.infoHash, extra: { left?: number; downloaded?: number; event?: 'started' | 'stopped' } = {}) =>
    announce(t.baseUrl, passkey, { infoHash, peerId: peerId(++n), event: 'started', ...extra }).then(failureOf);

  it('disabling and enabling a user', async () => {
    expect(await hit()).toBeUndefined();
    await change(`UPDATE users SET status = 'disabled' WHERE id = $1`, [user.id], { type: 'user.changed', userId: user.id });
    expect(await hit()).toMatch(/disabled/);
    await change(`UPDATE users SET status = 'enabled' WHERE id = $1`, [user.id], { type: 'user.changed', userId: user.id });
    expect(await hit()).toBeUndefined();
  });

  it('rotating a passkey: the old one stops working, the new one works', async () => {
    const old = user.passkey;
    const rotated = randomBytes(16).toString('hex');
    await change(`UPDATE users SET passkey = $2 WHERE id = $1`, [user.id, rotated], { type: 'user.changed', userId: user.id });
    user.passkey = rotated;
    expect(await hit(old)).toMatch(/Unknown passkey/);
    expect(await hit(rotated)).toBeUndefined();
  });

  it('a new user can announce once the event arrives', async () => {
    const fresh = await createUser(t.db.pool);
    expect(await hit(fresh.passkey)).toMatch(/Unknown passkey/);
    await t.bus.publish({ type: 'user.changed', userId: fresh.id });
    await t.engine.settled();
    expect(await hit(fresh.passkey)).toBeUndefined();
  });

  it('adding, approving and deleting a torrent', async () => {
    const pending = await createTorrent(t.db.pool, { status: 'pending' });
    expect(await hit(user.passkey, pending.infoHash)).toMatch(/not registered/);
    await t.bus.publish({ type: 'torrent.changed', torrentId: pending.id });
    await t.engine.settled();
    expect(await hit(user.passkey, pending.infoHash)).toMatch(/pending moderation/);
    await change(`UPDATE torrents SET moderation_status = 'approved' WHERE id = $1`, [pending.id], { type: 'torrent.changed', torrentId: pending.id });
    expect(await hit(user.passkey, pending.infoHash)).toBeUndefined();
    await change(`UPDATE torrents SET deleted_at = now() WHERE id = $1`, [pending.id], { type: 'torrent.changed', torrentId: pending.id });
    expect(await hit(user.passkey, pending.infoHash)).toMatch(/deleted/);
  });

  it('IP bans added and lifted; client blacklist changed', async () => {
    await change(`INSERT INTO bans (ban_type, ip_range, reason) VALUES ('ip', '127.0.0.0/8', 'test')`, [], { type: 'bans.changed' });
    expect(await hit()).toMatch(/IP address is banned/);
    await change(`UPDATE bans SET lifted_at = now() WHERE ban_type = 'ip'`, [], { type: 'bans.changed' });
    expect(await hit()).toBeUndefined();

    await change(`INSERT INTO client_blacklist (peer_id_prefix, client_name, reason) VALUES ($1, 'Transmission', 'test')`, [Buffer.from('-TR')], {
      type: 'client_blacklist.changed',
    });
    expect(await hit()).toMatch(/client is blacklisted/);
    await change(`DELETE FROM client_blacklist`, [], { type: 'client_blacklist.changed' });
    expect(await hit()).toBeUndefined();
  });

  it('freeleech on a torrent and an activated freeleech token stop download from being credited', async () => {
    const credited = async () => {
      const totals = await userTotals(t.engine, user.id);
      return { downloaded: totals.downloaded, credited: totals.creditedDownloaded };
    };
    const leech = async (infoHash: Buffer, id: number) => {
      await announce(t.baseUrl, user.passkey, { infoHash, peerId: peerId(id), left: 100, event: 'started' });
      await announce(t.baseUrl, user.passkey, { infoHash, peerId: peerId(id), left: 100, downloaded: 1000, event: 'stopped' });
    };
    const free = await createTorrent(t.db.pool);
    await t.bus.publish({ type: 'torrent.changed', torrentId: free.id });
    await t.engine.settled();
    let before = await credited();
    await leech(free.infoHash, 900);
    let after = await credited();
    expect(after.downloaded - before.downloaded).toBe(1000);
    expect(after.credited - before.credited).toBe(1000);

    await change(`UPDATE torrents SET is_freeleech = true WHERE id = $1`, [free.id], { type: 'torrent.changed', torrentId: free.id });
    before = after;
    await leech(free.infoHash, 901);
    after = await credited();
    expect(after.downloaded - before.downloaded).toBe(1000);
    expect(after.credited - before.credited).toBe(0);

    // Site-wide freeleech.
    const anyTorrent = await createTorrent(t.db.pool);
    await t.bus.publish({ type: 'torrent.changed', torrentId: anyTorrent.id });
    await change(`UPDATE site_settings SET value = 'true' WHERE key = 'global_freeleech'`, [], { type: 'settings.changed' });
    before = await credited();
    await leech(anyTorrent.infoHash, 903);
    after = await credited();
    expect(after.downloaded - before.downloaded).toBe(1000);
    expect(after.credited - before.credited).toBe(0);
    await change(`UPDATE site_settings SET value = 'false' WHERE key = 'global_freeleech'`, [], { type: 'settings.changed' });
    before = after;

    const tokened = await createTorrent(t.db.pool);
    await t.bus.publish({ type: 'torrent.changed', torrentId: tokened.id });
    await change(
      `INSERT INTO freeleech_tokens (user_id, torrent_id, status, activated_at, expires_at) VALUES ($1, $2, 'active', now(), now() + interval '1 day')`,
      [user.id, tokened.id],
      { type: 'freeleech_tokens.changed', torrentId: tokened.id },
    );
    await leech(tokened.infoHash, 902);
    after = await credited();
    expect(after.downloaded - before.downloaded).toBe(1000);
    expect(after.credited - before.credited).toBe(0);
  });
});
