/**
 * Micro benchmark for one flush batch of new peers, the flush run's common case: what encoding it
 * costs the encoder thread, and what writing it costs PostgreSQL (the backend's own CPU time, which
 * other processes on the machine change far less than wall time). Each round is a batch of `peers`
 * new peers with their counted announces (a history row each, about 10,000 users and torrents),
 * written by the flusher's own writer into a scratch database that starts with 300,000 stored peers.
 *
 *   node --import tsx bench/flush-batch.ts [peers] [rounds] [database url]
 *
 * Prints per round and the minimum over rounds (on a shared machine the minimum is the figure to
 * compare). Needs PostgreSQL on this machine (its /proc).
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import * as A from '../engine/flush/announce-log.js';
import { writeBatch } from '../engine/flush/batch-writer.js';
import { encodeBatch } from '../engine/flush/copy-encoding.js';
import { encodeTorrentCounts, type WorkerDrain } from '../engine/flush/peer-journal.js';
import * as R from '../engine/flush/peer-records.js';
import { PendingBatch } from '../engine/flush/pending-batch.js';
import { buildCatalog, type BenchCatalog } from './seed/catalog.js';
import { seedCatalog, seedPeers } from './seed/copy-rows.js';
import { createScratchDatabase } from './seed/scratch-database.js';

const PEERS = Number(process.argv[2] ?? 50_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SERVER = process.argv[4] ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const USERS = 10_000;
const TORRENTS = 10_000;
const STORED_PEERS = 300_000;

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
}

/** One drain of `PEERS` new peers (ids from `first`), each with one counted announce. */
function newPeersDrain(catalog: BenchCatalog, first: number, now: number): WorkerDrain {
  const torrentIds = catalog.torrentIds;
  const records = new Uint8Array(PEERS * R.RECORD_BYTES);
  const v = new DataView(records.buffer);
  const log = new Uint8Array(PEERS * A.ANNOUNCE_BYTES);
  const w = new DataView(log.buffer);
  const peerId = new Uint8Array(20);
  peerId.set(Buffer.from('-qB4620-', 'latin1'));
  for (let i = 0; i < PEERS; i++) {
    const n = first + i;
    const torrent = (n * 7919) % TORRENTS;
    const user = (n * 104_729) % USERS;
    new DataView(peerId.buffer).setUint32(16, n, true);
    const at = i * R.RECORD_BYTES;
    v.setUint32(at + R.TORRENT_REF, torrent, true);
    v.setUint32(at + R.USER_INDEX, user, true);
    records.set(peerId, at + R.PEER_ID);
    records.set([10, (n >> 16) & 255, (n >> 8) & 255, n & 255], at + R.IP);
    v.setUint16(at + R.PORT, 6881, true);
    v.setFloat64(at + R.LEFT, 1 << 30, true);
    v.setUint32(at + R.LAST_ANNOUNCE, now, true);
    const logAt = i * A.ANNOUNCE_BYTES;
    w.setUint32(logAt + A.SWARM, torrent, true);
    w.setUint32(logAt + A.USER_INDEX, user, true);
    log.set(peerId, logAt + A.PEER_ID);
    log.set([10, (n >> 16) & 255, (n >> 8) & 255, n & 255], logAt + A.IP);
    w.setUint8(logAt + A.EVENT, 1); // started
    w.setUint16(logAt + A.PORT, 6881, true);
    w.setUint32(logAt + A.TIME, now, true);
    w.setUint32(logAt + A.NUMWANT, 50, true);
    w.setFloat64(logAt + A.LEFT, 1 << 30, true);
  }
  const counts = torrentIds.map((torrentId) => ({ torrentId, seeders: 1, leechers: 5, completed: 0, lastSeederAt: 0 }));
  return { records, announces: log, torrentIds, torrentCounts: encodeTorrentCounts(counts, torrentIds) };
}

const database = await createScratchDatabase(SERVER);
try {
  const catalog = buildCatalog(USERS, TORRENTS, 20261130);
  await seedCatalog(database.url, catalog);
  await seedPeers(database.url, catalog, STORED_PEERS);
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const pid = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const encodeMs: number[] = [];
  const postgresMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pending = new PendingBatch(10_000_000, (index) => catalog.userIds[index]);
    pending.add(newPeersDrain(catalog, 1_000_000 + round * PEERS, Math.floor(Date.now() / 1000)), Date.now());
    const sealed = pending.seal(false);
    const started = process.cpuUsage();
    const encoded = encodeBatch(sealed);
    const spent = process.cpuUsage(started);
    encodeMs.push((spent.user + spent.system) / 1000);
    const before = cpuMs(pid);
    await writeBatch(pool, { id: sealed.id, counts: sealed.counts, peerHistory: false, oldestDrainAt: sealed.oldestDrainAt }, encoded, { timeoutMs: 300_000 });
    postgresMs.push(cpuMs(pid) - before);
    console.log(`round ${round + 1}: ${PEERS} new peers, encode ${encodeMs.at(-1)!.toFixed(1)} ms CPU, PostgreSQL ${postgresMs.at(-1)} ms CPU`);
  }
  const min = (xs: number[]) => Math.min(...xs);
  console.log(`minimum of ${ROUNDS}: encode ${min(encodeMs).toFixed(1)} ms (${((min(encodeMs) * 1000) / PEERS).toFixed(2)} µs per peer), ` +
    `PostgreSQL ${min(postgresMs)} ms (${((min(postgresMs) * 1000) / PEERS).toFixed(1)} µs per peer)`);
  await pool.end();
} finally {
  await database.drop();
}
