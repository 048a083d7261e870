/**
 * What the moderation API changes is enforced by a running engine on the next announce, and what
 * expires stops applying by itself (no event, no job): bans of every type the engine knows, group
 * rights, slots, multipliers and freeleech, site-wide freeleech with an end time, personal freeleech,
 * and warning points reaching the download threshold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../control/client.js';
import { engineAccount, engineTorrent, hit, startPlanes, transfer, until, type Planes } from './support.js';

const inSeconds = (s: number) => {
  const ms = Date.now() + s * 1000;
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
};

describe('the engine enforces moderation from the next announce', () => {
  let p: Planes;
  let torrent: Buffer;

  beforeAll(async () => {
    p = await startPlanes();
    torrent = await engineTorrent(p);
  });
  afterAll(() => p.stop());

  const moderation = () => p.control.admin.clients.moderation;
  /** A moderation call, then the engine has applied the events it published (the "next announce"). */
  async function applied<T>(promise: Promise<T>): Promise<T> {
    const result = await promise;
    await p.engine.engine.settled();
    return result;
  }

  it('an IP range ban (IPv4 CIDR and IPv6) refuses addresses in range at once and lifts itself at its expiry', async () => {
    const user = await engineAccount(p);
    const m = moderation();
    const v4 = await applied(call(m.createBan.bind(m), { ban: { type: 'BAN_TYPE_IP', ipRange: '198.51.100.77/24', reason: 'abuse from this network', expireTime: inSeconds(4) } }));
    expect(v4.ipRange).toBe('198.51.100.0/24');
    const v6 = await applied(call(m.createBan.bind(m), { ban: { type: 'BAN_TYPE_IP', ipRange: '2001:db8:42::/48', reason: 'abuse from this network', expireTime: inSeconds(4) } }));
    expect(v6.active).toBe(true);

    expect(await hit(p.engine, user.passkey, { infoHash: torrent, from: '198.51.100.200' })).toMatch(/IP address is banned/);
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, from: '2001:db8:42:ffff::9' })).toMatch(/IP address is banned/);
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, from: '198.51.101.1' })).toBeUndefined();
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, from: '2001:db8:43::1' })).toBeUndefined();

    // No event, no job: the engine holds the expiry itself.
    expect(await until(() => hit(p.engine, user.passkey, { infoHash: torrent, from: '198.51.100.200' }), (f) => f === undefined)).toBeUndefined();
    expect(await until(() => hit(p.engine, user.passkey, { infoHash: torrent, from: '2001:db8:42:ffff::9' }), (f) => f === undefined)).toBeUndefined();
    const after = await call(m.getBan.bind(m), { name: v4.name });
    expect(after.active).toBe(false);
  });

  it('an account ban refuses every announce until lifted', async () => {
    const user = await engineAccount(p);
    const m = moderation();
    const ban = await applied(call(m.createBan.bind(m), { ban: { type: 'BAN_TYPE_ACCOUNT', user: `users/${user.id}`, reason: 'cheating', permanent: true } }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, left: 0 })).toMatch(/account is banned/);
    await applied(call(m.liftBan.bind(m), { name: ban.name, reason: 'appeal accepted' }));
    expect(await until(() => hit(p.engine, user.passkey, { infoHash: torrent, left: 0 }), (f) => f === undefined, 5000)).toBeUndefined();
  });

  it('a download ban refuses leeching but still lets the user seed; a temporary one ends by itself', async () => {
    const user = await engineAccount(p);
    const m = moderation();
    await applied(call(m.createBan.bind(m), { ban: { type: 'BAN_TYPE_DOWNLOAD', user: `users/${user.id}`, reason: 'ratio', expireTime: inSeconds(3) } }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, left: 100 })).toMatch(/may not download/);
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, left: 0 })).toBeUndefined();
    expect(await until(() => hit(p.engine, user.passkey, { infoHash: torrent, left: 100 }), (f) => f === undefined)).toBeUndefined();
  });

  it('a group change (slots, multipliers, freeleech, double upload, download right) applies on the next announce', async () => {
    const user = await engineAccount(p, 'power_user');
    const second = await engineTorrent(p);
    const m = moderation();
    const update = (group: object, paths: string[]) => applied(call(m.updateGroup.bind(m), { group: { name: 'groups/power_user', ...group }, updateMask: { paths } }));

    expect(await transfer(p.engine, user, torrent, { downloaded: 1000, uploaded: 1000 })).toEqual({ downloaded: 1000, uploaded: 1000, creditedDownloaded: 1000, creditedUploaded: 1000 });

    await update({ uploadMultiplier: 1.5, downloadMultiplier: 0.5 }, ['upload_multiplier', 'download_multiplier']);
    expect(await transfer(p.engine, user, torrent, { downloaded: 1000, uploaded: 1000 })).toMatchObject({ creditedDownloaded: 500, creditedUploaded: 1500 });

    await update({ freeleech: true, doubleUpload: true, uploadMultiplier: 1, downloadMultiplier: 1 }, ['freeleech', 'double_upload', 'upload_multiplier', 'download_multiplier']);
    expect(await transfer(p.engine, user, torrent, { downloaded: 1000, uploaded: 1000 })).toMatchObject({ downloaded: 1000, creditedDownloaded: 0, creditedUploaded: 2000 });
    await update({ freeleech: false, doubleUpload: false }, ['freeleech', 'double_upload']);

    // One download slot: a second torrent cannot be leeched while the first is.
    const group = await update({ downloadSlots: 1 }, ['download_slots']);
    expect(group.downloadSlots).toBe(1);
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, left: 100 })).toBeUndefined();
    expect(await hit(p.engine, user.passkey, { infoHash: second, left: 100 })).toMatch(/Download slots exhausted/);
    await update({}, ['download_slots']);
    expect(await hit(p.engine, user.passkey, { infoHash: second, left: 100 })).toBeUndefined();

    await update({ canDownload: false }, ['can_download']);
    expect(await hit(p.engine, user.passkey, { infoHash: second, left: 100 })).toMatch(/may not download/);
    expect(await hit(p.engine, user.passkey, { infoHash: second, left: 0 })).toBeUndefined();
    await update({ canDownload: true }, ['can_download']);
  });

  it('site-wide freeleech with an end time stops by itself', async () => {
    const user = await engineAccount(p);
    const m = moderation();
    const settings = await applied(call(m.updateSiteSettings.bind(m), {
      settings: { globalFreeleech: true, globalFreeleechEndTime: inSeconds(3) },
      updateMask: { paths: ['global_freeleech', 'global_freeleech_end_time'] },
    }));
    expect(settings.globalFreeleech).toBe(true);
    expect(await transfer(p.engine, user, torrent, { downloaded: 1000 })).toMatchObject({ downloaded: 1000, creditedDownloaded: 0 });
    const end = (settings.globalFreeleechEndTime!.seconds as number) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, end - Date.now() + 1100)));
    // No event since: the engine compared the end time itself.
    expect(await transfer(p.engine, user, torrent, { downloaded: 1000 })).toMatchObject({ downloaded: 1000, creditedDownloaded: 1000 });
  });

  it('personal freeleech credits no download until it ends', async () => {
    const user = await engineAccount(p);
    await p.db.pool.query(`UPDATE users SET personal_freeleech_until = now() + interval '3 seconds' WHERE id = $1`, [user.id]);
    await p.control.bus.publish({ type: 'user.changed', userId: user.id });
    await p.engine.engine.settled();
    expect(await transfer(p.engine, user, torrent, { downloaded: 1000 })).toMatchObject({ downloaded: 1000, creditedDownloaded: 0 });
    await new Promise((r) => setTimeout(r, 4000));
    expect(await transfer(p.engine, user, torrent, { downloaded: 1000 })).toMatchObject({ downloaded: 1000, creditedDownloaded: 1000 });
  });

  it('warnings reaching the threshold disable downloads; revoking one restores them', async () => {
    const user = await engineAccount(p);
    const m = moderation();
    const first = await applied(call(m.createWarning.bind(m), { warning: { user: `users/${user.id}`, points: 2, reason: 'first strike', severity: 'WARNING_SEVERITY_MODERATE' } }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, left: 100 })).toBeUndefined();
    await applied(call(m.createWarning.bind(m), { warning: { user: `users/${user.id}`, points: 1, reason: 'second strike' } }));
    expect(await until(() => hit(p.engine, user.passkey, { infoHash: torrent, left: 100 }), (f) => f !== undefined, 5000)).toMatch(/may not download/);
    expect(await hit(p.engine, user.passkey, { infoHash: torrent, left: 0 })).toBeUndefined();
    const listed = await call(m.listWarnings.bind(m), { parent: `users/${user.id}` });
    expect(listed.activePoints).toBe(3);
    const bans = await call(m.listBans.bind(m), { filter: `user = "users/${user.id}" AND source = BAN_SOURCE_WARNINGS` });
    expect(bans.bans.map((b) => b.type)).toEqual(['BAN_TYPE_DOWNLOAD']);

    await applied(call(m.revokeWarning.bind(m), { name: first.name, reason: 'issued in error' }));
    expect(await until(() => hit(p.engine, user.passkey, { infoHash: torrent, left: 100 }), (f) => f === undefined, 5000)).toBeUndefined();
    expect((await call(m.listBans.bind(m), { filter: `user = "users/${user.id}" AND source = BAN_SOURCE_WARNINGS` })).bans).toEqual([]);
  });

  it('blacklisted ports and the client blacklist are administrable live', async () => {
    const user = await engineAccount(p);
    const m = moderation();
    const ports = await call(m.listBlacklistedPorts.bind(m), {});
    // Seeded once from engine.blacklistedPorts at the engine's first start.
    expect(ports.ports.map((r) => `${r.portFrom}-${r.portTo}`)).toContain('6881-6889');
    const added = await applied(call(m.createBlacklistedPort.bind(m), { port: { portFrom: 51413, reason: 'test' } }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent })).toMatch(/Port 51413 is blacklisted/);
    await applied(call(m.deleteBlacklistedPort.bind(m), { name: added.name }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent })).toBeUndefined();

    const entry = await applied(call(m.createClientBlacklistEntry.bind(m), { entry: { peerIdPrefix: Buffer.from('-MT'), clientName: 'Moderation test client' } }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent })).toMatch(/client is blacklisted/);
    await applied(call(m.deleteClientBlacklistEntry.bind(m), { name: entry.name }));
    expect(await hit(p.engine, user.passkey, { infoHash: torrent })).toBeUndefined();
  });
});
