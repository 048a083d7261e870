import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../../engine/flush/announce-log.js';
import * as B from '../../engine/flush/batch-rows.js';
import { ID_BYTES } from '../../engine/flush/batch-ids.js';
import { encodeBatch, encodedBuffers } from '../../engine/flush/copy-encoding.js';
import { encodeTorrentCounts, type TorrentCounts, type WorkerDrain } from '../../engine/flush/peer-journal.js';
import * as R from '../../engine/flush/peer-records.js';
import { PendingBatch } from '../../engine/flush/pending-batch.js';
import { RecordLog } from '../../engine/flush/record-log.js';
import { sealedBuffers, type SealedBatch } from '../../engine/flush/sealed-batch.js';
import { SpareBuffers } from '../../engine/flush/spare-buffers.js';
import { CLIENT_BYTES, writeAgent, writeKey } from '../../engine/protocol/client-fields.js';
import { copyRoundTrip, type CopyTarget } from '../support/copy-round-trip.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const USERS = ['aaaaaaaa-0000-4000-8000-000000000000', 'bbbbbbbb-0000-4000-8000-000000000000', 'cccccccc-0000-4000-8000-000000000000'];
const userIdOf = (index: number) => USERS[index];

interface PeerSpec {
  torrent: string;
  user: number;
  peer: number;
  time: number;
  up?: number;
  down?: number;
  creditedUp?: number;
  creditedDown?: number;
  tokenDown?: number;
  seed?: number;
  leech?: number;
  uploaded?: number;
  seeder?: boolean;
  removed?: boolean;
  completedAt?: number;
  ip?: number[];
  port?: number;
  agent?: string;
  /** Decoded key bytes, as latin1. */
  key?: string;
}

/** A client block (client-fields.ts) as the engine fills it from an announce. */
function clientBlock(agent = '', key = ''): Buffer {
  const block = Buffer.alloc(CLIENT_BYTES);
  writeAgent(block, 0, agent);
  const keyBytes = Buffer.from(key, 'latin1');
  writeKey(block, 0, keyBytes, keyBytes.length);
  return block;
}

interface AnnounceSpec {
  torrent: string;
  user: number;
  peer: number;
  time: number;
  up?: number;
  numwant?: number;
  agent?: string;
  key?: string;
}

function peerIdBytes(n: number): Uint8Array {
  const id = new Uint8Array(20);
  id.set(Buffer.from('-qB4650-', 'latin1'));
  new DataView(id.buffer).setUint32(16, n, true);
  return id;
}

/** A drain as a worker would hand it over. */
function drain(peers: PeerSpec[], announces: AnnounceSpec[] = [], torrents: TorrentCounts[] = []): WorkerDrain {
  const torrentIds: string[] = [];
  const ref = (id: string) => (torrentIds.includes(id) ? torrentIds.indexOf(id) : torrentIds.push(id) - 1);
  const records = new Uint8Array(peers.length * R.RECORD_BYTES);
  const v = new DataView(records.buffer);
  peers.forEach((p, i) => {
    const at = i * R.RECORD_BYTES;
    const ip = p.ip ?? [10, 0, 0, p.peer & 255];
    v.setUint32(at + R.TORRENT_REF, ref(p.torrent), true);
    v.setUint32(at + R.USER_INDEX, p.user, true);
    records.set(peerIdBytes(p.peer), at + R.PEER_ID);
    records.set(ip, at + R.IP);
    v.setUint8(at + R.FLAGS, (p.seeder ? R.REC_SEEDER : 0) | (p.removed ? R.REC_REMOVED : 0) | (ip.length === 16 ? R.REC_IPV6 : 0));
    v.setUint16(at + R.PORT, p.port ?? 6881, true);
    v.setFloat64(at + R.UPLOADED, p.uploaded ?? 0, true);
    v.setUint32(at + R.LAST_ANNOUNCE, p.time, true);
    v.setUint32(at + R.COMPLETED_AT, p.completedAt ?? 0, true);
    v.setFloat64(at + R.D_UP, p.up ?? 0, true);
    v.setFloat64(at + R.D_DOWN, p.down ?? 0, true);
    v.setFloat64(at + R.D_CREDITED_UP, p.creditedUp ?? 0, true);
    v.setFloat64(at + R.D_CREDITED_DOWN, p.creditedDown ?? 0, true);
    v.setFloat64(at + R.D_TOKEN_DOWN, p.tokenDown ?? 0, true);
    v.setUint32(at + R.D_SEED_SECONDS, p.seed ?? 0, true);
    v.setUint32(at + R.D_LEECH_SECONDS, p.leech ?? 0, true);
    records.set(clientBlock(p.agent, p.key), at + R.CLIENT);
  });
  const log = new Uint8Array(announces.length * A.ANNOUNCE_BYTES);
  const w = new DataView(log.buffer);
  announces.forEach((a, i) => {
    const at = i * A.ANNOUNCE_BYTES;
    w.setUint32(at + A.SWARM, ref(a.torrent), true);
    w.setUint32(at + A.USER_INDEX, a.user, true);
    log.set(peerIdBytes(a.peer), at + A.PEER_ID);
    log.set([127, 0, 0, 1], at + A.IP);
    w.setUint8(at + A.EVENT, 1);
    w.setUint16(at + A.PORT, 6881, true);
    w.setUint32(at + A.TIME, a.time, true);
    w.setUint32(at + A.NUMWANT, a.numwant ?? A.NO_NUMWANT, true);
    w.setFloat64(at + A.D_UP, a.up ?? 0, true);
    log.set(clientBlock(a.agent, a.key), at + A.CLIENT);
  });
  return { records, announces: log, torrentIds, torrentCounts: encodeTorrentCounts(torrents, torrentIds) };
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

/** The rows an encoded table stores in PostgreSQL, as COPY text fields (support/copy-round-trip.ts). */
const stored = (target: CopyTarget, data: Uint8Array) => copyRoundTrip(db.pool, target, data);

/** A batch slot's id, from the uuid's 16 bytes. */
function idAt(table: Uint8Array, slot: number): string {
  const hex = Buffer.from(table.subarray(slot * ID_BYTES, (slot + 1) * ID_BYTES)).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function userSums(batch: SealedBatch): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let r = 0; r < batch.users.length; r += B.USER_FIELDS) {
    out.set(idAt(batch.userIds, batch.users[r + B.USER_SLOT]!), [...batch.users.subarray(r + B.U_UP, r + B.USER_FIELDS)]);
  }
  return out;
}

function historyRows(batch: SealedBatch): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (let r = 0; r < batch.history.length; r += B.HISTORY_FIELDS) {
    const key = `${idAt(batch.userIds, batch.history[r + B.H_USER_SLOT]!)}|${idAt(batch.torrentIds, batch.history[r + B.H_TORRENT_SLOT]!)}`;
    out.set(key, batch.history.subarray(r, r + B.HISTORY_FIELDS));
  }
  return out;
}

describe('pending batch', () => {
  it('keeps the latest state per peer by announce time, and one row per distinct peer', async () => {
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 100, uploaded: 10 }, { torrent: T1, user: 0, peer: 2, time: 100, uploaded: 20 }]), 1);
    // A later drain: peer 1 moves on; an older report of peer 2 (another worker, late) must not undo its state.
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 105, uploaded: 15 }]), 2);
    pending.add(drain([{ torrent: T1, user: 0, peer: 2, time: 99, uploaded: 5 }]), 3);
    // Same peer id under another user or torrent is another peer.
    pending.add(drain([{ torrent: T2, user: 0, peer: 1, time: 101, uploaded: 1 }, { torrent: T1, user: 1, peer: 1, time: 101, uploaded: 2 }]), 4);
    expect(pending.oldest).toBe(1);
    const batch = pending.seal(false);
    expect(batch.counts.peers).toBe(4);
    const rows = await stored('sg_peers', encodeBatch(batch).peers);
    const byKey = new Map(rows.map((r) => [`${r[0]}|${r[1]}|${r[2]!.slice(-8)}`, r]));
    expect(byKey.get(`${T1}|${USERS[0]}|01000000`)![5]).toBe('15');
    expect(byKey.get(`${T1}|${USERS[0]}|02000000`)![5]).toBe('20');
    expect(byKey.get(`${T2}|${USERS[0]}|01000000`)![5]).toBe('1');
    expect(byKey.get(`${T1}|${USERS[1]}|01000000`)![5]).toBe('2');
  });

  it('lets a later record of the same second win (a peer removed then re-added)', async () => {
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 100, removed: true }, { torrent: T1, user: 0, peer: 1, time: 100, uploaded: 7 }]), 1);
    const encoded = encodeBatch(pending.seal(false));
    const rows = await stored('sg_peers', encoded.peers);
    expect(rows).toHaveLength(1);
    expect(rows[0]![5]).toBe('7');
    expect(await stored('sg_gone_peers', encoded.gonePeers)).toEqual([]);
  });

  it('stages a peer whose latest record is its removal apart, with its removal time', async () => {
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 100, uploaded: 7 }, { torrent: T1, user: 0, peer: 2, time: 100 }]), 1);
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 1_700_000_000, removed: true }]), 2);
    const batch = pending.seal(false);
    expect(batch.counts.peers).toBe(2);
    const encoded = encodeBatch(batch);
    expect((await stored('sg_peers', encoded.peers)).map((row) => row[2]!.slice(-8))).toEqual(['02000000']);
    const id1 = Buffer.from(peerIdBytes(1)).toString('hex');
    expect(await stored('sg_gone_peers', encoded.gonePeers)).toEqual([[T1, USERS[0], `\\\\x${id1}`, '2023-11-14 22:13:20+00']]);
  });

  it('sums every delta per user and per user-torrent, across drains', async () => {
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 100, up: 1000, down: 10, creditedUp: 2000, creditedDown: 0, seed: 30, tokenDown: 10 }]), 1);
    pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: 90, up: 500, leech: 20 }, { torrent: T2, user: 0, peer: 3, time: 95, up: 1, down: 2 }]), 2);
    pending.add(drain([{ torrent: T1, user: 2, peer: 4, time: 100, up: 0.5, creditedUp: 0.25 }]), 3);
    const batch = pending.seal(false);
    expect(batch.counts).toMatchObject({ peers: 3, users: 2, history: 3 });
    const sums = userSums(batch);
    expect(sums.get(USERS[0]!)).toEqual([1501, 12, 2000, 0, 30, 20]);
    expect(sums.get(USERS[2]!)).toEqual([0.5, 0, 0.25, 0, 0, 0]);
    const history = historyRows(batch).get(`${USERS[0]}|${T1}`)!;
    expect(history[B.H_UP]).toBe(1500);
    expect(history[B.H_TOKEN_DOWN]).toBe(10);
    expect(history[B.H_SEED_SECONDS]).toBe(30);
    expect(history[B.H_LEECH_SECONDS]).toBe(20);
    // Its state is the latest announce's (100), not the older one merged after it.
    expect(history[B.H_LAST_ANNOUNCE]).toBe(100);
    // Rounded on the way out; credited amounts can be fractional.
    expect(await stored('sg_users', encodeBatch(batch).users)).toContainEqual([USERS[2], '1', '0', '0', '0', '0', '0']);
  });

  it('marks history inactive when the latest record is a removal, and records every completion as a snatch', async () => {
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drain([{ torrent: T1, user: 1, peer: 1, time: 100, completedAt: 100, seeder: true }]), 1);
    pending.add(drain([{ torrent: T1, user: 1, peer: 2, time: 110, completedAt: 108 }, { torrent: T1, user: 1, peer: 1, time: 120, removed: true, seeder: true }]), 2);
    const batch = pending.seal(false);
    expect(batch.counts.snatches).toBe(2);
    const history = historyRows(batch).get(`${USERS[1]}|${T1}`)!;
    expect([history[B.H_ACTIVE], history[B.H_SEEDER], history[B.H_COMPLETED_AT]]).toEqual([0, 1, 108]);
    const snatches = await stored('sg_snatches', encodeBatch(batch).snatches);
    expect(snatches.map((s) => s[2])).toEqual(['1970-01-01 00:01:40+00', '1970-01-01 00:01:48+00']);
    expect(snatches[0]!.slice(0, 2)).toEqual([USERS[1], T1]);
  });

  it('after a burst, merges the next batches the same in the kept tables and in new ones', () => {
    const pending = new PendingBatch(1_000_000, userIdOf);
    const burst = Array.from({ length: 70_000 }, (_, n) => ({ torrent: n % 2 ? T1 : T2, user: n % 3, peer: n, time: 100, up: 1 }));
    pending.add(drain(burst), 1);
    expect(pending.seal(false).counts.peers).toBe(70_000);
    expect(pending.isEmpty).toBe(true);
    for (let round = 0; round < 2; round++) {
      // The first round merges into the burst's cleared tables, the second into new ones.
      const time = 200 + round * 10;
      pending.add(drain([{ torrent: T1, user: 0, peer: 1, time, up: 5 }], [{ torrent: T1, user: 0, peer: 1, time }]), 2);
      pending.add(drain([{ torrent: T1, user: 0, peer: 1, time: time + 1, up: 7 }]), 3);
      const next = pending.seal(false);
      expect(next.counts).toMatchObject({ peers: 1, users: 1, history: 1, announces: 1 });
      expect(userSums(next).get(USERS[0]!)![0]).toBe(12);
      expect(idAt(next.torrentIds, 0)).toBe(T1);
    }
  });

  it('keeps its tables\' size while batches stay as large, and gives it back after a burst or when idle', () => {
    const pending = new PendingBatch(1_000_000, userIdOf);
    const batchOf = (peers: number, from: number) => drain(Array.from({ length: peers }, (_, n) => ({ torrent: T1, user: 0, peer: from + n, time: 100 })));
    pending.add(batchOf(80_000, 0), 1);
    pending.seal(false);
    const held = pending.heldRows;
    expect(held).toBeGreaterThanOrEqual(80_000);
    pending.add(batchOf(60_000, 0), 2); // a steady load: about as large
    pending.seal(false);
    expect(pending.heldRows).toBe(held);
    pending.add(batchOf(10_000, 0), 3); // the load fell to under a quarter
    pending.seal(false);
    expect(pending.heldRows).toBe(0);
    pending.add(batchOf(70_000, 0), 4);
    pending.seal(false);
    expect(pending.releaseIdleStorage()).toBeGreaterThan(0); // nothing pending: given back at once
    expect(pending.heldRows).toBe(0);
    pending.add(batchOf(70_000, 0), 5);
    expect(pending.releaseIdleStorage()).toBe(0); // never while rows wait
  });

  it('seals its tables\' own buffers and goes on in the ones the encoder gave back, rows never mixed', async () => {
    const pending = new PendingBatch(1_000_000, userIdOf);
    const given: ArrayBuffer[][] = [];
    let batch: SealedBatch | null = null;
    for (let round = 0; round < 3; round++) {
      // Each batch smaller than the last: a reused buffer still holds the older batch's rows past the new ones.
      const peers = 3000 - round * 1000;
      const peerSpecs = Array.from({ length: peers }, (_, n) => ({ torrent: T1, user: round % 2, peer: n, time: 100 + round, uploaded: round + 1 }));
      // 300 logged announces: past the announce log's first buffer, large enough to be kept as a spare.
      pending.add(drain(peerSpecs, peerSpecs.slice(0, 300)), round + 1);
      batch = pending.seal(false);
      expect(batch.counts).toMatchObject({ peers, users: 1, history: 1, announces: 300 });
      const rows = await stored('sg_peers', encodeBatch(batch).peers);
      expect(rows).toHaveLength(peers);
      expect(rows.every((row) => row[1] === USERS[round % 2] && row[5] === String(round + 1))).toBe(true);
      given.push(sealedBuffers(batch));
      pending.recycle(sealedBuffers(batch)); // as the encoder hands them back
    }
    // The third batch was written into the buffers the first one was sealed in.
    expect(given[0]).toContain(batch!.peers.buffer);
    expect(given[0]).toContain(batch!.announces.buffer);
  });

  it('encodes each table\'s COPY data in a buffer lent from the spares, and an older, longer batch left in it never shows', async () => {
    const pending = new PendingBatch(1_000_000, userIdOf);
    const spares = new SpareBuffers();
    let lent: ArrayBuffer[] = [];
    for (let round = 0; round < 2; round++) {
      const peers = 2000 - round * 1000;
      const peerSpecs = Array.from({ length: peers }, (_, n) => ({ torrent: T1, user: round, peer: n, time: 100 + round, uploaded: round + 1 }));
      pending.add(drain(peerSpecs, peerSpecs), round + 1);
      const encoded = encodeBatch(pending.seal(false), spares);
      const peerRows = await stored('sg_peers', encoded.peers);
      expect(peerRows).toHaveLength(peers);
      expect(peerRows.every((row) => row[1] === USERS[round] && row[5] === String(round + 1))).toBe(true);
      expect(await stored('announces', encoded.announces)).toHaveLength(peers);
      if (round === 1) {
        // Built in the first batch's buffers, which the flusher gave back once that batch was written.
        expect(lent).toContain(encoded.peers.buffer);
        expect(lent).toContain(encoded.announces.buffer);
      }
      lent = encodedBuffers(encoded);
      spares.give(lent);
    }
  });

  it('keeps the latest torrent counts and sums completions', async () => {
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drain([], [], [{ torrentId: T1, seeders: 1, leechers: 2, completed: 1, lastSeederAt: 50 }]), 1);
    pending.add(drain([], [], [{ torrentId: T1, seeders: 3, leechers: 0, completed: 2, lastSeederAt: 0 }]), 2);
    const batch = pending.seal(false);
    expect(batch.counts.torrents).toBe(1);
    expect(await stored('sg_torrents', encodeBatch(batch).torrents)).toEqual([[T1, '3', '0', '3', '1970-01-01 00:00:50+00']]);
  });

  it('appends the announce log in order, drops the oldest rows past its cap, and counts them', async () => {
    const pending = new PendingBatch(3, userIdOf);
    pending.add(drain([], [1, 2].map((n) => ({ torrent: T1, user: 0, peer: n, time: 100 + n, up: n }))), 1);
    pending.add(drain([], [3, 4, 5].map((n) => ({ torrent: T2, user: 1, peer: n, time: 100 + n, up: n, numwant: 50 }))), 2);
    expect(pending.droppedAnnounces).toBe(2);
    expect(pending.keys).toBe(0); // the log is not a key
    expect(pending.isEmpty).toBe(false);
    const batch = pending.seal(false);
    expect(batch.counts.announces).toBe(3);
    const rows = await stored('announces', encodeBatch(batch).announces);
    expect(rows.map((r) => r[10])).toEqual(['3', '4', '5']);
    expect(rows[0]!.slice(1, 3)).toEqual([T2, USERS[1]]);
    expect(rows[0]![6]).toBe('started');
    expect(rows[0]![14]).toBe('50');
    expect(pending.isEmpty).toBe(true);
  });

  it('leaves out rows of users the engine does not know', async () => {
    const pending = new PendingBatch(100, userIdOf);
    pending.add(drain([{ torrent: T1, user: 7, peer: 1, time: 100, up: 5 }], [{ torrent: T1, user: 7, peer: 1, time: 100 }, { torrent: T1, user: 0, peer: 2, time: 100 }]), 1);
    const batch = pending.seal(false);
    expect(batch.counts).toMatchObject({ peers: 0, users: 0, history: 0, announces: 1 });
    expect((await stored('announces', encodeBatch(batch).announces))[0]![2]).toBe(USERS[0]);
  });

  it('counts distinct keys for the pending cap and starts empty after sealing', () => {
    const pending = new PendingBatch(100, userIdOf);
    for (let round = 0; round < 3; round++) {
      pending.add(drain(Array.from({ length: 500 }, (_, i) => ({ torrent: i % 2 ? T1 : T2, user: i % 3, peer: i, time: 100 + round }))), 1);
    }
    // 500 peers, 3 users, 6 user-torrent pairs.
    expect(pending.keys).toBe(500 + 3 + 6);
    const first = pending.seal(false);
    expect(first.counts.peers).toBe(500);
    expect(pending.keys).toBe(0);
    expect(pending.oldest).toBe(0);
    pending.add(drain([{ torrent: T2, user: 2, peer: 9, time: 200, up: 3 }]), 5);
    const second = pending.seal(true);
    expect(second.peerHistory).toBe(true);
    expect(second.counts).toMatchObject({ peers: 1, users: 1, history: 1 });
    expect([...userSums(second).keys()]).toEqual([USERS[2]]);
    expect(idAt(second.torrentIds, 0)).toBe(T2);
  });
});

describe('COPY encoding', () => {
  it('formats peers as the staging table reads them', async () => {
    const pending = new PendingBatch(100, userIdOf);
    pending.add(
      drain([
        { torrent: T1, user: 0, peer: 1, time: 1_700_000_000, uploaded: 2 ** 40 + 0.4, seeder: true, port: 51413, agent: 'qBittorrent/4.6.2', key: '1A2B3C4D' },
        { torrent: T1, user: 1, peer: 2, time: 1_700_000_001, ip: [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x2f] },
      ]),
      1,
    );
    const [v4, v6] = await stored('sg_peers', encodeBatch(pending.seal(false)).peers);
    const id1 = Buffer.from(peerIdBytes(1)).toString('hex');
    expect(v4).toEqual([T1, USERS[0], `\\\\x${id1}`, '10.0.0.1', '51413', `${2 ** 40}`, '0', '0', 't', 'f', 'qBittorrent/4.6.2', '1A2B3C4D', '2023-11-14 22:13:20+00']);
    expect(v6![3]).toBe('2001:db8::12f');
    expect(v6!.slice(10, 12)).toEqual(['\\N', '\\N']); // no agent, no key
  });

  it('writes client text PostgreSQL stores as sent: backslash kept, controls as ?, latin1 key bytes as UTF-8', async () => {
    const pending = new PendingBatch(100, userIdOf);
    const agent = 'Evil\\Client\t\n\u0000\u00e9\ud800' + 'x'.repeat(200);
    pending.add(
      drain([], [
        { torrent: T1, user: 0, peer: 1, time: 100, agent, key: 'k\\\u00ff\u0001' },
        { torrent: T1, user: 0, peer: 2, time: 100, agent: 'a'.repeat(63) + '\u00e9' },
      ]),
      1,
    );
    const [hostile, boundary] = await stored('announces', encodeBatch(pending.seal(false)).announces);
    expect(hostile).toHaveLength(17);
    // Read back as COPY text, where a backslash shows as \\: stored, the agent is these 64 UTF-8 bytes (a lone surrogate is U+FFFD).
    expect(hostile![15]!.replace(/\\\\/g, '\\')).toBe('Evil\\Client???\u00e9\ufffd' + 'x'.repeat(45));
    expect(hostile![16]).toBe('k\\\\\u00ff?');
    // A character that would pass the 64th byte is left out whole.
    expect(boundary![15]).toBe('a'.repeat(63));
    expect(boundary![16]).toBe('\\N');
  });

  it('writes whole numbers of every size and NULL for absent times', async () => {
    const pending = new PendingBatch(100, userIdOf);
    const ups = [0, 9, 10, 99, 1234567, 2 ** 31, 2 ** 32 + 7, 2 ** 52 + 1, 1e15 - 1, 2.5, 2 ** 62, 9e18];
    pending.add(drain([], ups.map((up, i) => ({ torrent: T1, user: 0, peer: i, time: 100, up }))), 1);
    pending.add(drain([{ torrent: T1, user: 0, peer: 99, time: 100 }]), 2);
    const encoded = encodeBatch(pending.seal(false));
    expect((await stored('announces', encoded.announces)).map((row) => row[10])).toEqual(ups.map((up) => BigInt(Math.round(up)).toString())); // exact, not as JavaScript spells a double
    expect((await stored('sg_history', encoded.history))[0]![9]).toBe('\\N'); // completed_at
    // Past a bigint (2^63) the encoder refuses the batch, as PostgreSQL refused such a figure in text.
    pending.add(drain([], [{ torrent: T1, user: 0, peer: 1, time: 100, up: 2 ** 63 }]), 3);
    expect(() => encodeBatch(pending.seal(false))).toThrow(RangeError);
  });
});

describe('record log', () => {
  it('keeps the newest records within its cap across compactions', () => {
    const log = new RecordLog(4, 300);
    let dropped = 0;
    for (let n = 0; n < 5000; n += 7) {
      const at = log.reserve(7);
      const v = new DataView(log.buffer.buffer, log.buffer.byteOffset);
      for (let k = 0; k < 7; k++) v.setUint32(at + k * 4, n + k, true);
      dropped += log.commit(7);
    }
    const held = log.take(new SpareBuffers());
    expect(held.byteLength / 4).toBe(300);
    expect(log.size).toBe(0);
    const v = new DataView(held.buffer, held.byteOffset, held.byteLength);
    const values = Array.from({ length: 300 }, (_, i) => v.getUint32(i * 4, true));
    const last = 5000 + ((7 - (5000 % 7)) % 7) - 1;
    expect(values[299]).toBe(last);
    expect(values.every((value, i) => i === 0 || value === values[i - 1]! + 1)).toBe(true);
    expect(dropped + 300).toBe(last + 1);
  });
});
