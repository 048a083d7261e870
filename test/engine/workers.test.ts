import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import {
  announce,
  announceQuery,
  compactPeers,
  encodeBinary,
  failureOf,
  getBencoded,
  getOverNewConnection,
  peerId,
  startTestEngine,
  type AnnounceParams,
  type Decoded,
  type TestEngine,
} from '../support/engine.js';
import { strictDecode } from '../support/strict-bencode.js';

/**
 * With several workers each swarm has one owner; requests landing on another worker are handed over.
 * SO_REUSEPORT spreads new connections across workers: each announce here opens its own connection,
 * so with 3 workers about two in three land on a worker that does not own the swarm.
 */
async function metric(t: TestEngine, name: string): Promise<number> {
  const text = await (await fetch(`${t.opsUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? NaN);
}

describe('engine across worker threads', () => {
  let t: TestEngine;
  const users: TestUser[] = [];
  const torrents: TestTorrent[] = [];
  let slotted: TestUser;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 3,
      prepare: async (db) => {
        for (let i = 0; i < 6; i++) users.push(await createUser(db.pool));
        for (let i = 0; i < 12; i++) torrents.push(await createTorrent(db.pool));
        slotted = await createUser(db.pool, { group: 'elite' });
        await db.pool.query(`UPDATE user_groups SET download_slots = 3 WHERE name = 'elite'`);
      },
    });
  });
  afterAll(() => t.stop());

  const announceFresh = async (user: TestUser, p: AnnounceParams) =>
    strictDecode((await getOverNewConnection(t.config.port, `/${user.passkey}/announce?${announceQuery(p)}`)).body) as Decoded;

  it('lets peers of one swarm announcing through different workers see each other', async () => {
    const torrent = torrents[0]!;
    for (let i = 0; i < users.length; i++) {
      const body = await announceFresh(users[i]!, { infoHash: torrent.infoHash, peerId: peerId(100 + i), port: 20000 + i, left: 5, event: 'started' });
      expect(failureOf(body)).toBeUndefined();
      expect(compactPeers(body.peers)).toHaveLength(i);
    }
    // Re-announce every peer many times over new connections: each sees all the others.
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < users.length; i++) {
        const body = await announceFresh(users[i]!, { infoHash: torrent.infoHash, peerId: peerId(100 + i), port: 20000 + i, left: 5, event: 'started' });
        const others = users.map((_, k) => `127.0.0.1:${20000 + k}`).filter((_, k) => k !== i);
        expect(compactPeers(body.peers).sort()).toEqual(others.sort());
      }
    }
    expect(await metric(t, 'swarmgate_forwarded_total')).toBeGreaterThan(0);
    // More than one worker received requests.
    const text = await (await fetch(`${t.opsUrl}/metrics`)).text();
    const busy = text.split('\n').filter((l) => /^swarmgate_worker_requests\{worker="\d+"\} [1-9]/.test(l));
    expect(busy.length).toBeGreaterThan(1);
  });

  it('holds download slots across workers at once', async () => {
    // 12 torrents spread over 3 owners; the user may leech 3 at once, whichever workers own them.
    const results = await Promise.all(
      torrents.map((torrent, i) => announce(t.baseUrl, slotted.passkey, { infoHash: torrent.infoHash, peerId: peerId(200 + i), left: 5, event: 'started' })),
    );
    const accepted = results.filter((r) => failureOf(r) === undefined).length;
    const refused = results.filter((r) => /Download slots exhausted/.test(failureOf(r) ?? '')).length;
    expect(accepted).toBe(3);
    expect(refused).toBe(9);
  });

  it('scrapes many hashes owned by different workers and the totals match the swarms', async () => {
    for (let i = 1; i < torrents.length; i++) {
      await announce(t.baseUrl, users[i % users.length]!.passkey, { infoHash: torrents[i]!.infoHash, peerId: peerId(300 + i), left: 0, event: 'started' });
    }
    const query = torrents.map((tr) => `info_hash=${encodeBinary(tr.infoHash)}`).join('&');
    const { body } = await getBencoded(`${t.baseUrl}/${users[0]!.passkey}/scrape?${query}`);
    const files = body.files as Record<string, { complete: number; incomplete: number }>;
    expect(Object.keys(files)).toHaveLength(torrents.length);

    const { swarms } = await t.engine.inspect();
    for (const torrent of torrents) {
      const swarm = swarms.find((s) => s.infoHash === torrent.infoHash.toString('hex'));
      const file = files[torrent.infoHash.toString('latin1')]!;
      expect(file.complete).toBe(swarm?.seeders ?? 0);
      expect(file.incomplete).toBe(swarm?.leechers ?? 0);
    }
    const totalPeers = swarms.reduce((n, s) => n + s.peers.length, 0);
    // Gauges refresh every second.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await metric(t, 'swarmgate_peers')).toBe(totalPeers);
  });
});

describe('engine start on a port it cannot have', () => {
  it('fails with the reason, stops the workers in order, and the process lives on to start again', async () => {
    const db = await createTestDatabase();
    // A listener without SO_REUSEPORT: no worker can share its port.
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      await expect(startTestEngine({ db, workers: 3, engine: { port } })).rejects.toThrow(`cannot listen on 127.0.0.1:${port}`);
      await new Promise<void>((resolve) => holder.close(() => resolve()));
      const t = await startTestEngine({ db, workers: 3, engine: { port } });
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
      await t.stop();
    } finally {
      holder.close();
      await db.drop();
    }
  });
});
