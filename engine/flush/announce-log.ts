/**
 * A worker's log of counted announces for the partitioned `announces` table, as fixed-size records in
 * one growable buffer (no object per announce). Drained with the peer journal.
 */
import type { AnnounceQuery } from '../protocol/announce-query.js';
import { CLIENT_BYTES, copyClientInUse } from '../protocol/client-fields.js';
import { capacityAfterDrain } from './drain-capacity.js';
import { drainRecords, handOverRecords, SWARM_REF, USER_REF } from './drained-records.js';
import { SpareBuffers } from './spare-buffers.js';

export const ANNOUNCE_BYTES = 248;
// Offsets within a record (the flusher and its encoder read them too).
export const SWARM = SWARM_REF; // u32 swarm id when logged; the drain rewrites it to a torrent ref (the flusher, to a batch slot)
export const USER_INDEX = USER_REF; // u32; the flusher rewrites it to a batch user slot
export const PEER_ID = 8;
export const IP = 28;
export const IPV6 = 44; // u8
export const EVENT = 45; // u8 AnnounceEvent
export const PORT = 46; // u16
export const TIME = 48; // u32 epoch seconds
export const NUMWANT = 52; // u32, NO_NUMWANT = absent
export const UPLOADED = 56;
export const DOWNLOADED = 64;
export const LEFT = 72;
export const D_UP = 80;
export const D_DOWN = 88;
export const D_CREDITED_UP = 96;
export const D_CREDITED_DOWN = 104;
export const CLIENT = 112; // client block (client-fields.ts): this announce's agent and key
export const NO_NUMWANT = 0xffffffff;

/** The COPY target, in the column order copy-encoding.ts writes. */
export const ANNOUNCES_COPY =
  'announces (created_at, torrent_id, user_id, peer_id, ip, port, event, uploaded, downloaded, "left", uploaded_delta, ' +
  'downloaded_delta, credited_upload, credited_download, numwant, agent, key)';
if (CLIENT + CLIENT_BYTES > ANNOUNCE_BYTES) throw new Error('announce record too small for the client block');

/** What an announce credited (see announce.ts). */
export interface CountedTransfer {
  up: number;
  down: number;
  creditedUp: number;
  creditedDown: number;
}

/** Records the log starts with and never shrinks below. */
const MIN_RECORDS = 1024;

export class AnnounceLog {
  private buffer = new Uint8Array(ANNOUNCE_BYTES * MIN_RECORDS);
  private view = new DataView(this.buffer.buffer);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes of the log's buffer (the capacity a drain leaves it with: smaller after a burst). */
  get bufferBytes(): number {
    return this.buffer.length;
  }

  record(swarmId: number, userIndex: number, q: AnnounceQuery, ip: Uint8Array, time: number, counted: CountedTransfer): void {
    const at = this.count * ANNOUNCE_BYTES;
    if (at + ANNOUNCE_BYTES > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    const v = this.view;
    v.setUint32(at + SWARM, swarmId, true);
    v.setUint32(at + USER_INDEX, userIndex, true);
    this.buffer.set(q.peerId, at + PEER_ID);
    this.buffer.fill(0, at + IP, at + IP + 16);
    this.buffer.set(ip, at + IP);
    v.setUint8(at + IPV6, ip.length === 16 ? 1 : 0);
    v.setUint8(at + EVENT, q.event);
    v.setUint16(at + PORT, q.port, true);
    v.setUint32(at + TIME, time, true);
    v.setUint32(at + NUMWANT, q.numwant < 0 ? NO_NUMWANT : q.numwant, true);
    v.setFloat64(at + UPLOADED, q.uploaded, true);
    v.setFloat64(at + DOWNLOADED, q.downloaded, true);
    v.setFloat64(at + LEFT, q.left, true);
    v.setFloat64(at + D_UP, counted.up, true);
    v.setFloat64(at + D_DOWN, counted.down, true);
    v.setFloat64(at + D_CREDITED_UP, counted.creditedUp, true);
    v.setFloat64(at + D_CREDITED_DOWN, counted.creditedDown, true);
    copyClientInUse(q.client, 0, this.buffer, at + CLIENT);
    this.count++;
  }

  /**
   * The log's records, torrent refs resolved through `refOfSwarm`. With `reset` the drain takes the
   * log's own buffer (it is transferred to the flusher) and the log goes on in one from `spares` (an
   * earlier drain's, given back: spare-buffers.ts); without, a copy.
   */
  drain(refOfSwarm: (swarmId: number) => number, reset: boolean, spares: SpareBuffers = new SpareBuffers()): Uint8Array {
    if (!reset) return drainRecords(this.buffer, this.count, ANNOUNCE_BYTES, refOfSwarm);
    if (this.count === 0) return new Uint8Array(0);
    const out = handOverRecords(this.buffer, this.count, ANNOUNCE_BYTES, refOfSwarm);
    // A burst's high-water mark (248 bytes per announce) is not held through the quiet windows after it.
    const bytes = capacityAfterDrain(this.buffer.length / ANNOUNCE_BYTES, this.count, MIN_RECORDS) * ANNOUNCE_BYTES;
    this.buffer = new Uint8Array(spares.take(bytes), 0, bytes);
    this.view = new DataView(this.buffer.buffer);
    this.count = 0;
    return out;
  }
}

/** The `announces.event` value of each AnnounceEvent code. */
export const EVENT_NAMES = ['none', 'started', 'stopped', 'completed', 'paused'] as const;
