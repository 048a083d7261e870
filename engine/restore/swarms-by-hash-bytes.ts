/**
 * The swarms of one worker found by info_hash bytes, for the restart restore: the packed peer
 * records carry the 20 hash bytes, and looking them up here costs no string per peer (the
 * SwarmTable's Map is keyed by latin1 strings, which would mean one allocation and one string
 * hash for each of hundreds of thousands of peers). Built once, dropped after the restore.
 */
import type { Swarm } from '../state/swarm.js';
import type { SwarmTable } from '../state/swarm-table.js';

const HASH_BYTES = 20;
const EMPTY = -1;

export class SwarmsByHashBytes {
  private readonly keys: Uint8Array;
  private readonly swarms: Swarm[] = [];
  private readonly buckets: Int32Array;

  constructor(table: SwarmTable) {
    let size = 16;
    while (size < table.size * 2) size *= 2;
    this.buckets = new Int32Array(size).fill(EMPTY);
    this.keys = new Uint8Array(table.size * HASH_BYTES);
    const mask = size - 1;
    for (const swarm of table.values()) {
      const hash = Buffer.from(swarm.torrent.infoHash, 'latin1');
      if (hash.length !== HASH_BYTES) continue; // no packed record can name it
      const index = this.swarms.length;
      this.swarms.push(swarm);
      this.keys.set(hash, index * HASH_BYTES);
      let i = hashBytes(hash, 0) & mask;
      while (this.buckets[i] !== EMPTY) i = (i + 1) & mask;
      this.buckets[i] = index;
    }
  }

  /** The swarm whose info_hash is the 20 bytes at `bytes[offset]`, or undefined. */
  get(bytes: Uint8Array, offset: number): Swarm | undefined {
    const mask = this.buckets.length - 1;
    for (let i = hashBytes(bytes, offset) & mask; ; i = (i + 1) & mask) {
      const index = this.buckets[i]!;
      if (index === EMPTY) return undefined;
      if (this.keyEquals(index, bytes, offset)) return this.swarms[index];
    }
  }

  private keyEquals(index: number, bytes: Uint8Array, offset: number): boolean {
    const keys = this.keys;
    const base = index * HASH_BYTES;
    for (let k = 0; k < HASH_BYTES; k++) if (keys[base + k] !== bytes[offset + k]) return false;
    return true;
  }
}

/** FNV-1a over the 20 bytes (info hashes are chosen by uploaders: do not trust any few of them). */
function hashBytes(bytes: Uint8Array, offset: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < HASH_BYTES; k++) {
    h ^= bytes[offset + k]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 15)) >>> 0;
}
