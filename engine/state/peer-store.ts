/**
 * Compact peer storage for one worker: every peer is a slot in parallel typed arrays (a slab), found
 * by an open-addressing hash index on (swarm id, peer_id). No JS object exists per peer, so millions
 * of peers cost the GC nothing and about 97 bytes each:
 *
 *   peer_id 20 + address 20 + flags 1 + user 4 + swarm 4 + list position 4
 *   + uploaded/downloaded/left 3 x 8 + last announce 4          = 81 bytes in the slab
 *   + index bucket 4 bytes at <= 50 % load                     = 8 bytes
 *   + the swarm's seeder/leecher list entry (with growth slack) = ~6 bytes
 */
import { hash20 } from './seeded-hash.js';
import { growTyped, nextPowerOfTwo } from './typed-arrays.js';

export const FLAG_SEEDER = 1;
export const FLAG_PAUSED = 2;
/** This peer's completion (leecher to seeder) has been counted: a peer completes a torrent once. */
export const FLAG_COMPLETED = 8;
/** A peer whose only counted announce is its first: its next report gets no timing slack (announce.ts). */
export const FLAG_FRESH = 16;

const PEER_ID_BYTES = 20;
/**
 * A peer's address as clients get it, ready to copy into an answer (BEP 23 / BEP 7 compact form):
 * IPv4 address and port (big-endian) in bytes 0-5, or IPv6 address and port in bytes 0-17; the family
 * at byte 18 (1 = IPv6); byte 19 pads. One record, not an address array, a port array and a flag:
 * sampling 50 peers for an answer touches one cache line per peer instead of three (the misses were
 * three quarters of building an answer in a profile of the keep-alive bench).
 */
const ADDRESS_BYTES = 20;
const FAMILY = 18;
const EMPTY = -1;
const TOMBSTONE = -2;


export class PeerStore {
  capacity: number;
  peerIds: Uint8Array;
  /** ADDRESS_BYTES per slot (above). */
  addresses: Uint8Array;
  flags: Uint8Array;
  users: Int32Array;
  swarms: Int32Array;
  /** Position of the slot in its swarm's seeder or leecher list (maintained by Swarm). */
  listPos: Int32Array;
  uploaded: Float64Array;
  downloaded: Float64Array;
  left: Float64Array;
  /** Epoch seconds. 0 marks a free slot. */
  lastAnnounce: Uint32Array;

  private free: Int32Array;
  private freeCount = 0;
  private highWater = 0;
  private buckets: Int32Array;
  private used = 0; // live entries in the index
  private tombstones = 0;

  constructor(initialCapacity = 1024) {
    this.capacity = initialCapacity;
    this.peerIds = new Uint8Array(initialCapacity * PEER_ID_BYTES);
    this.addresses = new Uint8Array(initialCapacity * ADDRESS_BYTES);
    this.flags = new Uint8Array(initialCapacity);
    this.users = new Int32Array(initialCapacity);
    this.swarms = new Int32Array(initialCapacity);
    this.listPos = new Int32Array(initialCapacity);
    this.uploaded = new Float64Array(initialCapacity);
    this.downloaded = new Float64Array(initialCapacity);
    this.left = new Float64Array(initialCapacity);
    this.lastAnnounce = new Uint32Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
    // Probing wraps with `& mask`, so the bucket count must be a power of two: any other size leaves
    // buckets no probe reaches, and an insert or lookup can cycle forever among full ones.
    this.buckets = new Int32Array(nextPowerOfTwo(Math.max(2, initialCapacity * 2))).fill(EMPTY);
  }

  /** Live peers in this store. */
  get size(): number {
    return this.used;
  }

  /** Bytes held by the typed arrays (the figure the memory-per-peer benchmark reports). */
  get byteSize(): number {
    return (
      this.capacity * (PEER_ID_BYTES + ADDRESS_BYTES + 1 + 4 + 4 + 4 + 8 * 3 + 4 + 4) + this.buckets.byteLength
    );
  }

  /** The slot of `peerId` (20 bytes at `offset`) in swarm `swarmId`, or -1. */
  find(swarmId: number, peerId: Uint8Array, offset = 0): number {
    const mask = this.buckets.length - 1;
    let i = hash20(peerId, offset, swarmId) & mask;
    for (;;) {
      const slot = this.buckets[i]!;
      if (slot === EMPTY) return -1;
      if (slot >= 0 && this.swarms[slot] === swarmId && this.peerIdEquals(slot, peerId, offset)) return slot;
      i = (i + 1) & mask;
    }
  }

  /**
   * Allocate a slot for a new peer, stamped with `now` (epoch seconds, never 0), and index it. The
   * caller fills the other fields.
   */
  insert(swarmId: number, peerId: Uint8Array, offset: number, now: number): number {
    if ((this.used + this.tombstones + 1) * 2 > this.buckets.length) this.rehash();
    const slot = this.allocateSlot();
    this.swarms[slot] = swarmId;
    this.lastAnnounce[slot] = now;
    this.flags[slot] = 0;
    this.peerIds.set(peerId.subarray(offset, offset + PEER_ID_BYTES), slot * PEER_ID_BYTES);
    const mask = this.buckets.length - 1;
    let i = hash20(peerId, offset, swarmId) & mask;
    while (this.buckets[i]! >= 0) i = (i + 1) & mask;
    if (this.buckets[i] === TOMBSTONE) this.tombstones--;
    this.buckets[i] = slot;
    this.used++;
    return slot;
  }

  /**
   * `find` and `insert` in one probe, for the restart restore: the new slot, or -1 when the peer is
   * already in the swarm. The peer_id is copied without a view per peer.
   */
  insertIfAbsent(swarmId: number, peerId: Uint8Array, offset: number, now: number): number {
    if ((this.used + this.tombstones + 1) * 2 > this.buckets.length) this.rehash();
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    let i = hash20(peerId, offset, swarmId) & mask;
    let reusable = -1;
    for (;;) {
      const slot = buckets[i]!;
      if (slot === EMPTY) break;
      if (slot === TOMBSTONE) {
        if (reusable < 0) reusable = i;
      } else if (this.swarms[slot] === swarmId && this.peerIdEquals(slot, peerId, offset)) return -1;
      i = (i + 1) & mask;
    }
    if (reusable >= 0) {
      i = reusable;
      this.tombstones--;
    }
    const slot = this.allocateSlot();
    this.swarms[slot] = swarmId;
    this.lastAnnounce[slot] = now;
    this.flags[slot] = 0;
    const ids = this.peerIds;
    const base = slot * PEER_ID_BYTES;
    for (let k = 0; k < PEER_ID_BYTES; k++) ids[base + k] = peerId[offset + k]!;
    buckets[i] = slot;
    this.used++;
    return slot;
  }

  /** Unindex and free a slot. The caller has already removed it from its swarm's list. */
  remove(slot: number): void {
    const mask = this.buckets.length - 1;
    let i = hash20(this.peerIds, slot * PEER_ID_BYTES, this.swarms[slot]!) & mask;
    while (this.buckets[i] !== slot) i = (i + 1) & mask;
    this.buckets[i] = TOMBSTONE;
    this.tombstones++;
    this.used--;
    this.lastAnnounce[slot] = 0;
    this.flags[slot] = 0;
    this.free[this.freeCount++] = slot;
  }

  isLive(slot: number): boolean {
    return slot < this.highWater && this.lastAnnounce[slot] !== 0;
  }

  /** One past the highest slot ever used: the bound for a scan over every slot. */
  get slotBound(): number {
    return this.highWater;
  }

  setAddress(slot: number, ip: Uint8Array, port: number): void {
    this.setAddressFrom(slot, ip, 0, ip.length === 16, port);
  }

  /**
   * `setAddress` from bytes inside a larger buffer (restart restore): 4 or 16 address bytes at
   * `source[offset]`, copied without making a view per peer.
   */
  setAddressFrom(slot: number, source: Uint8Array, offset: number, ipv6: boolean, port: number): void {
    const out = this.addresses;
    const base = slot * ADDRESS_BYTES;
    const length = ipv6 ? 16 : 4;
    for (let k = 0; k < length; k++) out[base + k] = source[offset + k]!;
    out[base + length] = port >>> 8;
    out[base + length + 1] = port & 0xff;
    out[base + FAMILY] = ipv6 ? 1 : 0;
  }

  isIPv6(slot: number): boolean {
    return this.addresses[slot * ADDRESS_BYTES + FAMILY] === 1;
  }

  port(slot: number): number {
    const at = slot * ADDRESS_BYTES + (this.isIPv6(slot) ? 16 : 4);
    return (this.addresses[at]! << 8) | this.addresses[at + 1]!;
  }

  /** Write the 6-byte (IPv4) or 18-byte (IPv6) compact form of the peer at `out[offset]`. */
  writeCompact(slot: number, out: Uint8Array, offset: number): void {
    const addresses = this.addresses;
    const base = slot * ADDRESS_BYTES;
    const length = addresses[base + FAMILY] === 1 ? 18 : 6;
    for (let k = 0; k < length; k++) out[offset + k] = addresses[base + k]!;
  }

  /**
   * Copy the peer's 20-byte peer_id and its address as a 16-byte field (IPv4 in the first 4, the rest
   * zero) to `out` at `idAt` and `ipAt`: the journal's records, one per changed peer in a drain,
   * without the two views (and TypedArray#set calls) a record cost otherwise.
   */
  copyIdentity(slot: number, out: Uint8Array, idAt: number, ipAt: number): void {
    const ids = this.peerIds;
    const idBase = slot * PEER_ID_BYTES;
    for (let k = 0; k < PEER_ID_BYTES; k++) out[idAt + k] = ids[idBase + k]!;
    const addresses = this.addresses;
    const base = slot * ADDRESS_BYTES;
    const ipLength = addresses[base + FAMILY] === 1 ? 16 : 4;
    let k = 0;
    for (; k < ipLength; k++) out[ipAt + k] = addresses[base + k]!;
    for (; k < 16; k++) out[ipAt + k] = 0;
  }

  /** The peer's address bytes (4 or 16), a view into the store valid until the next write. */
  address(slot: number): Uint8Array {
    const base = slot * ADDRESS_BYTES;
    return this.addresses.subarray(base, base + (this.isIPv6(slot) ? 16 : 4));
  }

  peerIdView(slot: number): Uint8Array {
    return this.peerIds.subarray(slot * PEER_ID_BYTES, slot * PEER_ID_BYTES + PEER_ID_BYTES);
  }

  private peerIdEquals(slot: number, peerId: Uint8Array, offset: number): boolean {
    const base = slot * PEER_ID_BYTES;
    const ids = this.peerIds;
    for (let k = 0; k < PEER_ID_BYTES; k++) if (ids[base + k] !== peerId[offset + k]) return false;
    return true;
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount]!;
    if (this.highWater === this.capacity) this.grow();
    return this.highWater++;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.peerIds = growTyped(this.peerIds, capacity * PEER_ID_BYTES);
    this.addresses = growTyped(this.addresses, capacity * ADDRESS_BYTES);
    this.flags = growTyped(this.flags, capacity);
    this.users = growTyped(this.users, capacity);
    this.swarms = growTyped(this.swarms, capacity);
    this.listPos = growTyped(this.listPos, capacity);
    this.uploaded = growTyped(this.uploaded, capacity);
    this.downloaded = growTyped(this.downloaded, capacity);
    this.left = growTyped(this.left, capacity);
    this.lastAnnounce = growTyped(this.lastAnnounce, capacity);
    this.free = growTyped(this.free, capacity);
    this.capacity = capacity;
  }

  /** Rebuild the index without tombstones, doubling it when live entries need the room. */
  private rehash(): void {
    const size = (this.used + 1) * 4 > this.buckets.length ? this.buckets.length * 2 : this.buckets.length;
    const buckets = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (let slot = 0; slot < this.highWater; slot++) {
      if (this.lastAnnounce[slot] === 0) continue;
      let i = hash20(this.peerIds, slot * PEER_ID_BYTES, this.swarms[slot]!) & mask;
      while (buckets[i] !== EMPTY) i = (i + 1) & mask;
      buckets[i] = slot;
    }
    this.buckets = buckets;
    this.tombstones = 0;
  }
}
