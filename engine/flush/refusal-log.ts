/**
 * A worker's credit refusals (credit-refusals.ts) between drains, as fixed-size records in one
 * growable buffer, like the announce log: no hex string or address text per refusal on the announce
 * path, no object kept past it, and nothing to structured-clone at a drain (the buffer is transferred).
 * A client (or a flood of them) that reports transfer on every first announce made each worker build
 * and clone up to MAX_REFUSALS_PER_DRAIN objects a second. The flusher turns the records into rows.
 */
import { formatAddress } from '../address.js';
import { MAX_REFUSALS_PER_DRAIN, type CreditRefusal, type CreditRefusalKind } from './credit-refusals.js';
import { drainRecords, SWARM_REF } from './drained-records.js';

export const REFUSAL_BYTES = 96;
const SWARM = SWARM_REF; // u32 swarm id when recorded; the drain rewrites it to a torrent ref
const AT = 4; // u32 epoch seconds
const USER_INDEX = 8; // u32
const KIND = 12; // u8: index in KINDS
const IPV6 = 13; // u8
const PORT = 14; // u16
const PEER_ID = 16; // 20 bytes
const IP = 36; // 16 bytes (IPv4 in the first 4)
const REPORTED_UP = 56;
const REPORTED_DOWN = 64;
const ALLOWED = 72;
const REFUSED_UP = 80;
const REFUSED_DOWN = 88;

const KINDS: readonly CreditRefusalKind[] = ['started_with_transfer', 'first_announce_over_bound'];

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
    v.setUint8(at + KIND, KINDS.indexOf(r.kind));
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

  /** Copy the records out (torrent refs resolved through `refOfSwarm`); with `reset`, start over empty. */
  drain(refOfSwarm: (swarmId: number) => number, reset: boolean): Uint8Array {
    const out = drainRecords(this.buffer, this.count, REFUSAL_BYTES, refOfSwarm);
    if (reset) {
      // Refusals are rare: a burst of them is not held in the quiet windows after it.
      this.buffer = new Uint8Array(0);
      this.view = new DataView(this.buffer.buffer);
      this.count = 0;
    }
    return out;
  }
}

/** The rows of drained refusal records; `torrentIds` are the drain's, users by engine index. */
export function decodeRefusals(records: Uint8Array, torrentIds: readonly string[], userIdOf: (index: number) => string | undefined): CreditRefusal[] {
  const v = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const out: CreditRefusal[] = [];
  for (let at = 0; at + REFUSAL_BYTES <= records.byteLength; at += REFUSAL_BYTES) {
    const userId = userIdOf(v.getUint32(at + USER_INDEX, true));
    if (userId === undefined) continue; // cannot happen: an index stays mapped to its user's id
    const ipLength = v.getUint8(at + IPV6) ? 16 : 4;
    out.push({
      at: v.getUint32(at + AT, true),
      userId,
      torrentId: torrentIds[v.getUint32(at + SWARM, true)]!,
      peerId: Buffer.from(records.buffer, records.byteOffset + at + PEER_ID, 20).toString('hex'),
      ip: formatAddress(records.subarray(at + IP, at + IP + ipLength)),
      port: v.getUint16(at + PORT, true),
      kind: KINDS[v.getUint8(at + KIND)]!,
      reportedUploaded: v.getFloat64(at + REPORTED_UP, true),
      reportedDownloaded: v.getFloat64(at + REPORTED_DOWN, true),
      allowed: v.getFloat64(at + ALLOWED, true),
      refusedUploaded: v.getFloat64(at + REFUSED_UP, true),
      refusedDownloaded: v.getFloat64(at + REFUSED_DOWN, true),
    });
  }
  return out;
}
