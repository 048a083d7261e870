/**
 * An open-addressing hash from a pair of small non-negative integers (here: user slot, torrent slot)
 * to a dense entry number, over typed arrays: no string key and no object per entry.
 */
import { finish, mix } from './peer-table.js';

const EMPTY = 0; // buckets hold entry + 1

export class PairIndex {
  private firsts = new Int32Array(256);
  private seconds = new Int32Array(256);
  private buckets = new Int32Array(512);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The entry of (a, b), or -1. With `create`, a missing pair gets the next entry number (= size before). */
  find(a: number, b: number, create: boolean): number {
    const mask = this.buckets.length - 1;
    let bucket = finish(mix(mix(0x2f1b6c3d, a), b)) & mask;
    for (;;) {
      const held = this.buckets[bucket]!;
      if (held === EMPTY) break;
      const entry = held - 1;
      if (this.firsts[entry] === a && this.seconds[entry] === b) return entry;
      bucket = (bucket + 1) & mask;
    }
    if (!create) return -1;
    const entry = this.count++;
    if (entry === this.firsts.length) {
      this.firsts = grow(this.firsts);
      this.seconds = grow(this.seconds);
    }
    this.firsts[entry] = a;
    this.seconds[entry] = b;
    this.buckets[bucket] = entry + 1;
    if (this.count * 2 > this.buckets.length) this.rehash(this.buckets.length * 2);
    return entry;
  }

  clear(): void {
    this.count = 0;
    this.buckets.fill(EMPTY);
  }

  private rehash(bucketCount: number): void {
    const buckets = new Int32Array(bucketCount);
    const mask = bucketCount - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let bucket = finish(mix(mix(0x2f1b6c3d, this.firsts[entry]!), this.seconds[entry]!)) & mask;
      while (buckets[bucket] !== EMPTY) bucket = (bucket + 1) & mask;
      buckets[bucket] = entry + 1;
    }
    this.buckets = buckets;
  }
}

function grow(old: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}
