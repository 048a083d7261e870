import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  announceQuery,
  failureOf,
  getWithRawHeaders,
  peerId,
  startTestEngine,
  type AnnounceParams,
  type Decoded,
  type TestEngine,
} from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { strictDecode } from '../support/strict-bencode.js';

/**
 * The client's User-Agent and announce `key` reach `peers`, `announces` and `snatches` through a real
 * engine and its flush; hostile agents are stored truncated and harmless; a restart keeps them.
 * Two workers and several torrents, so announces are also forwarded to the swarm's owning worker.
 */
describe('client agent and key on peers and announces', () => {
  let db: TestDatabase;
  let t: TestEngine;
  let alice: TestUser;
  const torrents: TestTorrent[] = [];

  const start = () =>
    startTestEngine({
      db,
      workers: 2,
      flush: { intervalMs: 60_000 },
      // 127.0.0.1 may forward the client's address: the test moves a client to another IP.
      engine: { trustedProxies: ['127.0.0.1'], maxPeersPerUserPerTorrent: 1000 },
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    alice = await createUser(db.pool);
    for (let i = 0; i < 4; i++) torrents.push(await createTorrent(db.pool));
    t = await start();
  });
  afterAll(async () => {
    await t.stop();
    await db.drop();
  });

  /** Announce with raw header lines; fails the test on an HTTP error or a tracker failure. */
  async function announce(p: AnnounceParams, headers: Array<string | Buffer>): Promise<void> {
    const lines = headers.map((h) => (typeof h === 'string' ? Buffer.from(h, 'latin1') : h));
    const { status, body } = await getWithRawHeaders(t.config.port, `/${alice.passkey}/announce?${announceQuery(p)}`, lines);
    expect(status).toBe(200);
    expect(failureOf(strictDecode(body) as Decoded)).toBeUndefined();
  }

  async function peerRow(torrent: TestTorrent, n: number) {
    const { rows } = await db.pool.query<{ agent: string | null; key: string | null; ip: string }>(
      `SELECT agent, key, host(ip) AS ip FROM peers WHERE torrent_id = $1 AND peer_id = $2`,
      [torrent.id, peerId(n)],
    );
    return rows[0];
  }

  it('records each announce\'s agent and key, and the peer\'s latest on its row', async () => {
    for (const [i, torrent] of torrents.entries()) {
      await announce({ infoHash: torrent.infoHash, peerId: peerId(i), event: 'started', key: `1A2B3C4${i}` }, [
        'User-Agent: qBittorrent/4.6.2',
      ]);
    }
    // The client moves to another address and upgrades, keeping peer_id and key: still one peer.
    await announce({ infoHash: torrents[0]!.infoHash, peerId: peerId(0), event: 'completed', left: 0, key: '1A2B3C40' }, [
      'User-Agent: qBittorrent/5.0.0',
      'X-Forwarded-For: 198.51.100.7',
    ]);
    // No agent and no key: NULL, not ''.
    await announce({ infoHash: torrents[1]!.infoHash, peerId: peerId(100), event: 'started' }, []);
    await t.engine.flushNow();

    for (const [i, torrent] of torrents.entries()) {
      if (i === 0) continue;
      expect(await peerRow(torrent, i)).toEqual({ agent: 'qBittorrent/4.6.2', key: `1A2B3C4${i}`, ip: '127.0.0.1' });
    }
    expect(await peerRow(torrents[0]!, 0)).toEqual({ agent: 'qBittorrent/5.0.0', key: '1A2B3C40', ip: '198.51.100.7' });
    expect(await peerRow(torrents[1]!, 100)).toEqual({ agent: null, key: null, ip: '127.0.0.1' });
    const peers = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM peers WHERE torrent_id = $1`, [torrents[0]!.id]);
    expect(peers.rows[0]!.n).toBe(1);

    const logged = await db.pool.query<{ event: string; agent: string | null; key: string | null }>(
      `SELECT event, agent, key FROM announces WHERE torrent_id = $1 ORDER BY id`,
      [torrents[0]!.id],
    );
    expect(logged.rows).toEqual([
      { event: 'started', agent: 'qBittorrent/4.6.2', key: '1A2B3C40' },
      { event: 'completed', agent: 'qBittorrent/5.0.0', key: '1A2B3C40' },
    ]);
    const snatch = await db.pool.query<{ agent: string }>(`SELECT agent FROM snatches WHERE torrent_id = $1`, [torrents[0]!.id]);
    expect(snatch.rows).toEqual([{ agent: 'qBittorrent/5.0.0' }]);
  });

  it('stores a hostile agent (huge, NUL, non-UTF-8, escapes) truncated and harmless, and a percent-encoded key as sent', async () => {
    const torrent = torrents[2]!;
    const huge = `Mozilla/${'\\'.repeat(10)}${'A'.repeat(3000)}`;
    await announce({ infoHash: torrent.infoHash, peerId: peerId(201), event: 'started', key: 'ab%5Ccd%E9' }, [`User-Agent: ${huge}`]);
    await announce({ infoHash: torrent.infoHash, peerId: peerId(202), event: 'started', key: 'k%00%09z' }, [
      Buffer.concat([Buffer.from('User-Agent: evil', 'latin1'), Buffer.from([0x09, 0xff, 0xfe, 0xc3]), Buffer.from('tail\\N', 'latin1')]),
    ]);
    // A NUL in a header: uWebSockets refuses the request before the engine sees it (no answer), so
    // nothing is recorded; the key's percent-encoded NUL above is stored as '?'.
    const nul = await getWithRawHeaders(t.config.port, `/${alice.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(203), event: 'started' })}`, [
      Buffer.concat([Buffer.from('User-Agent: evil', 'latin1'), Buffer.from([0x00]), Buffer.from('tail', 'latin1')]),
    ]);
    expect(nul.status).not.toBe(200);
    // A UTF-8 agent is kept as its characters (uWebSockets gives header bytes as latin1 characters and
    // trims bytes >= 0x80 off a value's end as if they were spaces, so this one ends in ASCII).
    await announce({ infoHash: torrent.infoHash, peerId: peerId(204), event: 'started' }, [
      Buffer.concat([Buffer.from('User-Agent: ', 'latin1'), Buffer.from('Tixati/3.19 é中 (Linux)', 'utf8')]),
    ]);
    // A flood of distinct agents costs nothing to keep: every one is its own row's value.
    for (let n = 0; n < 20; n++) {
      await announce({ infoHash: torrent.infoHash, peerId: peerId(300 + n), event: 'started' }, [`User-Agent: flood-${n}-${'x'.repeat(n)}`]);
    }
    await t.engine.flushNow();

    const first = await peerRow(torrent, 201);
    expect(first).toEqual({ agent: `Mozilla/${'\\'.repeat(10)}${'A'.repeat(64 - 18)}`, key: 'ab\\cd\u00e9', ip: '127.0.0.1' });
    const second = await peerRow(torrent, 202);
    // Tab and the bytes that are not UTF-8 (ff, fe, and c3 before an ASCII letter) are each a '?'.
    expect(second!.agent).toBe('evil????tail\\N');
    expect(second!.key).toBe('k??z');
    expect(await peerRow(torrent, 203)).toBeUndefined();
    expect((await peerRow(torrent, 204))!.agent).toBe('Tixati/3.19 é中 (Linux)');
    const flood = await db.pool.query<{ agent: string }>(
      `SELECT agent FROM peers WHERE torrent_id = $1 AND agent LIKE 'flood-%' ORDER BY length(agent)`,
      [torrent.id],
    );
    expect(flood.rows.map((r) => r.agent)).toEqual(Array.from({ length: 20 }, (_, n) => `flood-${n}-${'x'.repeat(n)}`));
    // The same announces are in the log.
    const logged = await db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM announces WHERE torrent_id = $1 AND agent = $2 AND key = 'ab\\cd\u00e9'`,
      [torrent.id, first!.agent],
    );
    expect(logged.rows[0]!.n).toBe(1);
  });

  it('keeps agent and key across a restart, and the next counted announce replaces them', async () => {
    const before = await db.pool.query<{ peer_id: Buffer; agent: string | null; key: string | null }>(
      `SELECT peer_id, agent, key FROM peers ORDER BY torrent_id, peer_id`,
    );
    expect(before.rows.length).toBeGreaterThan(20);
    await t.stop();
    t = await start();
    // The peers came back from the table.
    const restored = (await t.engine.inspect()).swarms.reduce((sum, s) => sum + s.seeders + s.leechers, 0);
    expect(restored).toBe(before.rows.length);

    // Another peer's announce makes a flush with rows in it; the restored peers' rows are untouched.
    await announce({ infoHash: torrents[3]!.infoHash, peerId: peerId(400), event: 'started', key: 'FFFF0000' }, ['User-Agent: Transmission/4.0.5']);
    await t.engine.flushNow();
    const after = await db.pool.query<{ peer_id: Buffer; agent: string | null; key: string | null }>(
      `SELECT peer_id, agent, key FROM peers WHERE NOT (torrent_id = $1 AND peer_id = $2) ORDER BY torrent_id, peer_id`,
      [torrents[3]!.id, peerId(400)],
    );
    expect(after.rows).toEqual(before.rows);
    expect(await peerRow(torrents[3]!, 400)).toEqual({ agent: 'Transmission/4.0.5', key: 'FFFF0000', ip: '127.0.0.1' });

    // A restored peer announcing again records what it sends now.
    await announce({ infoHash: torrents[3]!.infoHash, peerId: peerId(3), event: 'started', key: '1A2B3C43' }, ['User-Agent: qBittorrent/5.0.1']);
    await t.engine.flushNow();
    expect(await peerRow(torrents[3]!, 3)).toEqual({ agent: 'qBittorrent/5.0.1', key: '1A2B3C43', ip: '127.0.0.1' });
  });
});
