/**
 * Buffers a pending batch's tables (peer-table.ts, record-log.ts, batch-rows.ts) reuse. Sealing a
 * batch hands each table's own buffer to the batch, without a copy; the encoder thread gives the
 * buffers back once it has encoded them (encode-task.ts), and the tables take their next buffer from
 * here. Under a steady load the same memory goes round: a new buffer per seal cost a copy and, large
 * buffers being mapped fresh from the kernel (MALLOC_MMAP_THRESHOLD_, README), a page fault per 4 KiB
 * written, about as much as merging the rows.
 */

/** Spares kept at most: a batch seals seven tables, and one batch is in flight at a time. */
const MAX_SPARES = 16;

export class SpareBuffers {
  private spares: ArrayBuffer[] = [];

  /** Bytes held as spares. */
  get bytes(): number {
    let sum = 0;
    for (const spare of this.spares) sum += spare.byteLength;
    return sum;
  }

  /**
   * A buffer of at least `bytes`: the smallest spare that fits, else a new one. A spare's contents are
   * whatever it held: every table writes a row in full before it reads it.
   */
  take(bytes: number): ArrayBuffer {
    let best = -1;
    for (let i = 0; i < this.spares.length; i++) {
      const length = this.spares[i]!.byteLength;
      if (length >= bytes && (best < 0 || length < this.spares[best]!.byteLength)) best = i;
    }
    if (best < 0) return new ArrayBuffer(bytes);
    const [spare] = this.spares.splice(best, 1);
    return spare!;
  }

  /** Keep `buffers` for reuse (detached ones are skipped); returns the bytes dropped to stay within MAX_SPARES. */
  give(buffers: readonly ArrayBuffer[]): number {
    for (const buffer of buffers) if (buffer.byteLength > 0) this.spares.push(buffer);
    if (this.spares.length <= MAX_SPARES) return 0;
    // Keep the largest: a small table's need fits in them, a large one's does not fit in the small.
    this.spares.sort((a, b) => b.byteLength - a.byteLength);
    return this.drop(this.spares.splice(MAX_SPARES));
  }

  /** Drop every spare; returns the bytes dropped. */
  clear(): number {
    return this.drop(this.spares.splice(0));
  }

  private drop(dropped: ArrayBuffer[]): number {
    let sum = 0;
    for (const buffer of dropped) sum += buffer.byteLength;
    return sum;
  }
}
