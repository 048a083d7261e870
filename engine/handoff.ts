/**
 * The binary form of announces handed from the worker that received them to the worker that owns
 * the swarm, and of the answers coming back. The receiving worker has already parsed the query and
 * checked the user (every worker holds every user), so only the parsed fields cross: fixed-size
 * records in one buffer per destination and event-loop turn, transferred, never structured-cloned.
 */
import type { AnnounceQuery } from './protocol/announce-query.js';
import { CLIENT_BYTES, copyClient, KEY, KEY_LENGTH } from './protocol/client-fields.js';
import { growTyped } from './state/typed-arrays.js';

/** id u32, user index i32, port u16, event u8, flags u8 (compact, no_peer_id, IPv6), numwant i32,
 *  uploaded f64, downloaded f64, left f64, info_hash 20, peer_id 20, address 16, client block. */
const CLIENT_AT = 4 + 4 + 2 + 1 + 1 + 4 + 8 * 3 + 20 + 20 + 16;
export const FORWARDED_ANNOUNCE_BYTES = CLIENT_AT + CLIENT_BYTES;

const FLAG_COMPACT = 1;
const FLAG_NO_PEER_ID = 2;
const FLAG_IPV6 = 4;

/** A buffer that grows by doubling and is handed over (transferred) as a whole. */
class GrowableBytes {
  bytes: Uint8Array;
  view: DataView;
  length = 0;

  constructor(initialSize: number) {
    this.bytes = new Uint8Array(initialSize);
    this.view = new DataView(this.bytes.buffer);
  }

  /** Make room for `n` more bytes; returns the offset to write them at. */
  reserve(n: number): number {
    const offset = this.length;
    if (offset + n > this.bytes.length) {
      this.bytes = growTyped(this.bytes, Math.max(this.bytes.length * 2, offset + n));
      this.view = new DataView(this.bytes.buffer);
    }
    this.length = offset + n;
    return offset;
  }

  /**
   * A copy of the bytes written so far, sized exactly, to transfer; the builder keeps its buffer and
   * starts over (copying a few KiB is cheaper than allocating and zeroing a fresh buffer each turn).
   */
  take(): Uint8Array {
    const taken = this.bytes.slice(0, this.length);
    this.length = 0;
    return taken;
  }
}

/** Announces for one owner, appended during an event-loop turn. */
export class ForwardedAnnounces {
  private readonly out = new GrowableBytes(64 * FORWARDED_ANNOUNCE_BYTES);

  get isEmpty(): boolean {
    return this.out.length === 0;
  }

  append(id: number, userIndex: number, q: AnnounceQuery, ip: Uint8Array): void {
    const at = this.out.reserve(FORWARDED_ANNOUNCE_BYTES);
    const { bytes, view } = this.out;
    view.setUint32(at, id, true);
    view.setInt32(at + 4, userIndex, true);
    view.setUint16(at + 8, q.port, true);
    bytes[at + 10] = q.event;
    bytes[at + 11] = (q.compact ? FLAG_COMPACT : 0) | (q.noPeerId ? FLAG_NO_PEER_ID : 0) | (ip.length === 16 ? FLAG_IPV6 : 0);
    view.setInt32(at + 12, q.numwant, true);
    view.setFloat64(at + 16, q.uploaded, true);
    view.setFloat64(at + 24, q.downloaded, true);
    view.setFloat64(at + 32, q.left, true);
    bytes.set(q.infoHash.subarray(0, 20), at + 40);
    bytes.set(q.peerId.subarray(0, 20), at + 60);
    bytes.set(ip, at + 80);
    copyClient(q.client, 0, bytes, at + CLIENT_AT);
  }

  take(): Uint8Array {
    return this.out.take();
  }
}

/** Reads forwarded announces back into a reusable query and address, one record at a time. */
export class ForwardedAnnounceReader {
  private view: DataView = new DataView(new ArrayBuffer(0));
  private bytes: Uint8Array = new Uint8Array(0);
  private readonly ip4 = new Uint8Array(4);
  private readonly ip6 = new Uint8Array(16);
  id = 0;
  userIndex = 0;
  /** The client's address: a view reused by the next record. */
  ip: Uint8Array = this.ip4;

  get count(): number {
    return this.bytes.length / FORWARDED_ANNOUNCE_BYTES;
  }

  reset(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Fill `q` (and id, userIndex, ip) from record `i`. */
  read(i: number, q: AnnounceQuery): void {
    const at = i * FORWARDED_ANNOUNCE_BYTES;
    const { bytes, view } = this;
    this.id = view.getUint32(at, true);
    this.userIndex = view.getInt32(at + 4, true);
    q.port = view.getUint16(at + 8, true);
    q.event = bytes[at + 10]!;
    const flags = bytes[at + 11]!;
    q.compact = (flags & FLAG_COMPACT) !== 0;
    q.noPeerId = (flags & FLAG_NO_PEER_ID) !== 0;
    q.numwant = view.getInt32(at + 12, true);
    q.uploaded = view.getFloat64(at + 16, true);
    q.downloaded = view.getFloat64(at + 24, true);
    q.left = view.getFloat64(at + 32, true);
    q.infoHash.set(bytes.subarray(at + 40, at + 60));
    q.peerId.set(bytes.subarray(at + 60, at + 80));
    this.ip = flags & FLAG_IPV6 ? this.ip6 : this.ip4;
    this.ip.set(bytes.subarray(at + 80, at + 80 + this.ip.length));
    copyClient(bytes, at + CLIENT_AT, q.client, 0);
    q.keyLength = q.client[KEY_LENGTH]!;
    for (let k = 0; k < q.keyLength; k++) q.keyBytes[k] = q.client[KEY + k]!;
  }
}

/** Answers going back to the worker that holds the connections: id u32, length u32, body. */
export class AnnounceReplies {
  private readonly out = new GrowableBytes(64 * 1024);

  append(id: number, body: Uint8Array): void {
    const at = this.out.reserve(8 + body.length);
    this.out.view.setUint32(at, id, true);
    this.out.view.setUint32(at + 4, body.length, true);
    this.out.bytes.set(body, at + 8);
  }

  take(): Uint8Array {
    return this.out.take();
  }
}

/** Calls `each(id, body)` for every answer in `bytes`; `body` is a view into `bytes`. */
export function forEachReply(bytes: Uint8Array, each: (id: number, body: Uint8Array) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < bytes.length; ) {
    const id = view.getUint32(at, true);
    const length = view.getUint32(at + 4, true);
    each(id, bytes.subarray(at + 8, at + 8 + length));
    at += 8 + length;
  }
}
