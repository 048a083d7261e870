/**
 * Int32 cells in a growable SharedArrayBuffer that any thread may grow, read and written through a
 * fixed-length view that is made again when an index falls past it. A length-tracking view
 * (`new Int32Array(buffer)`) would follow growth by itself, but every access through one costs about
 * ten times as much in Node 20's V8 (bench/shared-views.ts: 33 against 3.5 ns per read-modify-write).
 */
export class SharedInt32Cells {
  private view: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.view = this.remake();
  }

  /** A view holding cell `index` if the buffer holds it (else shorter: the caller's access is out of range). */
  covering(index: number): Int32Array {
    const view = this.view;
    return index < view.length ? view : this.remake();
  }

  /**
   * Grow the buffer to at least `bytes` (at most its maximum). Several threads may ask at once: one
   * that finds the buffer already grown past `bytes` by another is done.
   */
  growTo(bytes: number): void {
    if (bytes <= this.buffer.byteLength) return;
    try {
      this.buffer.grow(Math.min(bytes, this.buffer.maxByteLength));
    } catch (err) {
      if (bytes > this.buffer.byteLength) throw err;
    }
  }

  private remake(): Int32Array {
    this.view = new Int32Array(this.buffer, 0, this.buffer.byteLength >> 2);
    return this.view;
  }
}
