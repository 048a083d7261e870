/**
 * One flush batch the size the bench's flush run produces per interval (tens of thousands of new
 * peers from several workers' drains), written by the real writer, every counter checked against a
 * model built from the same records: peers (latest state per peer, removals), users' and history sums,
 * torrents' counts, the announce log. It also covers the references checked once per batch (migration
 * 20261130010000): a torrent and a user deleted before the write leave their rows out, a retry under
 * the same batch id counts nothing twice, and writers other than the flusher are still checked per row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../../engine/flush/announce-log.js';
import { writeBatch } from '../../engine/flush/batch-writer.js';
import { encodeBatch } from '../../engine/flush/copy-encoding.js';
import { encodeTorrentCounts, type TorrentCounts, type WorkerDrain } from '../../engine/flush/peer-journal.js';
import * as R from '../../engine/flush/peer-records.js';
import { PendingBatch } from '../../engine/flush/pending-batch.js';
import type { BatchHeader } from '../../engine/flush/sealed-batch.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { prng } from '../support/simulated-clients.js';

const USERS = 300;
const TORRENTS = 400;
const DRAINS = 3;
const RECORDS_PER_DRAIN = 20_000;
const NOW = Math.floor(Date.now() / 1000);

interface ModelPeer {
  uploaded: number;
  time: number;
  removed: boolean;
}

interface Sums {
  up: number;
  down: number;
  seed: number;
}

function peerIdBytes(n: number): Uint8Array {
  const id = new Uint8Array(20);
  id.set(Buffer.from('-SG0001-', 'latin1'));
  new DataView(id.buffer).setUint32(16, n, true);
  return id;
}

describe('a flush batch at the bench size, against a model', () => {
  let db: TestDatabase;
  let userIds: string[] = [];
  let torrentIds: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const users = await db.pool.query<{ id: string }>(
      `INSERT INTO users (username, email, passkey, group_id)
       SELECT 'scale_' || g, 'scale_' || g || '@example.test', substr(md5('scale' || g), 1, 32), (SELECT id FROM user_groups WHERE name = 'member')
       FROM generate_series(1, $1) g RETURNING id`,
      [USERS],
    );
    userIds = users.rows.map((r) => r.id);
    const torrents = await db.pool.query<{ id: string }>(
      `INSERT INTO torrents (info_hash, name, category_id, moderation_status)
       SELECT decode(md5('scale' || g) || substr(md5('t' || g), 1, 8), 'hex'), 'Scale torrent ' || g,
              (SELECT id FROM torrent_categories ORDER BY id LIMIT 1), 'approved'
       FROM generate_series(1, $1) g RETURNING id`,
      [TORRENTS],
    );
    torrentIds = torrents.rows.map((r) => r.id);
  }, 60_000);
  afterAll(() => db.drop());

  it('writes every peer, sum and log row once, and leaves out what was deleted meanwhile', async () => {
    const random = prng(1414);
    const pick = (n: number) => Math.floor(random() * n);
    const peers = new Map<string, ModelPeer>();
    const userSums = new Map<string, Sums>();
    const historySums = new Map<string, Sums>();
    const torrentCounts = new Map<string, TorrentCounts>();
    let announces = 0;
    const drains: WorkerDrain[] = [];
    for (let d = 0; d < DRAINS; d++) {
      const refOf = new Map<string, number>();
      const ids: string[] = [];
      const ref = (id: string) => refOf.get(id) ?? (refOf.set(id, ids.push(id) - 1), ids.length - 1);
      const records = new Uint8Array(RECORDS_PER_DRAIN * R.RECORD_BYTES);
      const v = new DataView(records.buffer);
      const log = new Uint8Array(RECORDS_PER_DRAIN * A.ANNOUNCE_BYTES);
      const w = new DataView(log.buffer);
      for (let i = 0; i < RECORDS_PER_DRAIN; i++) {
        // Mostly new peers; one in eight is a peer seen in an earlier drain (a later state, or its removal).
        const again = d > 0 && i % 8 === 0;
        const peer = again ? pick(d * RECORDS_PER_DRAIN) : d * RECORDS_PER_DRAIN + i;
        const user = peer % USERS;
        const torrent = torrentIds[(peer * 7) % TORRENTS]!;
        const time = NOW - 100 + d * 10;
        const removed = again && i % 16 === 0;
        const up = 1 + pick(1 << 20);
        const down = pick(1 << 16);
        const seed = pick(30);
        const at = i * R.RECORD_BYTES;
        v.setUint32(at + R.TORRENT_REF, ref(torrent), true);
        v.setUint32(at + R.USER_INDEX, user, true);
        records.set(peerIdBytes(peer), at + R.PEER_ID);
        records.set([10, (peer >> 16) & 255, (peer >> 8) & 255, peer & 255], at + R.IP);
        v.setUint8(at + R.FLAGS, removed ? R.REC_REMOVED : 0);
        v.setUint16(at + R.PORT, 6881, true);
        v.setFloat64(at + R.UPLOADED, up * (d + 1), true);
        v.setFloat64(at + R.LEFT, 1000, true);
        v.setUint32(at + R.LAST_ANNOUNCE, time, true);
        v.setFloat64(at + R.D_UP, up, true);
        v.setFloat64(at + R.D_DOWN, down, true);
        v.setUint32(at + R.D_SEED_SECONDS, seed, true);

        const logAt = i * A.ANNOUNCE_BYTES;
        w.setUint32(logAt + A.SWARM, ref(torrent), true);
        w.setUint32(logAt + A.USER_INDEX, user, true);
        log.set(peerIdBytes(peer), logAt + A.PEER_ID);
        log.set([127, 0, 0, 1], logAt + A.IP);
        w.setUint16(logAt + A.PORT, 6881, true);
        w.setUint32(logAt + A.TIME, time, true);
        w.setUint32(logAt + A.NUMWANT, A.NO_NUMWANT, true);
        w.setFloat64(logAt + A.D_UP, up, true);

        const key = `${torrent}|${userIds[user]}|${peer}`;
        peers.set(key, { uploaded: up * (d + 1), time, removed });
        add(userSums, userIds[user]!, up, down, seed);
        add(historySums, `${userIds[user]}|${torrent}`, up, down, seed);
        announces++;
      }
      const counts: TorrentCounts[] = ids.map((torrentId, k) => ({ torrentId, seeders: k % 5, leechers: d + 1, completed: 0, lastSeederAt: 0 }));
      for (const c of counts) torrentCounts.set(c.torrentId, c);
      drains.push({ records, announces: log, torrentIds: ids, torrentCounts: encodeTorrentCounts(counts, ids) });
    }

    const pending = new PendingBatch(10_000_000, (index) => userIds[index]);
    for (const drain of drains) pending.add(drain, Date.now());
    const sealed = pending.seal(false);
    expect(sealed.counts.peers).toBe(peers.size);
    const header: BatchHeader = { id: sealed.id, counts: sealed.counts, peerHistory: false, oldestDrainAt: sealed.oldestDrainAt };
    const encoded = encodeBatch(sealed);

    // Deleted between the drain and the write: their peer and history rows are left out (the joins),
    // the torrent's user sums still count (the user exists), the gone user's count nowhere.
    const goneTorrent = torrentIds[3]!;
    const goneUser = userIds[5]!;
    await db.pool.query('DELETE FROM torrents WHERE id = $1', [goneTorrent]);
    await db.pool.query('DELETE FROM users WHERE id = $1', [goneUser]);

    expect((await writeBatch(db.pool, header, encoded, { timeoutMs: 120_000 })).outcome).toBe('written');
    expect((await writeBatch(db.pool, header, encoded, { timeoutMs: 120_000 })).outcome).toBe('already-written');

    const livePeers = [...peers].filter(([key, p]) => !p.removed && !key.startsWith(`${goneTorrent}|`) && !key.includes(`|${goneUser}|`));
    const stored = await db.pool.query<{ torrent_id: string; user_id: string; n: number; uploaded: number; updated: number }>(
      `SELECT torrent_id, user_id, get_byte(peer_id, 16) + 256 * get_byte(peer_id, 17) + 65536 * get_byte(peer_id, 18) AS n,
              uploaded::float8 AS uploaded, extract(epoch FROM updated_at)::int AS updated FROM peers`,
    );
    const storedPeers = new Map(stored.rows.map((r) => [`${r.torrent_id}|${r.user_id}|${r.n}`, { uploaded: r.uploaded, time: r.updated, removed: false }]));
    expect(storedPeers.size).toBe(livePeers.length);
    expect(new Map(livePeers)).toEqual(storedPeers);

    const users = await db.pool.query<{ user_id: string; up: number; down: number; seed: number }>(
      `SELECT user_id, uploaded_raw::float8 AS up, downloaded_raw::float8 AS down, seed_time_seconds::float8 AS seed FROM user_statistics
       WHERE uploaded_raw > 0 OR downloaded_raw > 0`,
    );
    userSums.delete(goneUser);
    expect(new Map(users.rows.map((r) => [r.user_id, { up: r.up, down: r.down, seed: r.seed }]))).toEqual(userSums);

    const history = await db.pool.query<{ key: string; up: number; down: number; seed: number }>(
      `SELECT user_id || '|' || torrent_id AS key, uploaded_raw::float8 AS up, downloaded_raw::float8 AS down, seed_time::float8 AS seed
       FROM user_torrent_history`,
    );
    for (const key of historySums.keys()) if (key.startsWith(`${goneUser}|`) || key.endsWith(`|${goneTorrent}`)) historySums.delete(key);
    expect(new Map(history.rows.map((r) => [r.key, { up: r.up, down: r.down, seed: r.seed }]))).toEqual(historySums);

    const torrents = await db.pool.query<{ id: string; seeders: number; leechers: number }>('SELECT id, seeders, leechers FROM torrents');
    for (const row of torrents.rows) {
      const model = torrentCounts.get(row.id);
      expect([row.id, row.seeders, row.leechers]).toEqual([row.id, model?.seeders ?? 0, model?.leechers ?? 0]);
    }

    // The log has no references: every counted announce of a known user is recorded, once.
    const log = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM announces');
    expect(log.rows[0]!.n).toBe(announces);
    const recorded = await db.pool.query<{ peer_rows: number }>('SELECT peer_rows FROM flush_batches WHERE batch_id = $1', [header.id]);
    expect(recorded.rows).toEqual([{ peer_rows: peers.size }]);
  }, 180_000);

  it('still checks the references per row for every writer but the flusher, and cascades deletes', async () => {
    const insert = (torrentId: string, userId: string, tokenId: string | null = null) =>
      db.pool.query(`INSERT INTO peers (torrent_id, user_id, peer_id, ip, port, freeleech_token_id) VALUES ($1, $2, $3, '10.9.9.9', 6881, $4)`,
        [torrentId, userId, Buffer.from(peerIdBytes(999_999)), tokenId]);
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(insert(missing, userIds[0]!)).rejects.toMatchObject({ code: '23503', constraint: 'peers_torrent_id_fkey' });
    await expect(insert(torrentIds[0]!, missing)).rejects.toMatchObject({ code: '23503', constraint: 'peers_user_id_fkey' });
    await expect(insert(torrentIds[0]!, userIds[0]!, missing)).rejects.toMatchObject({ code: '23503', constraint: 'peers_freeleech_token_id_fkey' });
    const history = (torrentId: string, userId: string) =>
      db.pool.query(`INSERT INTO user_torrent_history (torrent_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [torrentId, userId]);
    await expect(history(missing, userIds[0]!)).rejects.toMatchObject({ code: '23503', constraint: 'user_torrent_history_torrent_id_fkey' });
    await expect(history(torrentIds[0]!, missing)).rejects.toMatchObject({ code: '23503', constraint: 'user_torrent_history_user_id_fkey' });
    await insert(torrentIds[0]!, userIds[0]!);

    const token = await db.pool.query<{ id: string }>(
      `INSERT INTO freeleech_tokens (user_id) VALUES ($1) RETURNING id`, [userIds[0]]);
    await db.pool.query(`UPDATE peers SET freeleech_token_id = $1 WHERE peer_id = $2`, [token.rows[0]!.id, Buffer.from(peerIdBytes(999_999))]);
    await db.pool.query('DELETE FROM freeleech_tokens WHERE id = $1', [token.rows[0]!.id]);
    const cleared = await db.pool.query('SELECT 1 FROM peers WHERE freeleech_token_id IS NOT NULL');
    expect(cleared.rowCount).toBe(0);

    const count = async (table: string, where: string, id: string) =>
      (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where} = $1`, [id])).rows[0]!.n;
    for (const table of ['peers', 'user_torrent_history']) {
      expect(await count(table, 'torrent_id', torrentIds[0]!)).toBeGreaterThan(0);
      expect(await count(table, 'user_id', userIds[1]!)).toBeGreaterThan(0);
    }
    await db.pool.query('DELETE FROM torrents WHERE id = $1', [torrentIds[0]]);
    await db.pool.query('DELETE FROM users WHERE id = $1', [userIds[1]]);
    for (const table of ['peers', 'user_torrent_history']) {
      expect(await count(table, 'torrent_id', torrentIds[0]!)).toBe(0);
      expect(await count(table, 'user_id', userIds[1]!)).toBe(0);
    }
  }, 60_000);
});

function add(sums: Map<string, Sums>, key: string, up: number, down: number, seed: number): void {
  const s = sums.get(key) ?? { up: 0, down: 0, seed: 0 };
  s.up += up;
  s.down += down;
  s.seed += seed;
  sums.set(key, s);
}
