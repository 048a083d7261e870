import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announceQuery, getOverNewConnection, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { strictDecode } from '../support/strict-bencode.js';

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('malformed announces', () => {
  let t: TestEngine;
  let user: TestUser;
  let torrent: TestTorrent;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      prepare: async (db) => {
        user = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  it('never crashes or hangs: every answer is a bencoded failure or an HTTP 400', async () => {
    const random = prng(20261122);
    const valid = announceQuery({ infoHash: torrent.infoHash, peerId: peerId(1), event: 'started' });
    const pieces = valid.split('&');
    const junk = ['%', '%zz', '%1', '+', '&&', '=', '==', '%00', '\u00ff', 'é', '%ff%fe', '-1', '1e9', '9'.repeat(40), 'NaN', ''];
    const mutations: ((q: string[]) => string[])[] = [
      (q) => q.filter(() => random() > 0.3), // drop parameters
      (q) => [...q, q[Math.floor(random() * q.length)]!], // repeat one
      (q) => q.map((p) => (random() < 0.3 ? `${p.split('=')[0]}=${junk[Math.floor(random() * junk.length)]}` : p)), // bad values
      (q) => q.map((p) => (random() < 0.2 ? p.slice(0, Math.floor(random() * p.length)) : p)), // truncate
      (q) => [...q, `x=${'A'.repeat(Math.floor(random() * 9000))}`], // long URL
      (q) => q.map((p) => (p.startsWith('info_hash') || p.startsWith('peer_id') ? p + '%41'.repeat(1 + Math.floor(random() * 3)) : p)), // bad length
      (q) => [...q.slice(0, 2), ...Array.from({ length: 50 }, (_, i) => `k${i}=${i}`)], // many params
      (q) => q.map((p) => (random() < 0.5 ? encodeURIComponent(p) : p)), // double encoding
      (q) => [q.join('&').split('').sort(() => random() - 0.5).join('')], // shuffled bytes
    ];
    const outcomes = { failure: 0, ok: 0, status400: 0 };
    const total = 3000;
    const concurrency = 16;
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        let query = mutations[i % mutations.length]!(pieces.slice()).join('&');
        // Raw bytes outside ASCII, sent as is.
        if (i % 97 === 0) query += '&event=\u00e9';
        const path = `/${i % 11 === 0 ? 'short' : user.passkey}/announce?${query}`;
        const { status, body } = await getOverNewConnection(t.config.port, encodeURI(path).replace(/%25/g, '%'));
        if (status === 400) {
          outcomes.status400++;
          continue;
        }
        expect(status).toBe(200);
        const decoded = strictDecode(body) as Record<string, unknown>;
        if (decoded['failure reason'] !== undefined) outcomes.failure++;
        else {
          expect(decoded.interval).toBeGreaterThan(0);
          outcomes.ok++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    expect(outcomes.failure + outcomes.ok + outcomes.status400).toBe(total);
    expect(outcomes.failure).toBeGreaterThan(total / 2);
    // Still serving normally afterwards.
    const after = await getOverNewConnection(t.config.port, `/${user.passkey}/announce?${valid}`);
    expect((strictDecode(after.body) as Record<string, unknown>).interval).toBeGreaterThan(0);
  });
});
