/**
 * Writes PostgreSQL COPY text format straight into bytes: numbers, uuids, bytea, inet and timestamps
 * formatted digit by digit from binary records, with no intermediate strings. None of the values it
 * writes can contain a tab, newline or backslash other than the bytea prefix and client text, which are
 * escaped.
 */

import type { SpareBuffers } from './spare-buffers.js';

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DIGIT_0 = 48;

export class CopyText {
  private bytes: Uint8Array;
  private at = 0;
  /** Day number and "YYYY-MM-DD" bytes of the last timestamp written (a batch spans few days). */
  private day = -1;
  private readonly dayText = new Uint8Array(10);

  /**
   * Sized for `rows` of a typical `rowBytes`; `row()` grows it when a row of `maxRowBytes` might not
   * fit. Buffers come from `spares` and outgrown ones go back to it (spare-buffers.ts).
   */
  constructor(rows: number, rowBytes: number, private readonly maxRowBytes: number, private readonly spares: SpareBuffers) {
    this.bytes = this.buffer(Math.max(maxRowBytes, rows * rowBytes));
  }

  /** Call before each row: makes room for one row of at most `maxRowBytes`. */
  row(): void {
    if (this.at + this.maxRowBytes <= this.bytes.length) return;
    const grown = this.buffer(this.bytes.length * 2 + this.maxRowBytes);
    grown.set(this.bytes.subarray(0, this.at));
    this.spares.give([this.bytes.buffer as ArrayBuffer]);
    this.bytes = grown;
  }

  /**
   * The text written: a view over the buffer it was built in, which travels with it (it is
   * transferred, kept for retries, then given back to the spares), so no copy is made.
   */
  finish(): Uint8Array {
    return this.bytes.subarray(0, this.at);
  }

  private buffer(bytes: number): Uint8Array {
    return new Uint8Array(this.spares.take(bytes), 0, bytes);
  }

  tab(): void {
    this.bytes[this.at++] = TAB;
  }

  endRow(): void {
    this.bytes[this.at++] = NEWLINE;
  }

  nullValue(): void {
    this.bytes[this.at++] = BACKSLASH;
    this.bytes[this.at++] = 78; // N
  }

  bool(value: boolean): void {
    this.bytes[this.at++] = value ? 116 : 102; // t / f
  }

  /** ASCII bytes copied as they are (ids, enum names). */
  ascii(source: Uint8Array, from: number, length: number): void {
    const out = this.bytes;
    let at = this.at;
    for (let k = 0; k < length; k++) out[at++] = source[from + k]!;
    this.at = at;
  }

  /** bytea in hex input form; its backslash escaped for COPY: \\x0a1b... */
  bytea(source: Uint8Array, from: number, length: number): void {
    const out = this.bytes;
    let at = this.at;
    out[at++] = BACKSLASH;
    out[at++] = BACKSLASH;
    out[at++] = 120; // x
    for (let k = 0; k < length; k++) {
      const b = source[from + k]!;
      out[at++] = HEX[b >>> 4]!;
      out[at++] = HEX[b & 15]!;
    }
    this.at = at;
  }

  /**
   * Free text a client sent (client-fields.ts): `length` bytes at `source[from]`, NULL when 0. Agent
   * bytes are UTF-8 already; key bytes are latin1 characters and are encoded to UTF-8 here. Backslash is
   * escaped; control bytes (which the engine already replaced) become '?', so no value can end a field
   * or a row or carry a NUL into PostgreSQL. At most 2 bytes out per byte in.
   */
  clientText(source: Uint8Array, from: number, length: number, latin1: boolean): void {
    if (length === 0) {
      this.nullValue();
      return;
    }
    const out = this.bytes;
    let at = this.at;
    for (let k = 0; k < length; k++) {
      const b = source[from + k]!;
      if (b === BACKSLASH) {
        out[at++] = BACKSLASH;
        out[at++] = BACKSLASH;
      } else if (b < 0x20 || b === 0x7f) out[at++] = 63; // ?
      else if (b >= 0x80 && latin1) {
        out[at++] = 0xc0 | (b >>> 6);
        out[at++] = 0x80 | (b & 0x3f);
      } else out[at++] = b;
    }
    this.at = at;
  }

  /** A whole number; byte counts and credited amounts (fractional after multipliers) are rounded. */
  int(value: number): void {
    let n = Math.round(value);
    if (n < 0) {
      this.bytes[this.at++] = 45; // -
      n = -n;
    }
    if (!(n < 1e15)) {
      // Beyond any real counter (and NaN): let JavaScript spell it, as the text encoder always did.
      const text = String(n);
      for (let k = 0; k < text.length; k++) this.bytes[this.at++] = text.charCodeAt(k);
      return;
    }
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    const out = this.bytes;
    const first = this.at;
    let at = first + digits;
    this.at = at;
    // Below 1e15 every step is exact in a double.
    while (at > first) {
      const q = Math.floor(n / 10);
      out[--at] = DIGIT_0 + (n - q * 10);
      n = q;
    }
  }

  /** An inet: IPv4 dotted decimal, or IPv6 as eight hex groups (uncompressed, valid everywhere). */
  ip(source: Uint8Array, from: number, v6: boolean): void {
    if (!v6) {
      for (let k = 0; k < 4; k++) {
        if (k > 0) this.bytes[this.at++] = 46; // .
        this.int(source[from + k]!);
      }
      return;
    }
    const out = this.bytes;
    for (let k = 0; k < 16; k += 2) {
      if (k > 0) out[this.at++] = 58; // :
      const word = (source[from + k]! << 8) | source[from + k + 1]!;
      let started = false;
      for (let shift = 12; shift >= 0; shift -= 4) {
        const nibble = (word >>> shift) & 15;
        if (nibble === 0 && !started && shift > 0) continue;
        started = true;
        out[this.at++] = HEX[nibble]!;
      }
    }
  }

  /** A timestamptz from epoch seconds, as YYYY-MM-DDTHH:MM:SSZ; 0 is NULL. */
  time(epochSeconds: number): void {
    if (epochSeconds <= 0) {
      this.nullValue();
      return;
    }
    const day = Math.floor(epochSeconds / 86400);
    if (day !== this.day) {
      const text = new Date(day * 86_400_000).toISOString();
      for (let k = 0; k < 10; k++) this.dayText[k] = text.charCodeAt(k);
      this.day = day;
    }
    this.ascii(this.dayText, 0, 10);
    const second = epochSeconds - day * 86400;
    const out = this.bytes;
    out[this.at++] = 84; // T
    this.twoDigits(Math.floor(second / 3600));
    out[this.at++] = 58;
    this.twoDigits(Math.floor(second / 60) % 60);
    out[this.at++] = 58;
    this.twoDigits(second % 60);
    out[this.at++] = 90; // Z
  }

  private twoDigits(n: number): void {
    this.bytes[this.at++] = DIGIT_0 + Math.floor(n / 10);
    this.bytes[this.at++] = DIGIT_0 + (n % 10);
  }
}
