/**
 * Row layouts of the merged per-key sums a batch carries (users, per-user-torrent history, torrents):
 * fixed strides in one Float64Array per table, so a batch moves to the encoder as plain buffers.
 * Every field is a whole number or a byte count well below 2^53, exact in a double.
 */
import type { SpareBuffers } from './spare-buffers.js';

/** user_statistics deltas: one row per user with peer records in the batch. */
export const USER_SLOT = 0;
export const U_UP = 1;
export const U_DOWN = 2;
export const U_CREDITED_UP = 3;
export const U_CREDITED_DOWN = 4;
export const U_SEED_SECONDS = 5;
export const U_LEECH_SECONDS = 6;
export const USER_FIELDS = 7;

/** user_torrent_history deltas and latest state. */
export const H_USER_SLOT = 0;
export const H_TORRENT_SLOT = 1;
export const H_UP = 2;
export const H_DOWN = 3;
export const H_CREDITED_UP = 4;
export const H_CREDITED_DOWN = 5;
export const H_SEED_SECONDS = 6;
export const H_LEECH_SECONDS = 7;
export const H_TOKEN_DOWN = 8;
export const H_LAST_ANNOUNCE = 9; // epoch seconds
export const H_COMPLETED_AT = 10; // epoch seconds, 0 = none
export const H_SEEDER = 11; // 0 / 1
export const H_ACTIVE = 12; // 0 / 1
export const HISTORY_FIELDS = 13;

/** torrents: the latest counts, completions summed. */
export const TORRENT_SLOT = 0;
export const T_SEEDERS = 1;
export const T_LEECHERS = 2;
export const T_COMPLETED = 3;
export const T_LAST_SEEDER_AT = 4; // epoch seconds, 0 = none
export const TORRENT_FIELDS = 5;

/** A growable table of fixed-stride Float64 rows. */
export class F64Rows {
  data: Float64Array;
  count = 0;

  constructor(readonly stride: number, initialRows = 256) {
    this.data = new Float64Array(stride * initialRows);
  }

  /** Append a zeroed row; returns the offset of its first field in `data`. */
  add(): number {
    const base = this.count * this.stride;
    if (base + this.stride > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    // A loop, not fill(): rows are a handful of fields and this runs once per new key.
    const data = this.data;
    for (let k = base; k < base + this.stride; k++) data[k] = 0;
    this.count++;
    return base;
  }

  /**
   * The rows held, for the sealed batch: a view over this table's own buffer, no copy. The table goes
   * on empty, with a buffer of the same size from `spares`.
   */
  take(spares: SpareBuffers): Float64Array {
    const held = this.data.subarray(0, this.count * this.stride);
    const length = this.data.length;
    this.data = new Float64Array(spares.take(length * 8), 0, length);
    this.clear();
    return held;
  }

  clear(): void {
    this.count = 0;
  }
}
