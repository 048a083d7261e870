import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import {
  announceQuery,
  encodeBinary,
  failureOf,
  getOverNewConnection,
  peerId,
  startTestEngine,
  type AnnounceParams,
  type Decoded,
  type TestEngine,
} from '../support/engine.js';
import { prng } from '../protocol/random.js';
import { strictDecode } from '../support/strict-bencode.js';

/**
 * Several workers changing the same swarm at once. Every announce opens its own connection, so
 * SO_REUSEPORT spreads them over the workers; each peer's announces are sent one after another (as a
 * client would), different peers' announces all at once. Whatever design the engine uses to let workers
 * change a swarm (an owner and a hand-off, or shared memory under locks), the end state must be the
 * one a sequential model of the same announces reaches: these tests pin that.
 */

type Step = 'leech' | 'seed' | 'pause' | 'stop';
const STEPS: Step[] = ['leech', 'leech', 'seed', 'pause', 'stop'];

/** What the tracker should hold for one peer after its announces, applied in its own order. */
interface ModelPeer {
  present: boolean;
  left: number;
  paused: boolean;
  /** Its completion was counted during its current stay in the swarm. */
  completed: boolean;
}

/** The rules of engine/announce.ts that decide membership and completions, for announces that all succeed. */
function applyStep(peer: ModelPeer, step: Step): number {
  let completions = 0;
  const left = step === 'seed' ? 0 : step === 'stop' ? peer.left : 1000;
  const finishes = peer.present && !peer.completed && peer.left > 0 && left === 0;
  if (step === 'stop') {
    if (finishes) completions++;
    peer.present = false;
    return completions;
  }
  if (!peer.present) {
    peer.present = true;
    peer.completed = false;
  } else if (finishes) {
    completions++;
    peer.completed = true;
  }
  peer.left = left;
  peer.paused = step === 'pause';
  return completions;
}

function paramsFor(step: Step, infoHash: Buffer, id: Buffer, port: number, left: number): AnnounceParams {
  switch (step) {
    case 'leech':
      return { infoHash, peerId: id, port, left: 1000 };
    case 'seed':
      return { infoHash, peerId: id, port, left: 0 };
    case 'pause':
      return { infoHash, peerId: id, port, left: 1000, event: 'paused' };
    case 'stop':
      return { infoHash, peerId: id, port, left, event: 'stopped' };
  }
}

async function metric(t: TestEngine, name: string): Promise<number> {
  const text = await (await fetch(`${t.opsUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? NaN);
}

describe('workers changing the same swarm at once', () => {
  const WORKERS = 3;
  const USERS = 6;
  /** The per-user cap of the default config (maxPeersPerUserPerTorrent): every peer of the script fits. */
  const PEERS_PER_USER = 3;
  const STEPS_PER_PEER = 14;
  let t: TestEngine;
  const users: TestUser[] = [];
  let hot: TestTorrent;
  let other: TestTorrent;
  let slotted: TestUser;
  const slotTorrents: TestTorrent[] = [];
  const SLOTS = 2;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: WORKERS,
      // Re-announces inside the min interval are answered from state and change nothing; a short one
      // keeps the script's routine announces counted like any other.
      engine: { minInterval: 1, maxPeersPerUserPerTorrent: PEERS_PER_USER },
      prepare: async (db) => {
        for (let i = 0; i < USERS; i++) users.push(await createUser(db.pool));
        hot = await createTorrent(db.pool);
        other = await createTorrent(db.pool);
        slotted = await createUser(db.pool, { group: 'elite' });
        await db.pool.query(`UPDATE user_groups SET download_slots = $1 WHERE name = 'elite'`, [SLOTS]);
        for (let i = 0; i < 10; i++) slotTorrents.push(await createTorrent(db.pool));
      },
    });
  });
  afterAll(() => t.stop());

  const announceFresh = async (passkey: string, p: AnnounceParams) =>
    strictDecode((await getOverNewConnection(t.config.port, `/${passkey}/announce?${announceQuery(p)}`)).body) as Decoded;

  it('ends with the seeders, leechers, peers and completions a sequential model of the same announces has', async () => {
    // The same script every run.
    const random = prng(15);
    interface Client {
      user: TestUser;
      id: Buffer;
      port: number;
      torrent: TestTorrent;
      script: Step[];
    }
    const clients: Client[] = [];
    for (let u = 0; u < USERS; u++) {
      for (let k = 0; k < PEERS_PER_USER; k++) {
        const n = u * PEERS_PER_USER + k;
        const script = Array.from({ length: STEPS_PER_PEER }, () => STEPS[Math.floor(random() * STEPS.length)]!);
        clients.push({ user: users[u]!, id: peerId(5000 + n), port: 30000 + n, torrent: hot, script });
        // A second swarm changing at the same time, so the workers interleave two swarms' work.
        if (k === 0) clients.push({ user: users[u]!, id: peerId(6000 + n), port: 31000 + n, torrent: other, script: [...script].reverse() });
      }
    }

    const models = new Map<Client, ModelPeer>(clients.map((c) => [c, { present: false, left: 1000, paused: false, completed: false }]));
    const completions = new Map<TestTorrent, number>([[hot, 0], [other, 0]]);
    // The model replays each script on its own (peers are independent of one another); the engine runs them all at once.
    for (const c of clients) {
      const model = models.get(c)!;
      for (const step of c.script) completions.set(c.torrent, completions.get(c.torrent)! + applyStep(model, step));
    }

    const failures: string[] = [];
    let sent = 0;
    await Promise.all(
      clients.map(async (c) => {
        const seen: ModelPeer = { present: false, left: 1000, paused: false, completed: false };
        for (const step of c.script) {
          const body = await announceFresh(c.user.passkey, paramsFor(step, c.torrent.infoHash, c.id, c.port, seen.left));
          applyStep(seen, step);
          sent++;
          const failure = failureOf(body);
          if (failure !== undefined) failures.push(`${c.id.toString('latin1')} ${step}: ${failure}`);
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(sent).toBe(clients.reduce((n, c) => n + c.script.length, 0));

    const { swarms } = await t.engine.inspect();
    for (const torrent of [hot, other]) {
      const mine = clients.filter((c) => c.torrent === torrent);
      const live = mine.filter((c) => models.get(c)!.present);
      const seeders = live.filter((c) => models.get(c)!.left === 0);
      const paused = live.filter((c) => models.get(c)!.left > 0 && models.get(c)!.paused);
      const leechers = live.length - seeders.length;

      // Exactly one swarm per torrent across all workers, holding exactly the model's peers.
      const found = swarms.filter((s) => s.infoHash === torrent.infoHash.toString('hex'));
      expect(found).toHaveLength(1);
      const swarm = found[0]!;
      expect(swarm.seeders).toBe(seeders.length);
      expect(swarm.leechers).toBe(leechers);
      expect(swarm.completedDelta).toBe(completions.get(torrent));
      const expected = live.map((c) => `${c.id.toString('hex')} ${models.get(c)!.left === 0 ? 'seed' : models.get(c)!.paused ? 'paused' : 'leech'} ${c.port}`);
      const held = swarm.peers.map((p) => `${p.peerId} ${p.seeder ? 'seed' : p.paused ? 'paused' : 'leech'} ${p.port}`);
      expect(held.sort()).toEqual(expected.sort());

      // Scrape answers the same counts from whichever worker takes the connection (several new ones).
      for (let k = 0; k < 2 * WORKERS; k++) {
        const path = `/${users[k % USERS]!.passkey}/scrape?info_hash=${encodeBinary(torrent.infoHash)}&info_hash=${encodeBinary(hot.infoHash)}`;
        const body = strictDecode((await getOverNewConnection(t.config.port, path)).body) as Decoded;
        const file = (body.files as Record<string, Record<string, number>>)[torrent.infoHash.toString('latin1')]!;
        expect([file.complete, file.incomplete, file.downloaded, file.downloaders]).toEqual([
          seeders.length, leechers, completions.get(torrent), leechers - paused.length,
        ]);
      }
    }
    // Some of the script's announces changed membership on every torrent: the test exercised something.
    expect(completions.get(hot)).toBeGreaterThan(0);

    // The gauges (per worker, summed) agree with the swarms: no peer counted twice or lost.
    await new Promise((r) => setTimeout(r, 1100));
    const total = swarms.reduce((n, s) => n + s.peers.length, 0);
    expect(await metric(t, 'swarmgate_peers')).toBe(total);
    expect(await metric(t, 'swarmgate_seeders')).toBe(swarms.reduce((n, s) => n + s.seeders, 0));
    expect(await metric(t, 'swarmgate_leechers')).toBe(swarms.reduce((n, s) => n + s.leechers, 0));
  });

  it('scrapes torrents registered while running alike from every worker (every worker gives them the same swarm id)', async () => {
    // Several torrents arrive one after another; each gets peers; each is then scraped over new connections.
    const added: TestTorrent[] = [];
    for (let i = 0; i < 4; i++) {
      const torrent = await createTorrent(t.db.pool);
      await t.bus.publish({ type: 'torrent.changed', torrentId: torrent.id });
      await t.engine.settled();
      added.push(torrent);
    }
    for (const [i, torrent] of added.entries()) {
      for (let k = 0; k <= i; k++) {
        const body = await announceFresh(users[k]!.passkey, { infoHash: torrent.infoHash, peerId: peerId(8000 + i * 10 + k), left: k % 2 === 0 ? 0 : 9 });
        expect(failureOf(body)).toBeUndefined();
      }
    }
    const query = added.map((tr) => `info_hash=${encodeBinary(tr.infoHash)}`).join('&');
    for (let k = 0; k < 3 * WORKERS; k++) {
      const body = strictDecode((await getOverNewConnection(t.config.port, `/${users[0]!.passkey}/scrape?${query}`)).body) as Decoded;
      const files = body.files as Record<string, Record<string, number>>;
      // Torrent i has i + 1 peers: seeders at even k, leechers at odd k.
      expect(added.map((tr) => [files[tr.infoHash.toString('latin1')]?.complete, files[tr.infoHash.toString('latin1')]?.incomplete])).toEqual([
        [1, 0], [1, 1], [2, 1], [2, 2],
      ]);
    }
  });

  it('holds download slots across workers through rounds of concurrent starts, finishes, pauses and stops', async () => {
    const leechers = new Map<TestTorrent, Buffer>();
    const startAll = async (round: number) => {
      const free = slotTorrents.filter((tr) => !leechers.has(tr));
      const results = await Promise.all(
        free.map(async (torrent, i) => {
          const id = peerId(7000 + round * 100 + i);
          const body = await announceFresh(slotted.passkey, { infoHash: torrent.infoHash, peerId: id, left: 5, event: 'started' });
          return { torrent, id, failure: failureOf(body) };
        }),
      );
      for (const r of results) if (r.failure === undefined) leechers.set(r.torrent, r.id);
      const refused = results.filter((r) => /Download slots exhausted/.test(r.failure ?? '')).length;
      return { accepted: results.length - refused, refused, other: results.filter((r) => r.failure !== undefined && !/Download slots/.test(r.failure)) };
    };

    // Round 1: all at once, exactly the group's slots are granted.
    let round = await startAll(1);
    expect(round).toEqual({ accepted: SLOTS, refused: slotTorrents.length - SLOTS, other: [] });

    // Finishing frees a slot (a seeder does not leech): the freed slots, and only those, go again.
    const finishing = [...leechers];
    await Promise.all(finishing.map(([torrent, id]) => announceFresh(slotted.passkey, { infoHash: torrent.infoHash, peerId: id, left: 0 })));
    round = await startAll(2);
    expect(round).toEqual({ accepted: SLOTS, refused: slotTorrents.length - 2 * SLOTS, other: [] });

    // Pausing frees a slot too (a paused partial seed does not leech).
    const pausing = [...leechers].filter(([torrent]) => !finishing.some(([done]) => done === torrent));
    await Promise.all(pausing.map(([torrent, id]) => announceFresh(slotted.passkey, { infoHash: torrent.infoHash, peerId: id, left: 5, event: 'paused' })));
    round = await startAll(3);
    expect(round).toEqual({ accepted: SLOTS, refused: slotTorrents.length - 3 * SLOTS, other: [] });

    // Everyone stops at once: every slot comes back, none twice.
    await Promise.all(
      [...leechers].map(([torrent, id]) => announceFresh(slotted.passkey, { infoHash: torrent.infoHash, peerId: id, left: 5, event: 'stopped' })),
    );
    leechers.clear();
    round = await startAll(4);
    expect(round).toEqual({ accepted: SLOTS, refused: slotTorrents.length - SLOTS, other: [] });
  });
});
