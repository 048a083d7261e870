/**
 * Large buffers the flush goes round with instead of dropping them. Two sets, one shape:
 *
 * - a pending batch's tables (peer-table.ts, record-log.ts, batch-rows.ts): sealing a batch hands each
 *   table's own buffer to the batch, without a copy; the encoder thread gives the buffers back once it
 *   has encoded them (encode-task.ts), and the tables take their next buffer from here;
 * - the COPY data (copy-binary.ts): the encoder builds each table's data in a buffer the flusher lends
 *   it, and the flusher takes the buffers back once the batch is written (flusher.ts).
 *
 * Under a steady load the same memory goes round: a new buffer per batch cost a copy and, large
 * buffers being mapped fresh from the kernel (MALLOC_MMAP_THRESHOLD_, README), a page fault per 4 KiB
 * written, about as much as the work done in it. What is kept is bounded (MAX_SPARE_BYTES); what is
 * dropped beyond it is released at once (engine/collect-garbage.ts `release`), not left for a full
 * collection.
 */
import { release } from '../collect-garbage.js';

/**
 * Bytes kept as spares at most. A spare is memory the process holds between batches, written
 * through, so resident: unbounded, the spares of a burst's batches (a fill of a million new peers
 * at 12,700/s: about 90 MiB a set) cost more per peer than the memory goal allows. A steady load of
 * a few thousand counted announces a second fits whole; a larger one reuses what fits (the largest
 * first) and takes fresh buffers for the rest, which are resident only as far as they are written.
 */
export const MAX_SPARE_BYTES = 32 * 2 ** 20;
/** Spares kept at most: a batch seals nine buffers and encodes to eight texts, one batch in flight at a time. */
const MAX_SPARES = 16;
/**
 * Smaller buffers are not kept: the allocator serves them from its heap, not from fresh mappings, so
 * reusing them saves nothing, and they would take the places of large ones.
 */
const MIN_SPARE_BYTES = 64 * 2 ** 10;
/**
 * A spare is handed out only for a request at least this fraction of its size: a large spare spent
 * on a small table would leave the large table it fits to a fresh buffer.
 */
const MAX_OVERSIZE = 4;

export class SpareBuffers {
  private spares: ArrayBuffer[] = [];
  /** Bytes `give` and `clear` have dropped without releasing them (garbage now: engine/collect-garbage.ts). */
  droppedBytes = 0;

  /** Bytes held as spares. */
  get bytes(): number {
    let sum = 0;
    for (const spare of this.spares) sum += spare.byteLength;
    return sum;
  }

  /**
   * A buffer of at least `bytes`: the smallest spare that fits (and is at most MAX_OVERSIZE times
   * `bytes`), else a new one. A spare's contents are whatever it held: every table writes a row in
   * full before it reads it, and COPY data is read only up to where it was written.
   */
  take(bytes: number): ArrayBuffer {
    let best = -1;
    for (let i = 0; i < this.spares.length; i++) {
      const length = this.spares[i]!.byteLength;
      if (length >= bytes && length <= bytes * MAX_OVERSIZE && (best < 0 || length < this.spares[best]!.byteLength)) best = i;
    }
    if (best < 0) return new ArrayBuffer(bytes);
    const [spare] = this.spares.splice(best, 1);
    return spare!;
  }

  /**
   * Keep `buffers` for reuse (detached ones and repeats are skipped), within MAX_SPARES and MAX_SPARE_BYTES:
   * the largest that fit (bytes reused are the page faults saved), none under MIN_SPARE_BYTES. The
   * rest are dropped: the caller must not use any buffer it gave. Returns the bytes dropped and not
   * released, which only a collection frees (engine/collect-garbage.ts `noteReleased`).
   */
  give(buffers: readonly ArrayBuffer[]): number {
    const offered = [...new Set([...this.spares, ...buffers])].filter((buffer) => buffer.byteLength > 0).sort((a, b) => b.byteLength - a.byteLength);
    this.spares = [];
    let kept = 0;
    const dropped: ArrayBuffer[] = [];
    for (const buffer of offered) {
      if (buffer.byteLength >= MIN_SPARE_BYTES && this.spares.length < MAX_SPARES && kept + buffer.byteLength <= MAX_SPARE_BYTES) {
        this.spares.push(buffer);
        kept += buffer.byteLength;
      } else {
        dropped.push(buffer);
      }
    }
    return this.drop(dropped);
  }

  /** Hand every spare over (to lend them to another thread); none is kept. */
  takeAll(): ArrayBuffer[] {
    const all = this.spares;
    this.spares = [];
    return all;
  }

  /** Drop every spare; returns the bytes dropped and not released, as `give`. */
  clear(): number {
    const dropped = this.spares;
    this.spares = [];
    return this.drop(dropped);
  }

  private drop(buffers: ArrayBuffer[]): number {
    let bytes = 0;
    for (const buffer of buffers) bytes += buffer.byteLength;
    const left = bytes - release(buffers);
    this.droppedBytes += left;
    return left;
  }
}
