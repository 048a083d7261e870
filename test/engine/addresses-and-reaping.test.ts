import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announceQuery, compactPeers, peerId, startTestEngine, type Decoded, type TestEngine } from '../support/engine.js';
import { strictDecode } from '../support/strict-bencode.js';

function getWithHeaders(port: number, path: string, headers: Record<string, string>): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(strictDecode(Buffer.concat(chunks)) as Decoded));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('client addresses', () => {
  for (const trusted of [true, false]) {
    describe(trusted ? 'behind a trusted proxy' : 'with no trusted proxy', () => {
      let t: TestEngine;
      let user: TestUser;
      let torrent: TestTorrent;
      beforeAll(async () => {
        t = await startTestEngine({
          workers: 1,
          engine: { trustedProxies: trusted ? ['127.0.0.1'] : [] },
          prepare: async (db) => {
            user = await createUser(db.pool);
            torrent = await createTorrent(db.pool);
          },
        });
      });
      afterAll(() => t.stop());

      it(trusted ? 'takes the address from X-Forwarded-For (last hop) or X-Real-IP' : 'ignores forwarding headers and ip parameters', async () => {
        const path = (n: number, extra = '') =>
          `/${user.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(n), port: 5000 + n, left: 0, event: 'started' })}${extra}`;
        await getWithHeaders(t.config.port, path(1, '&ip=198.51.100.1&ipv4=198.51.100.2'), { 'X-Forwarded-For': '192.0.2.1, 203.0.113.5' });
        await getWithHeaders(t.config.port, path(2), { 'X-Real-IP': '203.0.113.6' });
        const viewer = await getWithHeaders(t.config.port, path(3).replace('left=0', 'left=5'), {});
        const peers = compactPeers(viewer.peers).sort();
        expect(peers).toEqual(trusted ? ['203.0.113.5:5001', '203.0.113.6:5002'] : ['127.0.0.1:5001', '127.0.0.1:5002']);
      });
    });
  }
});

describe('reaping silent peers', () => {
  let t: TestEngine;
  let user: TestUser;
  let torrent: TestTorrent;
  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      // Reaping runs every quarter of the timeout (at least every second).
      engine: { peerTimeout: 2 },
      prepare: async (db) => {
        user = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  it('removes peers silent for longer than the timeout, and the counts follow', async () => {
    await getWithHeaders(t.config.port, `/${user.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(1), left: 9, event: 'started' })}`, {});
    let swarm = (await t.engine.inspect()).swarms.find((s) => s.torrentId === torrent.id);
    expect(swarm?.leechers).toBe(1);
    await new Promise((r) => setTimeout(r, 4500));
    swarm = (await t.engine.inspect()).swarms.find((s) => s.torrentId === torrent.id);
    expect(swarm?.peers ?? []).toHaveLength(0);
    // The journal holds the reaped peer's removal for the flusher.
    const removed = (await t.engine.inspect()).peers.filter((p) => p.removed && p.torrentId === torrent.id);
    expect(removed).toHaveLength(1);
  });
});
