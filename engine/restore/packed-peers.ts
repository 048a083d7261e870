/**
 * Peers restored at start, packed as fixed-size records in one ArrayBuffer per worker. The supervisor
 * writes them while it reads the `peers` table and transfers each buffer to its worker (no structured
 * clone of a million objects, no object per peer on either side); the worker reads them straight into
 * its peer store.
 */

export const RESTORE_RECORD_BYTES = 96;

// Offsets within a record (little-endian).
export const UPLOADED = 0; // f64
export const DOWNLOADED = 8; // f64
export const LEFT = 16; // f64
export const USER_INDEX = 24; // i32
export const LAST_ANNOUNCE = 28; // u32 epoch seconds
export const PORT = 32; // u16
export const FLAGS = 34; // u8, the RESTORE_* flags below
export const INFO_HASH = 36; // 20 bytes
export const PEER_ID = 56; // 20 bytes
export const IP = 76; // 16 bytes (IPv4 in the first 4)

export const RESTORE_PAUSED = 1;
export const RESTORE_IPV6 = 2;

/** One worker's share of the restored peers: `count` records at the start of `buffer`. */
export interface PackedPeers {
  buffer: ArrayBuffer;
  count: number;
}

/** Appends records to a buffer that doubles when full. */
export class PackedPeersWriter {
  /** The records written so far; read these after `next()`, which may have replaced them. */
  bytes: Uint8Array;
  view: DataView;
  count = 0;

  constructor(initialRecords = 4096) {
    this.bytes = new Uint8Array(new ArrayBuffer(initialRecords * RESTORE_RECORD_BYTES));
    this.view = new DataView(this.bytes.buffer);
  }

  /** Reserve the next record and return its byte offset; the caller fills it through `bytes`/`view`. */
  next(): number {
    const offset = this.count * RESTORE_RECORD_BYTES;
    if (offset + RESTORE_RECORD_BYTES > this.bytes.length) this.grow();
    this.count++;
    return offset;
  }

  /** Take back the record `next()` just reserved (a row the reader decided to skip). */
  dropLast(): void {
    this.count--;
  }

  /** The records as they are: the slack past `count` travels along rather than costing a copy. */
  take(): PackedPeers {
    return { buffer: this.bytes.buffer as ArrayBuffer, count: this.count };
  }

  private grow(): void {
    const grown = new Uint8Array(new ArrayBuffer(this.bytes.length * 2));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
}
