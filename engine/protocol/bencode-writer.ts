/**
 * Append-only bencode writer over one reusable Buffer. Each worker keeps one writer and resets it per
 * response, so steady-state encoding allocates nothing but the final view. It does not check structure or
 * key order: callers (responses.ts) write keys in byte order themselves.
 */

const D = 0x64; // 'd'
const L = 0x6c; // 'l'
const E = 0x65; // 'e'
const I = 0x69; // 'i'
const COLON = 0x3a;
const MINUS = 0x2d;

/** Longest decimal form of a safe integer ("-9007199254740991") plus 'i', 'e' / ':' around it. */
const MAX_INT_BYTES = 19;

/**
 * Views up to this length are made once per length and reused (a real answer is a few hundred bytes;
 * numwant 200 with IPv6 stays under 4 KiB). A subarray per response was one Buffer of garbage per
 * request, 40-60 ns each on this machine; the cache is at most 4096 slots of one pointer.
 */
const CACHED_VIEW_LENGTH = 4096;

export class BencodeWriter {
  private buf: Buffer;
  private pos = 0;
  /** views[n] = buf[0, n), made on first use; cleared when growth replaces buf. */
  private views: (Buffer | undefined)[] = new Array<Buffer | undefined>(CACHED_VIEW_LENGTH + 1);

  /**
   * The buffer starts zero-filled (Buffer.alloc, not allocUnsafe) so a reserveBytes region the caller fails
   * to fill can never expose unrelated process memory. It grows by doubling and is kept grown: responses are
   * bounded (numwant is clamped), so the high-water mark is small.
   */
  constructor(initialSize = 4096) {
    this.buf = Buffer.alloc(Math.max(16, initialSize | 0));
  }

  reset(): this {
    this.pos = 0;
    return this;
  }

  /** The underlying buffer. Re-read it after any write: growth replaces it. */
  get buffer(): Buffer {
    return this.buf;
  }

  get length(): number {
    return this.pos;
  }

  /**
   * The bytes written so far, sharing memory with the writer: valid until the next write or reset.
   * The same Buffer object may be returned again for the next response of the same length.
   */
  view(): Buffer {
    const n = this.pos;
    if (n > CACHED_VIEW_LENGTH) return this.buf.subarray(0, n);
    let view = this.views[n];
    if (view === undefined) view = this.views[n] = this.buf.subarray(0, n);
    return view;
  }

  dict(): this {
    return this.byte(D);
  }

  list(): this {
    return this.byte(L);
  }

  end(): this {
    return this.byte(E);
  }

  /** 'i<n>e'. Only safe integers: anything else is a programming error, not client input. */
  int(n: number): this {
    if (!Number.isSafeInteger(n)) throw new TypeError(`bencode integers must be safe integers, got ${n}`);
    this.ensure(MAX_INT_BYTES);
    const buf = this.buf;
    buf[this.pos++] = I;
    this.pos = writeDecimal(buf, this.pos, n);
    buf[this.pos++] = E;
    return this;
  }

  /** Byte string from a latin1 string (one byte per char). Use utf8() for text that may hold other chars. */
  str(s: string): this {
    const n = s.length;
    this.prefix(n);
    const buf = this.buf;
    let p = this.pos;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(k);
      if (c > 0xff) throw new TypeError('BencodeWriter.str() takes latin1 text; use utf8()');
      buf[p++] = c;
    }
    this.pos = p;
    return this;
  }

  /** Byte string holding the UTF-8 encoding of `s` (human-readable messages). */
  utf8(s: string): this {
    const n = Buffer.byteLength(s, 'utf8');
    this.prefix(n);
    this.pos += this.buf.write(s, this.pos, n, 'utf8');
    return this;
  }

  /** Byte string copied from src[start, end). */
  bytes(src: Uint8Array, start = 0, end = src.length): this {
    const n = end - start;
    this.prefix(n);
    const buf = this.buf;
    if (n <= 32) {
      // For peer ids and hashes a plain loop beats creating a subarray view for set().
      let p = this.pos;
      for (let k = start; k < end; k++) buf[p++] = src[k] as number;
    } else {
      buf.set(src.subarray(start, end), this.pos);
    }
    this.pos += n;
    return this;
  }

  /** Append pre-encoded bencode verbatim (constant tokens such as "8:complete"). */
  raw(src: Uint8Array): this {
    const n = src.length;
    this.ensure(n);
    this.buf.set(src, this.pos);
    this.pos += n;
    return this;
  }

  /**
   * Write the length prefix of an n-byte string and skip its body. Returns the offset in `buffer` where the
   * caller writes exactly n bytes (read `buffer` after this call: it may have grown).
   */
  reserveBytes(n: number): number {
    this.prefix(n);
    const at = this.pos;
    this.pos += n;
    return at;
  }

  /** "<n>:" and room for n more bytes. */
  private prefix(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`invalid byte string length ${n}`);
    this.ensure(MAX_INT_BYTES + n);
    this.pos = writeDecimal(this.buf, this.pos, n);
    this.buf[this.pos++] = COLON;
  }

  private byte(b: number): this {
    this.ensure(1);
    this.buf[this.pos++] = b;
    return this;
  }

  private ensure(extra: number): void {
    const need = this.pos + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
    this.views = new Array<Buffer | undefined>(CACHED_VIEW_LENGTH + 1);
  }
}

/** Write n in decimal at buf[pos] without building a string; returns the new position. */
function writeDecimal(buf: Buffer, pos: number, n: number): number {
  if (n < 0) {
    buf[pos++] = MINUS;
    n = -n;
  }
  if (n < 10) {
    buf[pos] = 0x30 + n; // also turns -0 into "0", which bencode requires
    return pos + 1;
  }
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  let at = pos + digits;
  const endPos = at;
  while (n >= 10) {
    const q = Math.floor(n / 10);
    buf[--at] = 0x30 + (n - q * 10);
    n = q;
  }
  buf[--at] = 0x30 + n;
  return endPos;
}
