import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type RunningCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { announce, compactPeers, encodeBinary, failureOf, freePort, getBencoded, peerId } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { storedPeers } from '../support/flush-checks.js';

/** The real `swarmgate engine` process against a test database, stopped by signals. */
// Each test starts the engine process (through tsx) once or twice: slow on a busy 2-core machine.
describe('engine process shutdown', { timeout: 180_000 }, () => {
  let db: TestDatabase;
  const users: TestUser[] = [];
  const torrents: TestTorrent[] = [];
  // The SIGKILL test's own torrents: few enough peers that one announce (numwant 200) sees them all.
  const killTorrents: TestTorrent[] = [];
  let port: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 4; i++) users.push(await createUser(db.pool));
    for (let i = 0; i < 4; i++) torrents.push(await createTorrent(db.pool));
    for (let i = 0; i < 4; i++) killTorrents.push(await createTorrent(db.pool));
  });
  afterAll(() => db.drop());

  async function startEngine(): Promise<RunningCli> {
    port = await freePort();
    const engine = startCli(['engine'], {
      DATABASE_URL: db.url,
      SWARMGATE_ENGINE_HOST: '127.0.0.1',
      SWARMGATE_ENGINE_PORT: String(port),
      SWARMGATE_ENGINE_WORKERS: '2',
      SWARMGATE_FLUSH_INTERVAL_MS: '300',
      // Every announce here is a new client of one of a few users on a few torrents.
      SWARMGATE_MAX_PEERS_PER_USER_TORRENT: '100000',
    });
    await engine.waitFor(/swarmgate engine ready/, 120_000);
    return engine;
  }

  let nextPeer = 1;
  /**
   * A new client: `started` with nothing moved yet (a session starts at 0), then a counted re-announce
   * with `uploaded` moved, crediting its user exactly that. Null when the client got no answer at all;
   * `uploaded` is 0 when only the first announce was answered (the peer exists, nothing was credited).
   */
  async function newPeer(i: number, on = torrents): Promise<{ user: TestUser; key: string; uploaded: number; port: number } | null> {
    const user = users[i % users.length]!;
    const torrent = on[i % on.length]!;
    const id = peerId(nextPeer++);
    const uploaded = 1000 + i;
    const peerPort = 10000 + (nextPeer % 50000);
    const base = `http://127.0.0.1:${port}`;
    const key = `${torrent.id}|${user.id}|${id.toString('hex')}`;
    try {
      const first = await announce(base, user.passkey, { infoHash: torrent.infoHash, peerId: id, left: 0, port: peerPort, event: 'started' });
      if (failureOf(first) !== undefined) return null;
    } catch {
      return null; // refused or cut off by the shutdown: not counted by the client either
    }
    try {
      const second = await announce(base, user.passkey, { infoHash: torrent.infoHash, peerId: id, uploaded, left: 0, port: peerPort, event: 'started' });
      return { user, key, uploaded: failureOf(second) === undefined ? uploaded : 0, port: peerPort };
    } catch {
      return { user, key, uploaded: 0, port: peerPort };
    }
  }

  it('SIGTERM under load: stops accepting, flushes, exits 0, and the database holds exactly what was answered', async () => {
    const engine = await startEngine();
    const answered: NonNullable<Awaited<ReturnType<typeof newPeer>>>[] = [];
    let stop = false;
    const client = async (c: number) => {
      for (let i = 0; !stop && i < 2000; i++) {
        const result = await newPeer(c * 10000 + i);
        if (result) answered.push(result);
        else if (engine.child.exitCode !== null) break;
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
    // Each client costs two announces (started at 0, then a counted one): long enough for plenty of both.
    await new Promise((r) => setTimeout(r, 1500));
    const exitCode = engine.stop('SIGTERM');
    expect(await exitCode, engine.output()).toBe(0);
    stop = true;
    await load;
    expect(answered.length).toBeGreaterThan(50);

    const expected = new Map<string, number>();
    for (const a of answered) expected.set(a.user.id, (expected.get(a.user.id) ?? 0) + a.uploaded);
    const { rows } = await db.pool.query<{ user_id: string; up: number }>(`SELECT user_id, uploaded_raw AS up FROM user_statistics`);
    const stored = new Map(rows.map((r) => [r.user_id, r.up]));
    for (const [userId, up] of expected) expect(stored.get(userId) ?? 0).toBe(up);
    expect([...stored.keys()].every((userId) => expected.has(userId))).toBe(true);
    expect(await storedPeers(db.pool)).toEqual(new Set(answered.map((a) => a.key)));
  });

  it('SIGKILL: on restart the swarms come back from the peers table; at most the last flush interval is lost', async () => {
    const engine = await startEngine();
    const flushed: number[] = [];
    for (let i = 0; i < 40; i++) {
      const result = await newPeer(500_000 + i, killTorrents);
      if (result) flushed.push(result.port);
    }
    // Two flush intervals: these are in the database now.
    await new Promise((r) => setTimeout(r, 800));
    for (let i = 0; i < 40; i++) await newPeer(600_000 + i, killTorrents); // likely lost with the kill
    engine.child.kill('SIGKILL');
    await engine.stop();

    const restarted = await startEngine();
    try {
      const stored = new Set((await db.pool.query<{ port: number }>(`SELECT port FROM peers`)).rows.map((r) => r.port));
      for (const p of flushed) expect(stored.has(p)).toBe(true);
      // The restarted engine answers with the restored peers, and its counts match the table.
      const seen = new Set<number>();
      // The SIGTERM test's peers came back too: every torrent's count matches the table.
      for (const torrent of [...torrents, ...killTorrents]) {
        const body = await announce(`http://127.0.0.1:${port}`, users[0]!.passkey, {
          infoHash: torrent.infoHash, peerId: peerId(999_000 + nextPeer++), left: 10, numwant: 200, event: 'started',
        });
        for (const p of compactPeers(body.peers)) seen.add(Number(p.split(':')[1]));
        const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM peers WHERE torrent_id = $1`, [torrent.id]);
        expect(body.complete).toBe(rows[0]!.n);
      }
      for (const p of flushed) expect(seen.has(p)).toBe(true);
      const scrape = await getBencoded(`http://127.0.0.1:${port}/${users[0]!.passkey}/scrape?info_hash=${encodeBinary(torrents[0]!.infoHash)}`);
      expect(Object.keys(scrape.body.files as object)).toHaveLength(1);
    } finally {
      expect(await restarted.stop('SIGTERM')).toBe(0);
    }
  });
});
