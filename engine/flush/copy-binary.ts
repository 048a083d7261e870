/**
 * Writes PostgreSQL's binary COPY format straight into bytes, field by field from binary records.
 *
 * Why binary rather than text: PostgreSQL parses a binary field with the type's receive function
 * (a uuid is 16 bytes copied, a timestamp one integer) instead of its text input function (uuid hex,
 * dotted addresses, ISO dates), and the encoder writes fixed-size integers instead of digits. Measured
 * in docs/benchmarks.md ("Flush: binary COPY").
 *
 * Format (PostgreSQL docs, "COPY", "Binary Format"): a signature and two zero words; then per row the
 * field count (int16) and per field its length (int32, -1 for NULL) and bytes; then -1 (int16). All
 * integers big-endian. Each field's bytes are exactly what the column type's receive function reads,
 * so a field must be written with the method for its column's type (`int4` for integer, `int8` for
 * bigint, ...): PostgreSQL rejects a field of the wrong length.
 */

import type { SpareBuffers } from './spare-buffers.js';

const SIGNATURE = Uint8Array.of(0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00); // PGCOPY\n\377\r\n\0
const HEADER_BYTES = SIGNATURE.length + 8; // flags, header extension length

/** Seconds from the Unix epoch to PostgreSQL's (2000-01-01 UTC), which timestamps count from. */
const POSTGRES_EPOCH_SECONDS = 946_684_800;
const TWO_32 = 4_294_967_296;
/** 2^63: the first magnitude a bigint cannot hold. */
const INT8_LIMIT = 9_223_372_036_854_775_808;

/** inet's receive format: family (PGSQL_AF_INET 2, PGSQL_AF_INET6 3), prefix bits, is_cidr, length. */
const INET_V4_HEAD = Uint8Array.of(2, 32, 0, 4);
const INET_V6_HEAD = Uint8Array.of(3, 128, 0, 16);

export class CopyBinary {
  private bytes: Uint8Array;
  private view: DataView;
  private at = 0;

  /**
   * Sized for `rows` of a typical `rowBytes`; `row()` grows it when a row of `maxRowBytes` might not
   * fit. Buffers come from `spares` and outgrown ones go back to it (spare-buffers.ts).
   */
  constructor(rows: number, rowBytes: number, private readonly maxRowBytes: number, private readonly spares: SpareBuffers) {
    this.bytes = this.buffer(HEADER_BYTES + 2 + Math.max(maxRowBytes, rows * rowBytes));
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    this.bytes.set(SIGNATURE, 0);
    this.view.setInt32(SIGNATURE.length, 0); // flags: no OIDs
    this.view.setInt32(SIGNATURE.length + 4, 0); // no header extension
    this.at = HEADER_BYTES;
  }

  /** Starts a row of `fields` fields, after making room for one row of at most `maxRowBytes`. */
  row(fields: number): void {
    if (this.at + this.maxRowBytes + 2 > this.bytes.length) this.grow();
    this.view.setInt16(this.at, fields);
    this.at += 2;
  }

  /**
   * The COPY data, or an empty view when no row was written (the writer skips empty tables): a view
   * over the buffer it was built in, which travels with it (transferred, kept for retries, then given
   * back to the spares), so no copy is made.
   */
  finish(): Uint8Array {
    if (this.at === HEADER_BYTES) return this.bytes.subarray(0, 0);
    this.view.setInt16(this.at, -1);
    return this.bytes.subarray(0, this.at + 2);
  }

  nullValue(): void {
    this.view.setInt32(this.at, -1);
    this.at += 4;
  }

  bool(value: boolean): void {
    this.view.setInt32(this.at, 1);
    this.bytes[this.at + 4] = value ? 1 : 0;
    this.at += 5;
  }

  /** An integer column; values outside its range are refused here rather than by the whole COPY. */
  int4(value: number): void {
    if (!(value >= -2_147_483_648 && value <= 2_147_483_647)) throw new RangeError(`flush: ${value} does not fit an integer column`);
    this.view.setInt32(this.at, 4);
    this.view.setInt32(this.at + 4, value);
    this.at += 8;
  }

  /**
   * A bigint column. Byte counts and credited amounts (fractional after multipliers) are rounded; a
   * double holds every whole number it can express exactly, so the high and low words are exact.
   */
  int8(value: number): void {
    const n = Math.round(value);
    if (!(n >= -INT8_LIMIT && n < INT8_LIMIT)) throw new RangeError(`flush: ${value} does not fit a bigint column`);
    const high = Math.floor(n / TWO_32);
    this.view.setInt32(this.at, 8);
    this.view.setInt32(this.at + 4, high);
    this.view.setUint32(this.at + 8, n - high * TWO_32);
    this.at += 12;
  }

  /** A timestamptz from epoch seconds (microseconds since 2000-01-01 on the wire); 0 is NULL. */
  time(epochSeconds: number): void {
    if (epochSeconds <= 0) return this.nullValue();
    this.int8((epochSeconds - POSTGRES_EPOCH_SECONDS) * 1_000_000);
  }

  /** `length` bytes copied as they are: a bytea, a uuid (16 bytes) or ASCII text (enum names, ids). */
  raw(source: Uint8Array, from: number, length: number): void {
    this.view.setInt32(this.at, length);
    const out = this.bytes;
    let at = this.at + 4;
    for (let k = 0; k < length; k++) out[at++] = source[from + k]!;
    this.at = at;
  }

  /** An inet from 4 (IPv4) or 16 (IPv6) address bytes. */
  ip(source: Uint8Array, from: number, v6: boolean): void {
    const head = v6 ? INET_V6_HEAD : INET_V4_HEAD;
    const length = v6 ? 16 : 4;
    const out = this.bytes;
    this.view.setInt32(this.at, 4 + length);
    out.set(head, this.at + 4);
    let at = this.at + 8;
    for (let k = 0; k < length; k++) out[at++] = source[from + k]!;
    this.at = at;
  }

  /**
   * Free text a client sent (client-fields.ts): `length` bytes at `source[from]`, NULL when 0. Agent
   * bytes are UTF-8 already; key bytes are latin1 characters and are encoded to UTF-8 here. Control
   * bytes (which the engine already replaced) become '?', so no value carries a NUL into PostgreSQL.
   * At most 2 bytes out per byte in.
   */
  clientText(source: Uint8Array, from: number, length: number, latin1: boolean): void {
    if (length === 0) return this.nullValue();
    const out = this.bytes;
    const lengthAt = this.at;
    let at = lengthAt + 4;
    for (let k = 0; k < length; k++) {
      const b = source[from + k]!;
      if (b < 0x20 || b === 0x7f) out[at++] = 63; // ?
      else if (b >= 0x80 && latin1) {
        out[at++] = 0xc0 | (b >>> 6);
        out[at++] = 0x80 | (b & 0x3f);
      } else out[at++] = b;
    }
    this.view.setInt32(lengthAt, at - lengthAt - 4);
    this.at = at;
  }

  private grow(): void {
    const grown = this.buffer(this.bytes.length * 2 + this.maxRowBytes + 2);
    grown.set(this.bytes.subarray(0, this.at));
    this.spares.give([this.bytes.buffer as ArrayBuffer]);
    this.bytes = grown;
    this.view = new DataView(grown.buffer, grown.byteOffset, grown.byteLength);
  }

  private buffer(bytes: number): Uint8Array {
    return new Uint8Array(this.spares.take(bytes), 0, bytes);
  }
}
