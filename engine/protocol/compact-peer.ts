/**
 * Compact peer entries: BEP 23 (4-byte IPv4 + 2-byte port) and BEP 7 (16-byte IPv6 + 2-byte port), all in
 * network byte order. Written byte by byte because entries are tiny and the call sites are hot.
 */

export const COMPACT_IPV4_SIZE = 6;
export const COMPACT_IPV6_SIZE = 18;

/** Copy 4 address bytes from src[srcOffset] and the port into dst[offset..offset+6). Returns the next offset. */
export function writeIPv4Compact(dst: Uint8Array, offset: number, src: Uint8Array, srcOffset: number, port: number): number {
  dst[offset] = src[srcOffset] as number;
  dst[offset + 1] = src[srcOffset + 1] as number;
  dst[offset + 2] = src[srcOffset + 2] as number;
  dst[offset + 3] = src[srcOffset + 3] as number;
  dst[offset + 4] = port >>> 8;
  dst[offset + 5] = port;
  return offset + 6;
}

/** Copy 16 address bytes from src[srcOffset] and the port into dst[offset..offset+18). Returns the next offset. */
export function writeIPv6Compact(dst: Uint8Array, offset: number, src: Uint8Array, srcOffset: number, port: number): number {
  for (let k = 0; k < 16; k++) dst[offset + k] = src[srcOffset + k] as number;
  dst[offset + 16] = port >>> 8;
  dst[offset + 17] = port;
  return offset + 18;
}
