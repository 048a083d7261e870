/**
 * Every torrent's swarm, on every worker: by info_hash for requests, by dense id for the peer store's
 * back-references and the shared scrape cells. Ids are given in the order torrents arrive, which is the
 * same on every worker, so a swarm has the same id everywhere (SwarmCounts relies on it); an id is
 * never reused.
 *
 * The info_hash index is keyed by the 20 bytes themselves (an open-addressing table over swarm ids),
 * so an announce finds its swarm straight from the bytes it parsed: no latin1 string made and hashed
 * per request, as a Map keyed by strings needed. The restart restore looks records up the same way.
 */
import type { TorrentRecord } from '../records.js';
import { hash20 } from './seeded-hash.js';
import { Swarm } from './swarm.js';
import type { SwarmCounts } from './swarm-counts.js';
import { growTyped } from './typed-arrays.js';

const HASH_BYTES = 20;
const EMPTY = -1;

export class SwarmTable {
  private readonly byId: Swarm[] = [];
  /** Swarm id i's info_hash at `keys[i * 20]`. */
  private keys = new Uint8Array(1024 * HASH_BYTES);
  /** Swarm ids by info_hash; a power of two in size, at most half full. */
  private buckets = new Int32Array(2048).fill(EMPTY);
  /** For the string form of `get` (catalog changes, scrape). */
  private readonly scratch = Buffer.alloc(HASH_BYTES);
  private owned = 0;

  /** `owns`: whether this worker owns (holds the peers of, and publishes the figures of) a swarm. */
  constructor(
    readonly counts: SwarmCounts,
    private readonly owns: (infoHash: string) => boolean,
  ) {}

  /** Every swarm this worker knows. */
  get size(): number {
    return this.byId.length;
  }

  /** Swarms this worker owns (the others' figures are theirs to report). */
  get ownedCount(): number {
    return this.owned;
  }

  /** The swarm whose info_hash is the 20 bytes at `bytes[offset]`. */
  getByBytes(bytes: Uint8Array, offset: number): Swarm | undefined {
    const mask = this.buckets.length - 1;
    for (let i = hash20(bytes, offset, 0) & mask; ; i = (i + 1) & mask) {
      const id = this.buckets[i]!;
      if (id === EMPTY) return undefined;
      if (this.keyEquals(id, bytes, offset)) return this.byId[id];
    }
  }

  /** The swarm of a 20-character latin1 info_hash (the catalog's form). */
  get(infoHash: string): Swarm | undefined {
    if (infoHash.length !== HASH_BYTES) return undefined;
    this.scratch.write(infoHash, 0, HASH_BYTES, 'latin1');
    return this.getByBytes(this.scratch, 0);
  }

  byIdOf(id: number): Swarm {
    return this.byId[id]!;
  }

  /** Add the torrent's swarm, or replace the record of the existing one (peers stay). */
  upsert(torrent: TorrentRecord): Swarm {
    const existing = this.get(torrent.infoHash);
    if (existing) {
      existing.setTorrent(torrent);
      return existing;
    }
    // The torrents table holds 20-byte hashes only (a CHECK constraint); anything else is a bug upstream.
    if (torrent.infoHash.length !== HASH_BYTES) throw new Error(`torrent ${torrent.id}: info_hash is not 20 bytes`);
    const id = this.byId.length;
    this.counts.ensureCapacity(id);
    const owned = this.owns(torrent.infoHash);
    if (owned) this.owned++;
    const swarm = new Swarm(id, torrent, owned ? this.counts : null);
    this.byId.push(swarm);
    this.index(id, torrent.infoHash);
    return swarm;
  }

  /** Every swarm this worker knows, in id order (those of other owners hold no peers). */
  values(): IterableIterator<Swarm> {
    return this.byId.values();
  }

  private index(id: number, infoHash: string): void {
    if ((id + 1) * HASH_BYTES > this.keys.length) this.keys = growTyped(this.keys, this.keys.length * 2);
    this.keys.set(Buffer.from(infoHash, 'latin1'), id * HASH_BYTES);
    if ((id + 1) * 2 > this.buckets.length) this.rebuild(this.buckets.length * 2);
    else this.place(id);
  }

  private place(id: number): void {
    const mask = this.buckets.length - 1;
    let i = hash20(this.keys, id * HASH_BYTES, 0) & mask;
    while (this.buckets[i] !== EMPTY) i = (i + 1) & mask;
    this.buckets[i] = id;
  }

  /** Index every swarm again in a table of `size` buckets (ids are never removed: no tombstones). */
  private rebuild(size: number): void {
    this.buckets = new Int32Array(size).fill(EMPTY);
    for (let id = 0; id < this.byId.length; id++) this.place(id);
  }

  private keyEquals(id: number, bytes: Uint8Array, offset: number): boolean {
    const keys = this.keys;
    const base = id * HASH_BYTES;
    for (let k = 0; k < HASH_BYTES; k++) if (keys[base + k] !== bytes[offset + k]) return false;
    return true;
  }
}
