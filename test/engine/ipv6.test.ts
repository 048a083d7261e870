import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announce, compactPeers, failureOf, peerId, startTestEngine, type TestEngine } from '../support/engine.js';

/** BEP 7: the engine listens on both families; IPv6 peers come back in `peers6`, 18 bytes each. */
describe('IPv6 peers (BEP 7)', () => {
  let t: TestEngine;
  let alice: TestUser;
  let bob: TestUser;
  let torrent: TestTorrent;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      engine: { host: '::' },
      prepare: async (db) => {
        alice = await createUser(db.pool);
        bob = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  const v4 = () => t.baseUrl.replace('[::1]', '127.0.0.1');
  const v6 = () => t.baseUrl;

  it('records an IPv6 peer and hands it to an IPv4 peer in peers6, and the IPv4 peer to it in peers', async () => {
    const overV6 = await announce(v6(), alice.passkey, { infoHash: torrent.infoHash, peerId: peerId(1), port: 6006, left: 0, event: 'started' });
    expect(failureOf(overV6)).toBeUndefined();
    const overV4 = await announce(v4(), bob.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), port: 4004, left: 10, event: 'started' });
    expect(compactPeers(overV4.peers)).toEqual([]);
    expect(compactPeers(overV4.peers6, true)).toEqual(['0:0:0:0:0:0:0:1:6006']);

    const again = await announce(v6(), alice.passkey, { infoHash: torrent.infoHash, peerId: peerId(1), port: 6006, left: 0, event: 'started' });
    expect(compactPeers(again.peers)).toEqual(['127.0.0.1:4004']);
    expect(again.peers6).toBeUndefined();
  });

  it('gives IPv6 addresses as text in dictionary peers', async () => {
    const body = await announce(v4(), bob.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), port: 4004, left: 10, compact: 0, event: 'started' });
    const peers = body.peers as unknown as { ip: string; port: number }[];
    expect(peers).toEqual([expect.objectContaining({ ip: '0:0:0:0:0:0:0:1', port: 6006 })]);
  });
});
