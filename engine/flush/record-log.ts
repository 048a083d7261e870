import type { SpareBuffers } from './spare-buffers.js';

/**
 * An append-only log of fixed-size binary records (announce-log rows, credit refusals, snatches) in one growable
 * buffer, optionally capped: past the cap the oldest records are dropped. Dropping only moves a start
 * offset; the buffer is compacted when its end is reached, and kept a quarter free (amortised O(1) per record).
 */
export class RecordLog {
  private bytes: Uint8Array;
  private start = 0; // byte offset of the oldest record held
  private end = 0;

  constructor(readonly recordBytes: number, private readonly maxRecords = Infinity) {
    this.bytes = new Uint8Array(recordBytes * 256);
  }

  get size(): number {
    return (this.end - this.start) / this.recordBytes;
  }

  /** Room for `records` more at the end; returns the byte offset to write them at (in `buffer`). */
  reserve(records: number): number {
    const needed = records * this.recordBytes;
    if (this.end + needed > this.bytes.length) {
      const held = this.end - this.start;
      // Keep a quarter free after compaction, so compactions stay rare even when the cap is reached.
      let length = this.bytes.length;
      while (held + needed > length * 0.75) length *= 2;
      if (length === this.bytes.length) {
        this.bytes.copyWithin(0, this.start, this.end);
      } else {
        const grown = new Uint8Array(length);
        grown.set(this.bytes.subarray(this.start, this.end));
        this.bytes = grown;
      }
      this.start = 0;
      this.end = held;
    }
    return this.end;
  }

  get buffer(): Uint8Array {
    return this.bytes;
  }

  /** Count `records` written at the offset `reserve` gave; returns how many old records the cap dropped. */
  commit(records: number): number {
    this.end += records * this.recordBytes;
    const excess = this.size - this.maxRecords;
    if (excess <= 0) return 0;
    this.start += excess * this.recordBytes;
    return excess;
  }

  /**
   * The records held, oldest first, for the sealed batch: a view over this log's own buffer, no copy.
   * The log goes on empty, with a buffer of the same size from `spares`.
   */
  take(spares: SpareBuffers): Uint8Array {
    const held = this.bytes.subarray(this.start, this.end);
    const length = this.bytes.length;
    this.bytes = new Uint8Array(spares.take(length), 0, length);
    this.clear();
    return held;
  }

  clear(): void {
    this.start = 0;
    this.end = 0;
  }
}
