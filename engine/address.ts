/** Peer addresses as the engine keeps them: 4 bytes (IPv4) or 16 bytes (IPv6), never text on the hot path. */
import { isIP } from 'node:net';

const V4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) becomes its 4 IPv4 bytes; anything else is returned as is. */
export function normalizeAddress(bytes: Uint8Array): Uint8Array {
  if (bytes.length !== 16) return bytes;
  for (let k = 0; k < 12; k++) if (bytes[k] !== V4_MAPPED_PREFIX[k]) return bytes;
  return bytes.subarray(12, 16);
}

/**
 * The connection's address as uWS gives it (a new 4- or 16-byte ArrayBuffer on every call), copied
 * into arrays this reader owns and reuses, an IPv4-mapped IPv6 address folded to its 4 IPv4 bytes.
 * One view over the ArrayBuffer is the only allocation left (normalizeAddress over a fresh view
 * made a second one, the subarray). The result is valid until the next `read`: callers copy it
 * (peer store, journal, hand-off) and never keep it.
 */
export class RemoteAddressReader {
  private readonly v4 = new Uint8Array(4);
  private readonly v6 = new Uint8Array(16);

  read(raw: ArrayBuffer): Uint8Array {
    const bytes = new Uint8Array(raw);
    if (bytes.length === 4) return copyInto(this.v4, bytes, 0);
    if (bytes.length !== 16) return bytes; // not an IP address: left for the caller's checks, as before
    for (let k = 0; k < 12; k++) if (bytes[k] !== V4_MAPPED_PREFIX[k]) return copyInto(this.v6, bytes, 0);
    return copyInto(this.v4, bytes, 12);
  }
}

function copyInto(target: Uint8Array, source: Uint8Array, from: number): Uint8Array {
  for (let k = 0; k < target.length; k++) target[k] = source[from + k]!;
  return target;
}

/** Whether `bytes` is one of `addresses` (a handful of trusted proxies: a plain scan, no key built). */
export function isOneOf(addresses: readonly Uint8Array[], bytes: Uint8Array): boolean {
  for (const address of addresses) {
    if (address.length !== bytes.length) continue;
    let k = 0;
    while (k < bytes.length && address[k] === bytes[k]) k++;
    if (k === bytes.length) return true;
  }
  return false;
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
