/**
 * Finds where a value sits in bencoded bytes, without decoding it, so it can be hashed or copied verbatim.
 * The info_hash is the SHA-1 of the info dictionary's exact bytes: re-encoding a decoded copy is not safe.
 */

export interface Span {
  start: number;
  end: number;
}

/** The byte range of `key`'s value in the top-level dictionary, or undefined when the key is absent. */
export function topLevelValueSpan(data: Uint8Array, key: string): Span | undefined {
  if (data[0] !== 0x64 /* d */) throw new Error('bencode: top level is not a dictionary');
  let at = 1;
  while (data[at] !== 0x65 /* e */) {
    if (at >= data.length) throw new Error('bencode: unterminated dictionary');
    const keyStart = at;
    at = valueEnd(data, at);
    const valueStart = at;
    at = valueEnd(data, at);
    if (decodedStringEquals(data, keyStart, key)) return { start: valueStart, end: at };
  }
  return undefined;
}

/** Index just past the value starting at `at`. */
export function valueEnd(data: Uint8Array, at: number): number {
  const c = data[at];
  if (c === undefined) throw new Error(`bencode: truncated at ${at}`);
  if (c === 0x69 /* i */) return indexOf(data, 0x65, at) + 1;
  if (c === 0x6c /* l */ || c === 0x64 /* d */) {
    let next = at + 1;
    while (data[next] !== 0x65) {
      if (next >= data.length) throw new Error(`bencode: unterminated container at ${at}`);
      next = valueEnd(data, next);
    }
    return next + 1;
  }
  if (c >= 0x30 && c <= 0x39) {
    const colon = indexOf(data, 0x3a /* : */, at);
    const length = Number(Buffer.from(data.subarray(at, colon)).toString('ascii'));
    if (!Number.isSafeInteger(length)) throw new Error(`bencode: bad string length at ${at}`);
    const end = colon + 1 + length;
    if (end > data.length) throw new Error(`bencode: string past the end at ${at}`);
    return end;
  }
  throw new Error(`bencode: unexpected byte 0x${c.toString(16)} at ${at}`);
}

function indexOf(data: Uint8Array, byte: number, from: number): number {
  const found = data.indexOf(byte, from);
  if (found < 0) throw new Error(`bencode: missing 0x${byte.toString(16)} after ${from}`);
  return found;
}

function decodedStringEquals(data: Uint8Array, at: number, expected: string): boolean {
  const colon = indexOf(data, 0x3a, at);
  return Buffer.from(data.subarray(colon + 1, valueEnd(data, at))).equals(Buffer.from(expected));
}
