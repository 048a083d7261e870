/**
 * Byte positions inside bencoded data without decoding it. The info_hash is defined over the info
 * dictionary's bytes exactly as they appear in the .torrent file; decoding and re-encoding could
 * change them (non-canonical key order, leading zeros), so the span is found by walking the bytes.
 */

export class BencodeSyntaxError extends Error {
  override name = 'BencodeSyntaxError';
}

const D = 0x64, L = 0x6c, I = 0x69, E = 0x65, COLON = 0x3a;
const MAX_DEPTH = 64;

/** Index just past the value that starts at `at`. */
export function skipValue(data: Uint8Array, at: number, depth = 0): number {
  if (depth > MAX_DEPTH) throw new BencodeSyntaxError(`nested deeper than ${MAX_DEPTH} levels`);
  const c = data[at];
  if (c === undefined) throw new BencodeSyntaxError(`truncated at byte ${at}`);
  if (c === I) {
    const end = data.indexOf(E, at + 1);
    if (end < 0) throw new BencodeSyntaxError(`unterminated integer at byte ${at}`);
    return end + 1;
  }
  if (c === L || c === D) {
    let next = at + 1;
    while (data[next] !== E) {
      if (next >= data.length) throw new BencodeSyntaxError(`unterminated ${c === L ? 'list' : 'dictionary'} at byte ${at}`);
      if (c === D && !(data[next]! >= 0x30 && data[next]! <= 0x39)) throw new BencodeSyntaxError(`dictionary key at byte ${next} is not a string`);
      next = skipValue(data, next, depth + 1);
      if (c === D) next = skipValue(data, next, depth + 1);
    }
    return next + 1;
  }
  if (c >= 0x30 && c <= 0x39) {
    const colon = data.indexOf(COLON, at);
    if (colon < 0 || colon - at > 12) throw new BencodeSyntaxError(`bad string length at byte ${at}`);
    const length = Number(Buffer.from(data.subarray(at, colon)).toString('ascii'));
    if (!Number.isSafeInteger(length)) throw new BencodeSyntaxError(`bad string length at byte ${at}`);
    const end = colon + 1 + length;
    if (end > data.length) throw new BencodeSyntaxError(`string at byte ${at} runs past the end`);
    return end;
  }
  throw new BencodeSyntaxError(`unexpected byte 0x${c.toString(16)} at ${at}`);
}

/**
 * Checks that `data` is exactly one dictionary and returns the span of `key`'s value in it
 * (undefined when absent).
 */
export function topLevelValueSpan(data: Uint8Array, key: string): { start: number; end: number } | undefined {
  if (data[0] !== D) throw new BencodeSyntaxError('the file is not a bencoded dictionary');
  if (skipValue(data, 0) !== data.length) throw new BencodeSyntaxError('bytes follow the top-level dictionary');
  const wanted = Buffer.from(key);
  let at = 1;
  while (data[at] !== E) {
    const keyEnd = skipValue(data, at);
    const keyBytes = data.subarray(data.indexOf(COLON, at) + 1, keyEnd);
    const valueEnd = skipValue(data, keyEnd);
    if (wanted.equals(keyBytes)) return { start: keyEnd, end: valueEnd };
    at = valueEnd;
  }
  return undefined;
}
