/** Peer addresses as the engine keeps them: 4 bytes (IPv4) or 16 bytes (IPv6), never text on the hot path. */
import { isIP } from 'node:net';

const V4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) becomes its 4 IPv4 bytes; anything else is returned as is. */
export function normalizeAddress(bytes: Uint8Array): Uint8Array {
  if (bytes.length !== 16) return bytes;
  for (let k = 0; k < 12; k++) if (bytes[k] !== V4_MAPPED_PREFIX[k]) return bytes;
  return bytes.subarray(12, 16);
}

/** Text to bytes; null when it is not an IP address. */
export function parseAddress(text: string): Uint8Array | null {
  const family = isIP(text);
  if (family === 4) return Uint8Array.from(text.split('.').map(Number));
  if (family !== 6) return null;
  const bytes = new Uint8Array(16);
  let [head, tail] = text.split('::') as [string, string | undefined];
  const embeddedV4 = (part: string) => (part.includes('.') ? part : null);
  const words = (part: string | undefined): number[] => {
    if (!part) return [];
    const out: number[] = [];
    for (const piece of part.split(':')) {
      const v4 = embeddedV4(piece);
      if (v4) {
        const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
        out.push((a << 8) | b, (c << 8) | d);
      } else out.push(parseInt(piece, 16));
    }
    return out;
  };
  const headWords = words(head);
  const tailWords = tail === undefined ? [] : words(tail);
  const all = tail === undefined ? headWords : [...headWords, ...new Array(8 - headWords.length - tailWords.length).fill(0), ...tailWords];
  all.forEach((w, i) => {
    bytes[i * 2] = w >>> 8;
    bytes[i * 2 + 1] = w & 0xff;
  });
  return normalizeAddress(bytes);
}

/** Bytes to text (dictionary peers and logs only). */
export function formatAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
  const groups: string[] = [];
  for (let k = 0; k < 16; k += 2) groups.push(((bytes[k]! << 8) | bytes[k + 1]!).toString(16));
  // Uncompressed (no "::"): valid everywhere and trivially correct.
  return groups.join(':');
}

/** Port entries as configured ("25", "6881-6889") as [from, to] ranges; a bad entry throws. */
export function parsePortRanges(entries: string[]): [number, number][] {
  return entries.map((entry) => {
    const [from, to] = entry.split('-').map((s) => Number(s.trim()));
    if (from === undefined || !Number.isInteger(from)) throw new Error(`bad port entry "${entry}"`);
    const end = to === undefined ? from : to;
    if (!Number.isInteger(end) || from < 0 || end > 65535 || end < from) throw new Error(`bad port range "${entry}"`);
    return [from, end];
  });
}

/** A lookup table with 1 at every blacklisted port. */
export function portTable(ranges: [number, number][]): Uint8Array {
  const table = new Uint8Array(65536);
  for (const [from, to] of ranges) table.fill(1, Math.max(0, from), Math.min(65535, to) + 1);
  return table;
}
