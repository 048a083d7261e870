/**
 * Buffers a pending batch's tables (peer-table.ts, record-log.ts, batch-rows.ts) reuse. Sealing a
 * batch hands each table's own buffer to the batch, without a copy; the encoder thread gives the
 * buffers back once it has encoded them (encode-task.ts), and the tables take their next buffer from
 * here. Under a steady load the same memory goes round: a new buffer per seal cost a copy and, large
 * buffers being mapped fresh from the kernel (MALLOC_MMAP_THRESHOLD_, README), a page fault per 4 KiB
 * written, about as much as merging the rows. What is kept is bounded (MAX_SPARE_BYTES).
 */

/**
 * Bytes kept as spares at most. A spare is memory the process holds between batches, written
 * through, so resident: unbounded, the spares of a burst's batches (a fill of a million new peers
 * at 12,700/s: about 90 MiB a set) cost more per peer than the memory goal allows. A steady load of
 * a few thousand counted announces a second fits whole; a larger one reuses what fits (the largest
 * first) and takes fresh buffers for the rest, which are resident only as far as they are written.
 */
export const MAX_SPARE_BYTES = 32 * 2 ** 20;
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

  /**
   * Keep `buffers` for reuse (detached ones are skipped), within MAX_SPARES and MAX_SPARE_BYTES:
   * the largest that fit (bytes reused are the page faults saved). Returns the bytes dropped.
   */
  give(buffers: readonly ArrayBuffer[]): number {
    const offered = [...this.spares, ...buffers.filter((buffer) => buffer.byteLength > 0)].sort((a, b) => b.byteLength - a.byteLength);
    this.spares = [];
    let kept = 0;
    let dropped = 0;
    for (const buffer of offered) {
      if (this.spares.length < MAX_SPARES && kept + buffer.byteLength <= MAX_SPARE_BYTES) {
        this.spares.push(buffer);
        kept += buffer.byteLength;
      } else {
        dropped += buffer.byteLength;
      }
    }
    return dropped;
  }

  /** Drop every spare; returns the bytes dropped. */
  clear(): number {
    const dropped = this.bytes;
    this.spares = [];
    return dropped;
  }
}
