/**
 * The latest record of every peer in a pending batch, last write wins by announce time. Records stay
 * the workers' fixed-size binary form (peer-records.ts) in one growable buffer, with their torrent and
 * user fields rewritten to batch slots; an open-addressing hash over typed arrays, keyed by (torrent
 * slot, user slot, peer_id), finds a peer's entry. No object and no string per peer.
 */
import { LAST_ANNOUNCE, PEER_ID, RECORD_BYTES, TORRENT_REF, USER_INDEX } from './peer-records.js';
import type { SpareBuffers } from './spare-buffers.js';

const EMPTY = 0; // buckets hold entry + 1
const INITIAL_ENTRIES = 1024;

export class PeerTable {
  private records = new Uint8Array(RECORD_BYTES * INITIAL_ENTRIES);
  private view = new DataView(this.records.buffer);
  private hashes = new Uint32Array(INITIAL_ENTRIES);
  /** Power-of-two bucket array, at most half full. */
  private buckets = new Int32Array(INITIAL_ENTRIES * 2);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /**
   * Merge the record at `at` in `source` (a drain's buffer) as the peer's latest state, unless the
   * batch already holds a later one. Ties go to the newcomer: drains are merged in the order taken.
   */
  put(source: DataView, at: number, torrentSlot: number, userSlot: number): void {
    const hash = hashPeer(source, at, torrentSlot, userSlot);
    const mask = this.buckets.length - 1;
    let bucket = hash & mask;
    for (;;) {
      const held = this.buckets[bucket]!;
      if (held === EMPTY) break;
      const entry = held - 1;
      if (this.hashes[entry] === hash && this.sameKey(entry, source, at, torrentSlot, userSlot)) {
        const base = entry * RECORD_BYTES;
        if (source.getUint32(at + LAST_ANNOUNCE, true) >= this.view.getUint32(base + LAST_ANNOUNCE, true)) {
          this.write(entry, source, at, torrentSlot, userSlot);
        }
        return;
      }
      bucket = (bucket + 1) & mask;
    }
    const entry = this.count++;
    if (entry === this.hashes.length) this.growEntries();
    this.hashes[entry] = hash;
    this.write(entry, source, at, torrentSlot, userSlot);
    this.buckets[bucket] = entry + 1;
    if (this.count * 2 > this.buckets.length) this.rehash(this.buckets.length * 2);
  }

  /**
   * The records held, for the sealed batch: a view over this table's own buffer, no copy. The table
   * goes on empty, with a buffer of the same size from `spares`.
   */
  take(spares: SpareBuffers): Uint8Array {
    const held = this.records.subarray(0, this.count * RECORD_BYTES);
    const bytes = this.records.byteLength;
    this.records = new Uint8Array(spares.take(bytes), 0, bytes);
    this.view = new DataView(this.records.buffer, 0, bytes);
    this.clear();
    return held;
  }

  clear(): void {
    this.count = 0;
    this.buckets.fill(EMPTY);
  }

  private sameKey(entry: number, source: DataView, at: number, torrentSlot: number, userSlot: number): boolean {
    const v = this.view;
    const base = entry * RECORD_BYTES;
    if (v.getUint32(base + TORRENT_REF, true) !== torrentSlot || v.getUint32(base + USER_INDEX, true) !== userSlot) return false;
    for (let k = 0; k < 20; k += 4) {
      if (v.getUint32(base + PEER_ID + k, true) !== source.getUint32(at + PEER_ID + k, true)) return false;
    }
    return true;
  }

  private write(entry: number, source: DataView, at: number, torrentSlot: number, userSlot: number): void {
    const v = this.view;
    const base = entry * RECORD_BYTES;
    // Word by word: no subarray object per record.
    for (let k = 0; k < RECORD_BYTES; k += 4) v.setUint32(base + k, source.getUint32(at + k, true), true);
    v.setUint32(base + TORRENT_REF, torrentSlot, true);
    v.setUint32(base + USER_INDEX, userSlot, true);
  }

  private growEntries(): void {
    const entries = this.hashes.length * 2;
    const records = new Uint8Array(entries * RECORD_BYTES);
    records.set(this.records);
    this.records = records;
    this.view = new DataView(records.buffer);
    const hashes = new Uint32Array(entries);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private rehash(bucketCount: number): void {
    const buckets = new Int32Array(bucketCount);
    const mask = bucketCount - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let bucket = this.hashes[entry]! & mask;
      while (buckets[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
      buckets[bucket] = entry + 1;
    }
    this.buckets = buckets;
  }
}

/** Murmur-style mixing of the key's seven 32-bit words. */
function hashPeer(source: DataView, at: number, torrentSlot: number, userSlot: number): number {
  let h = mix(0x9747b28c, torrentSlot);
  h = mix(h, userSlot);
  for (let k = 0; k < 20; k += 4) h = mix(h, source.getUint32(at + PEER_ID + k, true));
  return finish(h);
}

export function mix(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
