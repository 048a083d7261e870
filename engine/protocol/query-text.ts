/**
 * Character-level helpers shared by the announce and scrape query parsers. They read the raw query string
 * with charCodeAt and never build substrings, so a parse allocates nothing on the happy path.
 */

/** Value of an ASCII hex digit, or -1. A table beats branching on ranges in the decode loop. */
const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) HEX[0x30 + c] = c;
for (let c = 0; c < 6; c++) {
  HEX[0x41 + c] = 10 + c;
  HEX[0x61 + c] = 10 + c;
}

/** Returned by decodeParam: a `%` not followed by two hex digits. */
export const DECODE_MALFORMED = -1;
/** Returned by decodeParam: a character that cannot appear literally in a query (control, space, non-ASCII). */
export const DECODE_BAD_CHAR = -2;
/** Returned by decodeParam: more bytes than the destination may take. */
export const DECODE_TOO_LONG = -3;

/**
 * Percent-decode q[start, end) into dst[0..cap) and return the byte count, or one of the negative DECODE_*
 * codes. `+` decodes to a space (0x20) as in application/x-www-form-urlencoded, for every parameter,
 * binary ones included: clients that mean a literal 0x2B byte send `%2B`. Stops at the first problem, so the
 * cost is linear in the value even for hostile input.
 */
export function decodeParam(q: string, start: number, end: number, dst: Uint8Array, cap: number): number {
  let n = 0;
  let i = start;
  while (i < end) {
    let c = q.charCodeAt(i);
    if (c === 0x25 /* % */) {
      const hi = hexAt(q, i + 1, end);
      const lo = hexAt(q, i + 2, end);
      if (hi < 0 || lo < 0) return DECODE_MALFORMED;
      c = (hi << 4) | lo;
      i += 3;
    } else if (c === 0x2b /* + */) {
      c = 0x20;
      i++;
    } else if (c > 0x20 && c < 0x7f) {
      i++;
    } else {
      return DECODE_BAD_CHAR;
    }
    if (n === cap) return DECODE_TOO_LONG;
    dst[n++] = c;
  }
  return n;
}

/** Value of the hex digit with character code `code` (either case), or -1. */
export function hexDigitValue(code: number): number {
  return code < 128 ? (HEX[code] as number) : -1;
}

/** Hex digit value of q[i] if i is inside the value, else -1 (covers a truncated `%1` at the end). */
function hexAt(q: string, i: number, end: number): number {
  return i < end ? hexDigitValue(q.charCodeAt(i)) : -1;
}

/** True when q[start, end) spells `literal` exactly (case-sensitive, no decoding: keys are plain ASCII). */
export function spells(q: string, start: number, end: number, literal: string): boolean {
  const n = literal.length;
  if (end - start !== n) return false;
  for (let k = 0; k < n; k++) if (q.charCodeAt(start + k) !== literal.charCodeAt(k)) return false;
  return true;
}

/**
 * Parse q[start, end) as a plain decimal integer: digits only (no sign, no exponent, no percent-encoding,
 * leading zeros allowed), at most Number.MAX_SAFE_INTEGER. Returns -1 when invalid or too large.
 * Bails out on the first digit that overflows, so a megabyte of digits costs ~16 iterations.
 */
export function parseSafeUint(q: string, start: number, end: number): number {
  if (start >= end) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = q.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    // Rounding is monotonic and 2^53 is representable, so an exact result above MAX_SAFE_INTEGER can
    // never round down to a value that passes this check.
    v = v * 10 + d;
    if (v > Number.MAX_SAFE_INTEGER) return -1;
  }
  return v;
}

/** Like parseSafeUint but saturates at `max` instead of failing (for advisory values such as numwant). */
export function parseClampedUint(q: string, start: number, end: number, max: number): number {
  if (start >= end) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = q.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    if (v < max) v = v * 10 + d; // once past max, keep validating digits but stop growing
  }
  return v > max ? max : v;
}

/** Where one `key=value` pair lies in a query string; filled in place by scanPair (one per parser, reused). */
export class PairBounds {
  keyStart = 0;
  keyEnd = 0;
  /** Start and end of the value; equal to keyEnd for a bare key (no '='). */
  valueStart = 0;
  valueEnd = 0;
  bare = false;
  /** Where the next pair starts. */
  next = 0;
}

/**
 * Find the pair starting at `i`. The key is scanned by hand (it ends at '=' or '&'); the value's end is
 * found with the native indexOf, several times faster than a charCodeAt loop, so skipped values are
 * never walked in JS. Each search starts after the previous pair: the total work stays linear.
 */
export function scanPair(query: string, i: number, out: PairBounds): void {
  const len = query.length;
  let j = i;
  let c = 0;
  while (j < len) {
    c = query.charCodeAt(j);
    if (c === 0x3d /* = */ || c === 0x26 /* & */) break;
    j++;
  }
  const bare = j === len || c === 0x26;
  let valueEnd = j;
  if (!bare) {
    valueEnd = query.indexOf('&', j + 1);
    if (valueEnd < 0) valueEnd = len;
  }
  out.keyStart = i;
  out.keyEnd = j;
  out.valueStart = bare ? j : j + 1;
  out.valueEnd = valueEnd;
  out.bare = bare;
  out.next = valueEnd + 1;
}
