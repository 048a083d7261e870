import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import {
  announce,
  compactPeers,
  failureOf,
  getBencoded,
  peerId,
  startTestEngine,
  encodeBinary,
  type TestEngine,
} from '../support/engine.js';

describe('announce protocol (one worker)', () => {
  let t: TestEngine;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let torrent: TestTorrent;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 1,
      engine: { minInterval: 1, announceInterval: 1800, announceJitter: 0 },
      prepare: async (db) => {
        alice = await createUser(db.pool);
        bob = await createUser(db.pool);
        carol = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  it('answers a first leecher with an empty compact peer list and the swarm counts', async () => {
    const body = await announce(t.baseUrl, alice.passkey, { infoHash: torrent.infoHash, peerId: peerId(1), left: 500, event: 'started' });
    expect(failureOf(body)).toBeUndefined();
    expect(body.interval).toBe(1800);
    expect(body['min interval']).toBe(1);
    expect(body.complete).toBe(0);
    expect(body.incomplete).toBe(1);
    expect(body.downloaded).toBe(0);
    expect(body.peers).toBe('');
  });

  it('gives a second leecher the first one in compact form, never itself; completing makes it a seeder', async () => {
    const body = await announce(t.baseUrl, bob.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), left: 100, port: 6000, event: 'started' });
    expect(body.complete).toBe(0);
    expect(body.incomplete).toBe(2);
    expect(compactPeers(body.peers)).toEqual(['127.0.0.1:51413']);
    const done = await announce(t.baseUrl, bob.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), left: 0, port: 6000, event: 'completed' });
    expect(done.complete).toBe(1);
    expect(done.incomplete).toBe(1);
    expect(done.downloaded).toBe(1);
    expect(compactPeers(done.peers)).toEqual(['127.0.0.1:51413']);
  });

  it('gives a leecher seeders and leechers; seeders only get leechers', async () => {
    const leecher = await announce(t.baseUrl, carol.passkey, { infoHash: torrent.infoHash, peerId: peerId(3), left: 10, port: 7000, event: 'started' });
    expect(compactPeers(leecher.peers).sort()).toEqual(['127.0.0.1:51413', '127.0.0.1:6000']);
    const seeder = await announce(t.baseUrl, bob.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), left: 0, port: 6000, event: 'completed' });
    expect(compactPeers(seeder.peers).sort()).toEqual(['127.0.0.1:51413', '127.0.0.1:7000']);
  });

  it('honours numwant', async () => {
    const body = await announce(t.baseUrl, carol.passkey, { infoHash: torrent.infoHash, peerId: peerId(3), left: 10, port: 7000, numwant: 1, event: 'started' });
    expect(compactPeers(body.peers)).toHaveLength(1);
    const none = await announce(t.baseUrl, carol.passkey, { infoHash: torrent.infoHash, peerId: peerId(3), left: 10, port: 7000, numwant: 0, event: 'started' });
    expect(compactPeers(none.peers)).toHaveLength(0);
  });

  it('answers compact=0 with dictionary peers, with and without peer ids', async () => {
    const body = await announce(t.baseUrl, carol.passkey, { infoHash: torrent.infoHash, peerId: peerId(3), left: 10, port: 7000, compact: 0, event: 'started' });
    const peers = body.peers as Record<string, unknown>[];
    expect(Array.isArray(peers)).toBe(true);
    const byPort = new Map(peers.map((p) => [p.port, p]));
    expect(byPort.get(6000)!.ip).toBe('127.0.0.1');
    expect(byPort.get(6000)!['peer id']).toBe(peerId(2).toString('latin1'));
    const bare = await announce(t.baseUrl, carol.passkey, { infoHash: torrent.infoHash, peerId: peerId(3), left: 10, port: 7000, compact: 0, noPeerId: true, event: 'started' });
    for (const p of bare.peers as Record<string, unknown>[]) expect(p['peer id']).toBeUndefined();
  });

  it('counts a paused peer (BEP 21) as a partial seed: incomplete, and it receives no other partial seeds', async () => {
    const paused = await announce(t.baseUrl, carol.passkey, { infoHash: torrent.infoHash, peerId: peerId(3), left: 10, port: 7000, event: 'paused' });
    expect(paused.incomplete).toBe(2);
    // A partial seed wants leechers only: alice (leecher), not bob (seeder).
    expect(compactPeers(paused.peers)).toEqual(['127.0.0.1:51413']);
    const scrape = await getBencoded(`${t.baseUrl}/${alice.passkey}/scrape?info_hash=${encodeBinary(torrent.infoHash)}`);
    const files = scrape.body.files as Record<string, Record<string, number>>;
    const entry = files[torrent.infoHash.toString('latin1')]!;
    expect(entry.incomplete).toBe(2);
    expect(entry.downloaders).toBe(1);
  });

  it('removes a stopped peer and counts completed once', async () => {
    const stopped = await announce(t.baseUrl, alice.passkey, { infoHash: torrent.infoHash, peerId: peerId(1), left: 500, event: 'stopped' });
    expect(failureOf(stopped)).toBeUndefined();
    expect(stopped.incomplete).toBe(1);
    expect(stopped.peers).toBe('');
    // bob completed earlier; a second completed event from the now-seeding peer is not a new snatch.
    const again = await announce(t.baseUrl, bob.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), left: 0, port: 6000, event: 'completed' });
    expect(again.downloaded).toBe(1);
  });

  it('scrapes several hashes, keyed by raw info_hash, leaving out unknown ones', async () => {
    const other = await createTorrent(t.db.pool);
    await t.bus.publish({ type: 'torrent.changed', torrentId: other.id });
    await t.engine.settled();
    const unknown = randomBytes(20);
    const url = `${t.baseUrl}/${alice.passkey}/scrape?info_hash=${encodeBinary(torrent.infoHash)}&info_hash=${encodeBinary(other.infoHash)}&info_hash=${encodeBinary(unknown)}`;
    const { body } = await getBencoded(url);
    const files = body.files as Record<string, Record<string, number>>;
    expect(Object.keys(files)).toHaveLength(2);
    expect(files[torrent.infoHash.toString('latin1')]).toMatchObject({ complete: 1, incomplete: 1, downloaded: 1 });
    expect(files[other.infoHash.toString('latin1')]).toMatchObject({ complete: 0, incomplete: 0, downloaded: 0 });
  });

  it('refuses a scrape without info_hash (no full scrape on a private tracker)', async () => {
    const { body } = await getBencoded(`${t.baseUrl}/${alice.passkey}/scrape`);
    expect(failureOf(body)).toMatch(/Full scrape is not allowed/);
  });

  it('answers 404 off the announce paths, serves /healthz, and /metrics only on the operations listener', async () => {
    expect((await fetch(`${t.baseUrl}/nope`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(404);
    expect(await (await fetch(`${t.opsUrl}/healthz`)).text()).toBe('ok\n');
    expect(await (await fetch(`${t.baseUrl}/healthz`)).text()).toBe('ok\n');
    // Gauges are refreshed every second.
    await new Promise((r) => setTimeout(r, 1100));
    const metrics = await (await fetch(`${t.opsUrl}/metrics`)).text();
    expect(metrics).toMatch(/swarmgate_announces_total\{outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/swarmgate_peers 2\b/);
  });
});
