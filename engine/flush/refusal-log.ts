/**
 * A worker's credit refusals (credit-refusals.ts) between drains, as fixed-size records in one
 * growable buffer, like the announce log: no hex string or address text per refusal on the announce
 * path, no object kept past it, and nothing to structured-clone at a drain (the buffer is transferred).
 * The flusher merges the records into its batch as they are (ids rewritten to batch slots) and the
 * encoder thread writes them for COPY (copy-encoding.ts): a client, or a flood of them, that
 * reports transfer on every first announce costs the flusher a copy per refusal, not a row object.
 */
import { MAX_REFUSALS_PER_DRAIN, type CreditRefusalKind } from './credit-refusals.js';
import { drainRecords, handOverRecords, SWARM_REF, USER_REF } from './drained-records.js';

export const REFUSAL_BYTES = 96;
// Offsets within a record (the flusher and its encoder read them too).
export const SWARM = SWARM_REF; // u32 swarm id when recorded; the drain rewrites it to a torrent ref (the flusher, to a batch slot)
export const USER_INDEX = USER_REF; // u32; the flusher rewrites it to a batch user slot
export const AT = 8; // u32 epoch seconds
export const KIND = 12; // u8: index in REFUSAL_KINDS
export const IPV6 = 13; // u8
export const PORT = 14; // u16
export const PEER_ID = 16; // 20 bytes
export const IP = 36; // 16 bytes (IPv4 in the first 4)
export const REPORTED_UP = 56;
export const REPORTED_DOWN = 64;
export const ALLOWED = 72;
export const REFUSED_UP = 80;
export const REFUSED_DOWN = 88;

/** `credit_refusals.kind` of each KIND code. */
export const REFUSAL_KINDS: readonly CreditRefusalKind[] = ['started_with_transfer', 'first_announce_over_bound'];

export interface RefusalFields {
  at: number;
  userIndex: number;
  swarmId: number;
  kind: CreditRefusalKind;
  peerId: Uint8Array;
  /** 4 or 16 bytes. */
  ip: Uint8Array;
  port: number;
  reportedUploaded: number;
  reportedDownloaded: number;
  allowed: number;
  refusedUploaded: number;
  refusedDownloaded: number;
}

export class RefusalLog {
  private buffer = new Uint8Array(0);
  private view = new DataView(this.buffer.buffer);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Keep one refusal (up to MAX_REFUSALS_PER_DRAIN per drain; the metric counts them all). */
  record(r: RefusalFields): void {
    if (this.count >= MAX_REFUSALS_PER_DRAIN) return;
    const at = this.count * REFUSAL_BYTES;
    if (at + REFUSAL_BYTES > this.buffer.length) {
      const grown = new Uint8Array(Math.max(16, this.count * 2) * REFUSAL_BYTES);
      grown.set(this.buffer);
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    const v = this.view;
    v.setUint32(at + AT, r.at, true);
    v.setUint32(at + USER_INDEX, r.userIndex, true);
    v.setUint32(at + SWARM, r.swarmId, true);
    v.setUint8(at + KIND, REFUSAL_KINDS.indexOf(r.kind));
    v.setUint8(at + IPV6, r.ip.length === 16 ? 1 : 0);
    v.setUint16(at + PORT, r.port, true);
    this.buffer.set(r.peerId.subarray(0, 20), at + PEER_ID);
    this.buffer.fill(0, at + IP, at + IP + 16);
    this.buffer.set(r.ip, at + IP);
    v.setFloat64(at + REPORTED_UP, r.reportedUploaded, true);
    v.setFloat64(at + REPORTED_DOWN, r.reportedDownloaded, true);
    v.setFloat64(at + ALLOWED, r.allowed, true);
    v.setFloat64(at + REFUSED_UP, r.refusedUploaded, true);
    v.setFloat64(at + REFUSED_DOWN, r.refusedDownloaded, true);
    this.count++;
  }

  /**
   * The records, torrent refs resolved through `refOfSwarm`. With `reset` the drain takes the log's own
   * buffer (it is transferred to the flusher) and the log starts over empty; without, a copy.
   */
  drain(refOfSwarm: (swarmId: number) => number, reset: boolean): Uint8Array {
    if (!reset) return drainRecords(this.buffer, this.count, REFUSAL_BYTES, refOfSwarm);
    const out = handOverRecords(this.buffer, this.count, REFUSAL_BYTES, refOfSwarm);
    // Refusals are rare: a burst of them is not held in the quiet windows after it.
    this.buffer = new Uint8Array(0);
    this.view = new DataView(this.buffer.buffer);
    this.count = 0;
    return out;
  }
}
