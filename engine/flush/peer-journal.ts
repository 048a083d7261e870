/**
 * A worker's record of what changed since the last drain, for the flusher: which peers changed (and
 * what each moved), which peers left, which swarms' counts moved. Per changed peer it keeps one row
 * of accumulators in typed arrays; a clean peer costs 4 bytes (its row pointer). Memory grows with
 * the peers that changed in a window, not with announces.
 *
 * The client block (agent and key, client-fields.ts) lives here, on the row, not in the peer store: a
 * peer's row in `peers` is written only after a counted announce, which brings its agent and key along,
 * so the store need not keep them for every peer (CLIENT_BYTES, 130, is more than the ~90 bytes a peer
 * costs there). For the same reason a restart restores nothing of them: a restored peer's stored agent and
 * key stay in its row until its next counted announce replaces them.
 */
import { AGENT_LENGTH, CLIENT_BYTES, copyClientInUse, KEY_LENGTH } from '../protocol/client-fields.js';
import { FLAG_PAUSED, FLAG_SEEDER, type PeerStore } from '../state/peer-store.js';
import type { Swarm } from '../state/swarm.js';
import { nextPowerOfTwo, type GrowableArray } from '../state/typed-arrays.js';
import type { AnnounceLog } from './announce-log.js';
import * as R from './peer-records.js';
import { capacityAfterDrain } from './drain-capacity.js';
import { RefusalLog, type RefusalFields } from './refusal-log.js';
import { SpareBuffers } from './spare-buffers.js';

export interface TorrentCounts {
  torrentId: string;
  seeders: number;
  leechers: number;
  /** Completed events in this window. */
  completed: number;
  /** Epoch seconds when the swarm last had a seeder in this window; 0 = none. */
  lastSeederAt: number;
}

/**
 * The figures of the swarms that changed in a drain, TORRENT_COUNT_FIELDS numbers per swarm: its
 * torrent reference (into WorkerDrain.torrentIds), seeders, leechers, completions in the window, and
 * when it last had a seeder. Columns, not objects: a drain can name every torrent on the tracker, once
 * a second, and objects would each be built and then structured-cloned to the supervisor.
 */
export const TC_REF = 0;
export const TC_SEEDERS = 1;
export const TC_LEECHERS = 2;
export const TC_COMPLETED = 3;
export const TC_LAST_SEEDER_AT = 4;
export const TORRENT_COUNT_FIELDS = 5;

/**
 * What one worker hands the flusher: RECORD_BYTES-sized peer records, ANNOUNCE_BYTES-sized announce
 * records and the changed swarms' counts (TC_*), all referring to torrents by index in `torrentIds`.
 */
export interface WorkerDrain {
  records: Uint8Array;
  announces: Uint8Array;
  torrentIds: string[];
  torrentCounts: Float64Array;
  /** REFUSAL_BYTES-sized records (refusal-log.ts) of credit refused on first announces (absent: none). */
  refusals?: Uint8Array;
}

/** The buffers a drain moves by transfer, to the flusher and, once merged, back (PeerJournal.reuse). */
export function drainedBuffers(drain: WorkerDrain): ArrayBuffer[] {
  const views = [drain.records, drain.announces, drain.torrentCounts];
  if (drain.refusals) views.push(drain.refusals);
  return views.map((view) => view.buffer as ArrayBuffer);
}

const NO_ROW = -1;
/** Rows (and removal records) a journal starts with; it never shrinks below this. */
const MIN_ROWS = 256;
const MIN_REMOVED = 64;
/** Bytes per row over every row column: slot, five f64 sums, three u32, the client block. */
const ROW_BYTES = 4 + 5 * 8 + 3 * 4 + CLIENT_BYTES;


export class PeerJournal {
  /**
   * Buffers of earlier drains the flusher gave back. A drain takes its records' buffer and the
   * announce log's next one from here, so a steady load goes round the same memory instead of
   * mapping new buffers every drain (and the flusher collecting the old ones); what a drain did not
   * need is dropped after it (`dropSpares`), so a burst's buffers do not stay.
   */
  private readonly spares = new SpareBuffers();
  private rowOf: Int32Array = new Int32Array(1024).fill(NO_ROW);
  private slotOf = new Int32Array(MIN_ROWS);
  private rows = 0;
  private up = new Float64Array(256);
  private down = new Float64Array(256);
  private creditedUp = new Float64Array(256);
  private creditedDown = new Float64Array(256);
  private tokenDown = new Float64Array(256);
  private seedSeconds = new Uint32Array(256);
  private leechSeconds = new Uint32Array(256);
  private completedAt = new Uint32Array(256);
  private clients = new Uint8Array(256 * CLIENT_BYTES);
  /** Final records of peers that left, written at removal (their slot is reused afterwards). */
  private removed = new Uint8Array(R.RECORD_BYTES * MIN_REMOVED);
  private removedView = new DataView(this.removed.buffer);
  /** The swarm of each record in `removed`. */
  private removedSwarms: Swarm[] = [];
  private dirtySwarms: Swarm[] = [];
  /** Drains taken (peeks included): numbers each drain's torrent references (Swarm.drainNumber). */
  private drains = 0;
  private readonly refusals = new RefusalLog();

  /** Bytes of the row and removal buffers (what a drain-time shrink gives back). */
  get bufferBytes(): number {
    return this.slotOf.length * ROW_BYTES + this.removed.length;
  }

  /**
   * Take back the buffers of an earlier drain once the flusher has merged them (its records and its
   * announce log), for the next drain's records and the announce log's next buffer. Returns the
   * bytes dropped instead (spare-buffers.ts).
   */
  reuse(buffers: readonly ArrayBuffer[]): number {
    return this.spares.give(buffers);
  }

  /** Drop the spares a drain did not reuse (a burst's, larger than the load now); returns their bytes. */
  dropSpares(): number {
    return this.spares.clear();
  }

  /** Peers changed or removed since the last drain. */
  get pendingPeers(): number {
    return this.rows + this.removedSwarms.length;
  }

  /** Note that the peer in `slot` (of `swarm`) changed; returns its accumulator row. */
  touch(slot: number, swarm: Swarm): number {
    if (!swarm.journaled) {
      swarm.journaled = true;
      this.dirtySwarms.push(swarm);
    }
    if (slot >= this.rowOf.length) this.rowOf = growFilled(this.rowOf, slot + 1, NO_ROW);
    let row = this.rowOf[slot]!;
    if (row !== NO_ROW) return row;
    row = this.rows++;
    if (row === this.slotOf.length) this.growRows();
    this.rowOf[slot] = row;
    this.slotOf[row] = slot;
    this.up[row] = 0;
    this.down[row] = 0;
    this.creditedUp[row] = 0;
    this.creditedDown[row] = 0;
    this.tokenDown[row] = 0;
    this.seedSeconds[row] = 0;
    this.leechSeconds[row] = 0;
    this.completedAt[row] = 0;
    this.clients[row * CLIENT_BYTES + AGENT_LENGTH] = 0;
    this.clients[row * CLIENT_BYTES + KEY_LENGTH] = 0;
    return row;
  }

  /** The agent and key of the counted announce that touched `row` (the latest one wins). */
  setClient(row: number, block: Uint8Array): void {
    copyClientInUse(block, 0, this.clients, row * CLIENT_BYTES);
  }

  addTransfer(row: number, up: number, down: number, creditedUp: number, creditedDown: number, tokenDown: number): void {
    this.up[row]! += up;
    this.down[row]! += down;
    this.creditedUp[row]! += creditedUp;
    this.creditedDown[row]! += creditedDown;
    this.tokenDown[row]! += tokenDown;
  }

  addTime(row: number, seconds: number, seeding: boolean): void {
    if (seeding) this.seedSeconds[row]! += seconds;
    else this.leechSeconds[row]! += seconds;
  }

  completed(row: number, now: number): void {
    this.completedAt[row] = now;
  }

  /** Record credit refused on a first announce (kept up to a cap per drain; the metric counts them all). */
  refuse(refusal: RefusalFields): void {
    this.refusals.record(refusal);
  }

  /** The peer in `slot` is leaving: keep its final record. Call before the store frees the slot. */
  remove(store: PeerStore, slot: number, swarm: Swarm, now: number): void {
    const row = this.touch(slot, swarm);
    const index = this.removedSwarms.length;
    if ((index + 1) * R.RECORD_BYTES > this.removed.length) this.resizeRemoved(this.removed.length * 2);
    this.writeRecord(this.removed, this.removedView, index * R.RECORD_BYTES, store, slot, row, index, R.REC_REMOVED, now);
    this.removedSwarms.push(swarm);
    this.releaseRow(slot, row);
  }

  /**
   * Everything since the last drain. With `reset` the journal starts over (the flusher owns the data
   * now); without, it is a peek (tests and inspection).
   */
  drain(store: PeerStore, swarmById: (id: number) => Swarm, announceLog: AnnounceLog | null, reset: boolean): WorkerDrain {
    const removedCount = this.removedSwarms.length;
    const recordBytes = (removedCount + this.rows) * R.RECORD_BYTES;
    // Taken rounded up to a power of two, so the buffer given back fits the next drain of about the same size.
    const records = reset && recordBytes > 0 ? new Uint8Array(this.spares.take(nextPowerOfTwo(recordBytes)), 0, recordBytes) : new Uint8Array(recordBytes);
    const torrentIds: string[] = [];
    // A swarm's reference is stamped on the swarm for this drain: no map lookup by torrent id per record.
    const drainNumber = ++this.drains;
    const refOf = (swarm: Swarm) => {
      if (swarm.drainNumber !== drainNumber) {
        swarm.drainNumber = drainNumber;
        swarm.drainRef = torrentIds.length;
        torrentIds.push(swarm.torrent.id);
      }
      return swarm.drainRef;
    };
    records.set(this.removed.subarray(0, removedCount * R.RECORD_BYTES));
    const view = new DataView(records.buffer);
    for (let i = 0; i < removedCount; i++) view.setUint32(i * R.RECORD_BYTES + R.TORRENT_REF, refOf(this.removedSwarms[i]!), true);
    for (let row = 0; row < this.rows; row++) {
      const slot = this.slotOf[row]!;
      const at = (removedCount + row) * R.RECORD_BYTES;
      this.writeRecord(records, view, at, store, slot, row, refOf(swarmById(store.swarms[slot]!)), 0, store.lastAnnounce[slot]!);
    }
    const announces = announceLog ? announceLog.drain((swarmId) => refOf(swarmById(swarmId)), reset, this.spares) : new Uint8Array(0);
    const now = Math.floor(Date.now() / 1000);
    const torrentCounts = new Float64Array(this.dirtySwarms.length * TORRENT_COUNT_FIELDS);
    for (let i = 0, at = 0; i < this.dirtySwarms.length; i++, at += TORRENT_COUNT_FIELDS) {
      const swarm = this.dirtySwarms[i]!;
      torrentCounts[at + TC_REF] = refOf(swarm);
      torrentCounts[at + TC_SEEDERS] = swarm.seederCount;
      torrentCounts[at + TC_LEECHERS] = swarm.leecherCount;
      torrentCounts[at + TC_COMPLETED] = swarm.completedDelta;
      torrentCounts[at + TC_LAST_SEEDER_AT] = swarm.seederCount > 0 ? now : 0;
    }
    const refusals = this.refusals.drain((swarmId) => refOf(swarmById(swarmId)), reset);
    if (reset) {
      for (let row = 0; row < this.rows; row++) this.rowOf[this.slotOf[row]!] = NO_ROW;
      const rowCapacity = capacityAfterDrain(this.slotOf.length, this.rows, MIN_ROWS);
      const removedCapacity = capacityAfterDrain(this.removed.length / R.RECORD_BYTES, removedCount, MIN_REMOVED);
      this.rows = 0;
      this.removedSwarms = [];
      if (rowCapacity < this.slotOf.length) this.resizeRows(rowCapacity);
      if (removedCapacity * R.RECORD_BYTES < this.removed.length) this.resizeRemoved(removedCapacity * R.RECORD_BYTES);
      for (const swarm of this.dirtySwarms) {
        swarm.journaled = false;
        // The flusher owns the completions now: they move into the record's stored count (a new record
        // only for swarms that had any: most dirty swarms only had peers come and go).
        if (swarm.completedDelta !== 0) {
          swarm.torrent = { ...swarm.torrent, timesCompleted: swarm.downloaded };
          swarm.completedDelta = 0;
        }
      }
      this.dirtySwarms = [];
    }
    return { records, announces, torrentIds, torrentCounts, refusals };
  }

  /** `view` is a DataView over `out`'s bytes (made once per buffer, not per record). */
  private writeRecord(out: Uint8Array, view: DataView, at: number, store: PeerStore, slot: number, row: number, torrentRef: number, extraFlags: number, time: number): void {
    const flags = store.flags[slot]!;
    view.setUint32(at + R.TORRENT_REF, torrentRef, true);
    view.setUint32(at + R.USER_INDEX, store.users[slot]!, true);
    store.copyIdentity(slot, out, at + R.PEER_ID, at + R.IP);
    view.setUint8(
      at + R.FLAGS,
      (flags & FLAG_SEEDER ? R.REC_SEEDER : 0) | (flags & FLAG_PAUSED ? R.REC_PAUSED : 0) | (store.isIPv6(slot) ? R.REC_IPV6 : 0) | extraFlags,
    );
    view.setUint16(at + R.PORT, store.port(slot), true);
    view.setFloat64(at + R.UPLOADED, store.uploaded[slot]!, true);
    view.setFloat64(at + R.DOWNLOADED, store.downloaded[slot]!, true);
    view.setFloat64(at + R.LEFT, store.left[slot]!, true);
    view.setUint32(at + R.LAST_ANNOUNCE, time, true);
    view.setUint32(at + R.COMPLETED_AT, this.completedAt[row]!, true);
    view.setFloat64(at + R.D_UP, this.up[row]!, true);
    view.setFloat64(at + R.D_DOWN, this.down[row]!, true);
    view.setFloat64(at + R.D_CREDITED_UP, this.creditedUp[row]!, true);
    view.setFloat64(at + R.D_CREDITED_DOWN, this.creditedDown[row]!, true);
    view.setFloat64(at + R.D_TOKEN_DOWN, this.tokenDown[row]!, true);
    view.setUint32(at + R.D_SEED_SECONDS, this.seedSeconds[row]!, true);
    view.setUint32(at + R.D_LEECH_SECONDS, this.leechSeconds[row]!, true);
    copyClientInUse(this.clients, row * CLIENT_BYTES, out, at + R.CLIENT);
  }

  /** Free a row by moving the last row into it (rows stay dense). */
  private releaseRow(slot: number, row: number): void {
    const last = --this.rows;
    this.rowOf[slot] = NO_ROW;
    if (row === last) return;
    const movedSlot = this.slotOf[last]!;
    this.slotOf[row] = movedSlot;
    this.rowOf[movedSlot] = row;
    for (const column of [this.up, this.down, this.creditedUp, this.creditedDown, this.tokenDown]) column[row] = column[last]!;
    for (const column of [this.seedSeconds, this.leechSeconds, this.completedAt]) column[row] = column[last]!;
    this.clients.copyWithin(row * CLIENT_BYTES, last * CLIENT_BYTES, (last + 1) * CLIENT_BYTES);
  }

  private growRows(): void {
    this.resizeRows(this.slotOf.length * 2);
  }

  /** New row columns of `size` rows, keeping the rows in use (size is never below them). */
  private resizeRows(size: number): void {
    this.slotOf = resized(this.slotOf, size, this.rows);
    this.up = resized(this.up, size, this.rows);
    this.down = resized(this.down, size, this.rows);
    this.creditedUp = resized(this.creditedUp, size, this.rows);
    this.creditedDown = resized(this.creditedDown, size, this.rows);
    this.tokenDown = resized(this.tokenDown, size, this.rows);
    this.seedSeconds = resized(this.seedSeconds, size, this.rows);
    this.leechSeconds = resized(this.leechSeconds, size, this.rows);
    this.completedAt = resized(this.completedAt, size, this.rows);
    this.clients = resized(this.clients, size * CLIENT_BYTES, this.rows * CLIENT_BYTES);
  }

  private resizeRemoved(bytes: number): void {
    this.removed = resized(this.removed, bytes, this.removedSwarms.length * R.RECORD_BYTES);
    this.removedView = new DataView(this.removed.buffer);
  }
}

/** A drain's swarm counts as objects (inspection and tests). */
export function decodeTorrentCounts(drain: Pick<WorkerDrain, 'torrentIds' | 'torrentCounts'>): TorrentCounts[] {
  const out: TorrentCounts[] = [];
  const c = drain.torrentCounts;
  for (let at = 0; at < c.length; at += TORRENT_COUNT_FIELDS) {
    out.push({
      torrentId: drain.torrentIds[c[at + TC_REF]!]!,
      seeders: c[at + TC_SEEDERS]!,
      leechers: c[at + TC_LEECHERS]!,
      completed: c[at + TC_COMPLETED]!,
      lastSeederAt: c[at + TC_LAST_SEEDER_AT]!,
    });
  }
  return out;
}

/** The inverse of decodeTorrentCounts: columns for `counts`, adding their torrents to `torrentIds` as needed (tests build drains with it). */
export function encodeTorrentCounts(counts: readonly TorrentCounts[], torrentIds: string[]): Float64Array {
  const out = new Float64Array(counts.length * TORRENT_COUNT_FIELDS);
  counts.forEach((t, i) => {
    let ref = torrentIds.indexOf(t.torrentId);
    if (ref < 0) ref = torrentIds.push(t.torrentId) - 1;
    out.set([ref, t.seeders, t.leechers, t.completed, t.lastSeederAt], i * TORRENT_COUNT_FIELDS);
  });
  return out;
}

/** A new array of `length` holding the first `keep` elements of `old` (growing or shrinking). */
function resized<T extends GrowableArray>(old: T, length: number, keep: number): T {
  const next = new (old.constructor as new (n: number) => T)(length);
  next.set(old.subarray(0, keep) as unknown as ArrayLike<number>);
  return next;
}


function growFilled(old: Int32Array, atLeast: number, fill: number): Int32Array {
  let length = old.length;
  while (length < atLeast) length *= 2;
  const grown = new Int32Array(length).fill(fill);
  grown.set(old);
  return grown;
}
