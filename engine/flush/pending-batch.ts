/**
 * What the flusher has drained from the workers and not yet written, merged per key: sums for users,
 * per-user-torrent history and token usage; the latest state for peers (last write wins by announce
 * time) and torrents (drains are merged in order, so a later drain wins). While PostgreSQL is down,
 * drains keep merging here, so memory grows with distinct keys, not with announces.
 *
 * Everything stays binary: peer records in a hash table over one buffer, sums in Float64Array rows
 * indexed by dense batch slots, announce-log, refusal and snatch records appended as bytes. Adding a drain
 * builds no object and no string per row (one Map lookup per distinct torrent per drain).
 */
import { randomUUID } from 'node:crypto';
import * as A from './announce-log.js';
import { TorrentSlots, UserSlots } from './batch-ids.js';
import * as B from './batch-rows.js';
import { PairIndex } from './pair-index.js';
import * as J from './peer-journal.js';
import * as R from './peer-records.js';
import { PeerTable } from './peer-table.js';
import { RecordLog } from './record-log.js';
import { SWARM_REF, USER_REF } from './drained-records.js';
import { REFUSAL_BYTES } from './refusal-log.js';
import { SpareBuffers } from './spare-buffers.js';
import type { SealedBatch } from './sealed-batch.js';

const NO_ROW = -1;
const EMPTY_RECORDS = new Uint8Array(0);

/**
 * Tables that held more rows than this are made new, rather than cleared, once a batch needs a quarter
 * of them or less, or once nothing is pending: one burst (a million new peers after a restart or a
 * PostgreSQL outage) would otherwise hold hundreds of bytes per peer for good. Below it, and while
 * batches stay about as large, they are cleared and reused: growing them back by doubling after every
 * seal cost the flusher more than merging the rows did.
 */
const RELEASE_STORAGE_ABOVE_ROWS = 65_536;

export class PendingBatch {
  /** Buffers the encoder gave back, for the tables to continue with after a seal (spare-buffers.ts). */
  private spares = new SpareBuffers();
  private torrentSlots = new TorrentSlots();
  private userSlots: UserSlots;
  private peers = new PeerTable();
  private users = new B.F64Rows(B.USER_FIELDS);
  /** user slot -> offset of its row in `users`, or NO_ROW. */
  private userRowOf = new Int32Array(256).fill(NO_ROW);
  private historyIndex = new PairIndex();
  private history = new B.F64Rows(B.HISTORY_FIELDS);
  private torrents = new B.F64Rows(B.TORRENT_FIELDS);
  /** torrent slot -> offset of its row in `torrents`, or NO_ROW. */
  private torrentRowOf = new Int32Array(256).fill(NO_ROW);
  private snatches = new RecordLog(R.RECORD_BYTES);
  private announces: RecordLog;
  /** Credit refusals (refusal-log.ts): a record, not accounting, capped like the announce log. */
  private refusals: RecordLog;
  /** drain torrent ref -> batch torrent slot, reused across drains. */
  private slotOfRef = new Int32Array(256);
  private oldestDrainAt = 0;
  /** The most rows a batch held since the tables were last made new (what clearing keeps room for). */
  private storageRows = 0;
  /** Announce-log and refusal rows dropped because the backlog passed its cap (history only, never accounting). */
  droppedAnnounces = 0;

  constructor(
    private readonly maxAnnounces: number,
    private readonly userIdOf: (index: number) => string | undefined,
  ) {
    this.announces = new RecordLog(A.ANNOUNCE_BYTES, maxAnnounces);
    this.refusals = new RecordLog(REFUSAL_BYTES, maxAnnounces);
    this.userSlots = new UserSlots(userIdOf);
  }

  /** Distinct rows held (the figure the pending cap applies to). */
  get keys(): number {
    return this.peers.size + this.users.count + this.history.count + this.torrents.count + this.snatches.size;
  }

  get isEmpty(): boolean {
    return this.keys === 0 && this.announces.size === 0 && this.refusals.size === 0;
  }

  /** Epoch ms of the oldest unflushed drain, or 0. */
  get oldest(): number {
    return this.oldestDrainAt;
  }

  add(drain: J.WorkerDrain, drainedAt: number): void {
    const refusals = drain.refusals ?? EMPTY_RECORDS;
    if (drain.records.byteLength === 0 && drain.torrentCounts.length === 0 && drain.announces.byteLength === 0 && refusals.byteLength === 0) return;
    if (this.oldestDrainAt === 0) this.oldestDrainAt = drainedAt;
    this.mapTorrentRefs(drain.torrentIds);
    this.addLogRecords(this.announces, drain.announces);
    this.addLogRecords(this.refusals, refusals);
    const c = drain.torrentCounts;
    for (let at = 0; at < c.length; at += J.TORRENT_COUNT_FIELDS) {
      this.addTorrentCounts(this.slotOfRef[c[at + J.TC_REF]!]!, c[at + J.TC_SEEDERS]!, c[at + J.TC_LEECHERS]!, c[at + J.TC_COMPLETED]!, c[at + J.TC_LAST_SEEDER_AT]!);
    }
    const records = drain.records;
    const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
    for (let at = 0; at + R.RECORD_BYTES <= records.byteLength; at += R.RECORD_BYTES) this.addPeerRecord(view, at);
  }

  /** Freeze everything held into a batch with a new id and start empty. */
  seal(peerHistory: boolean): SealedBatch {
    const rows = this.keys + this.announces.size + this.refusals.size;
    const batch: SealedBatch = {
      id: randomUUID(),
      counts: {
        peers: this.peers.size,
        users: this.users.count,
        history: this.history.count,
        torrents: this.torrents.count,
        snatches: this.snatches.size,
        announces: this.announces.size,
        refusals: this.refusals.size,
      },
      peerHistory,
      oldestDrainAt: this.oldestDrainAt,
      userIds: this.userSlots.snapshot(),
      torrentIds: this.torrentSlots.snapshot(),
      peers: this.peers.take(this.spares),
      snatches: this.snatches.take(this.spares),
      announces: this.announces.take(this.spares),
      refusals: this.refusals.take(this.spares),
      users: this.users.take(this.spares),
      history: this.history.take(this.spares),
      torrents: this.torrents.take(this.spares),
    };
    this.storageRows = Math.max(this.storageRows, rows);
    if (this.storageRows > RELEASE_STORAGE_ABOVE_ROWS && rows * 4 <= this.storageRows) this.startWithNewStorage();
    else this.clear();
    this.oldestDrainAt = 0;
    return batch;
  }

  /**
   * Take back the buffers of a batch the encoder has finished with (encode-task.ts), for the next
   * seals; returns the bytes dropped instead (beyond what is worth keeping).
   */
  recycle(buffers: readonly ArrayBuffer[]): number {
    return this.spares.give(buffers);
  }

  /** Rows the tables hold room for (the high-water mark since they were last made new). */
  get heldRows(): number {
    return this.storageRows;
  }

  /**
   * With nothing pending, give back tables sized by an earlier burst; returns roughly the bytes given
   * back (a peer record per row at least), 0 when nothing was.
   */
  releaseIdleStorage(): number {
    if (!this.isEmpty || this.storageRows <= RELEASE_STORAGE_ABOVE_ROWS) return 0;
    const bytes = this.storageRows * R.RECORD_BYTES;
    return bytes + this.startWithNewStorage();
  }

  private clear(): void {
    this.userRowOf.fill(NO_ROW, 0, this.userSlots.size);
    this.torrentRowOf.fill(NO_ROW, 0, this.torrentSlots.size);
    this.userSlots.clear();
    this.torrentSlots.clear();
    this.peers.clear();
    this.users.clear();
    this.historyIndex.clear();
    this.history.clear();
    this.torrents.clear();
    this.snatches.clear();
    this.announces.clear();
    this.refusals.clear();
  }

  /** New, small tables, and no spares sized for the old ones; returns the spares' bytes dropped. */
  private startWithNewStorage(): number {
    this.storageRows = 0;
    this.torrentSlots = new TorrentSlots();
    this.userSlots = new UserSlots(this.userIdOf);
    this.peers = new PeerTable();
    this.users = new B.F64Rows(B.USER_FIELDS);
    this.userRowOf = new Int32Array(256).fill(NO_ROW);
    this.historyIndex = new PairIndex();
    this.history = new B.F64Rows(B.HISTORY_FIELDS);
    this.torrents = new B.F64Rows(B.TORRENT_FIELDS);
    this.torrentRowOf = new Int32Array(256).fill(NO_ROW);
    this.snatches = new RecordLog(R.RECORD_BYTES);
    this.announces = new RecordLog(A.ANNOUNCE_BYTES, this.maxAnnounces);
    this.refusals = new RecordLog(REFUSAL_BYTES, this.maxAnnounces);
    this.slotOfRef = new Int32Array(256);
    return this.spares.clear();
  }

  private mapTorrentRefs(torrentIds: string[]): void {
    if (torrentIds.length > this.slotOfRef.length) this.slotOfRef = new Int32Array(torrentIds.length * 2);
    for (let ref = 0; ref < torrentIds.length; ref++) this.slotOfRef[ref] = this.torrentSlots.slot(torrentIds[ref]!);
  }

  /**
   * Append a drain's announce-log or refusal records to `log` with batch slots (drained-records.ts);
   * records of unknown users are left out. Past the log's cap the oldest are dropped: a record, not
   * accounting.
   */
  private addLogRecords(log: RecordLog, source: Uint8Array): void {
    const size = log.recordBytes;
    const count = source.byteLength / size;
    if (count === 0) return;
    const start = log.reserve(count);
    const out = log.buffer;
    out.set(source, start);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    let kept = start;
    for (let at = start; at < start + source.byteLength; at += size) {
      const userSlot = this.userSlots.slot(view.getUint32(at + USER_REF, true));
      if (userSlot < 0) continue;
      if (kept !== at) out.copyWithin(kept, at, at + size);
      view.setUint32(kept + SWARM_REF, this.slotOfRef[view.getUint32(kept + SWARM_REF, true)]!, true);
      view.setUint32(kept + USER_REF, userSlot, true);
      kept += size;
    }
    this.droppedAnnounces += log.commit((kept - start) / size);
  }

  private addTorrentCounts(slot: number, seeders: number, leechers: number, completed: number, lastSeederAt: number): void {
    if (slot >= this.torrentRowOf.length) this.torrentRowOf = growFilled(this.torrentRowOf, slot + 1);
    let base = this.torrentRowOf[slot]!;
    if (base === NO_ROW) {
      base = this.torrents.add();
      this.torrentRowOf[slot] = base;
      this.torrents.data[base + B.TORRENT_SLOT] = slot;
    }
    const row = this.torrents.data;
    row[base + B.T_SEEDERS] = seeders;
    row[base + B.T_LEECHERS] = leechers;
    row[base + B.T_COMPLETED]! += completed;
    if (lastSeederAt > row[base + B.T_LAST_SEEDER_AT]!) row[base + B.T_LAST_SEEDER_AT] = lastSeederAt;
  }

  private addPeerRecord(v: DataView, at: number): void {
    const userSlot = this.userSlots.slot(v.getUint32(at + R.USER_INDEX, true));
    if (userSlot < 0) return;
    const torrentSlot = this.slotOfRef[v.getUint32(at + R.TORRENT_REF, true)]!;
    this.peers.put(v, at, torrentSlot, userSlot);

    const up = v.getFloat64(at + R.D_UP, true);
    const down = v.getFloat64(at + R.D_DOWN, true);
    const creditedUp = v.getFloat64(at + R.D_CREDITED_UP, true);
    const creditedDown = v.getFloat64(at + R.D_CREDITED_DOWN, true);
    const seedSeconds = v.getUint32(at + R.D_SEED_SECONDS, true);
    const leechSeconds = v.getUint32(at + R.D_LEECH_SECONDS, true);

    const u = this.userRow(userSlot);
    const users = this.users.data;
    users[u + B.U_UP]! += up;
    users[u + B.U_DOWN]! += down;
    users[u + B.U_CREDITED_UP]! += creditedUp;
    users[u + B.U_CREDITED_DOWN]! += creditedDown;
    users[u + B.U_SEED_SECONDS]! += seedSeconds;
    users[u + B.U_LEECH_SECONDS]! += leechSeconds;

    const h = this.historyRow(userSlot, torrentSlot);
    const history = this.history.data;
    history[h + B.H_UP]! += up;
    history[h + B.H_DOWN]! += down;
    history[h + B.H_CREDITED_UP]! += creditedUp;
    history[h + B.H_CREDITED_DOWN]! += creditedDown;
    history[h + B.H_SEED_SECONDS]! += seedSeconds;
    history[h + B.H_LEECH_SECONDS]! += leechSeconds;
    history[h + B.H_TOKEN_DOWN]! += v.getFloat64(at + R.D_TOKEN_DOWN, true);
    const lastAnnounce = v.getUint32(at + R.LAST_ANNOUNCE, true);
    const flags = v.getUint8(at + R.FLAGS);
    if (lastAnnounce >= history[h + B.H_LAST_ANNOUNCE]!) {
      history[h + B.H_LAST_ANNOUNCE] = lastAnnounce;
      history[h + B.H_SEEDER] = flags & R.REC_SEEDER ? 1 : 0;
      history[h + B.H_ACTIVE] = flags & R.REC_REMOVED ? 0 : 1;
    }
    const completedAt = v.getUint32(at + R.COMPLETED_AT, true);
    if (completedAt > 0) {
      if (completedAt > history[h + B.H_COMPLETED_AT]!) history[h + B.H_COMPLETED_AT] = completedAt;
      this.addSnatch(v, at, torrentSlot, userSlot);
    }
  }

  private userRow(slot: number): number {
    if (slot >= this.userRowOf.length) this.userRowOf = growFilled(this.userRowOf, slot + 1);
    let base = this.userRowOf[slot]!;
    if (base === NO_ROW) {
      base = this.users.add();
      this.userRowOf[slot] = base;
      this.users.data[base + B.USER_SLOT] = slot;
    }
    return base;
  }

  private historyRow(userSlot: number, torrentSlot: number): number {
    const entry = this.historyIndex.find(userSlot, torrentSlot, true);
    if (entry < this.history.count) return entry * B.HISTORY_FIELDS;
    const base = this.history.add();
    this.history.data[base + B.H_USER_SLOT] = userSlot;
    this.history.data[base + B.H_TORRENT_SLOT] = torrentSlot;
    return base;
  }

  private addSnatch(v: DataView, at: number, torrentSlot: number, userSlot: number): void {
    const start = this.snatches.reserve(1);
    const out = this.snatches.buffer;
    // A completion is rare: a subarray here costs nothing worth counting.
    out.set(new Uint8Array(v.buffer, v.byteOffset + at, R.RECORD_BYTES), start);
    const w = new DataView(out.buffer, out.byteOffset + start, R.RECORD_BYTES);
    w.setUint32(R.TORRENT_REF, torrentSlot, true);
    w.setUint32(R.USER_INDEX, userSlot, true);
    this.snatches.commit(1);
  }
}

function growFilled(old: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  let length = old.length;
  while (length < atLeast) length *= 2;
  const grown = new Int32Array(length).fill(NO_ROW);
  grown.set(old);
  return grown;
}
