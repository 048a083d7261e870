/**
 * Lease ids are uuids (they are torbox_concurrency_log ids) that carry their lease-table cell: bytes
 * 0-3 the cell index, 12-15 the cell's generation, the rest random (with the v4 version and variant
 * bits). Any worker finds a lease from its id in O(1) and tells a reused cell from the lease it held.
 */
import { randomFillSync } from 'node:crypto';

export const LEASE_ID_BYTES = 16;

const HEX = '0123456789abcdef';
/**
 * Random bytes for ids, filled 256 ids at a time: one randomFillSync call costs about as much as a
 * whole stream start otherwise does, whatever its size.
 */
const random = new Uint8Array(256 * LEASE_ID_BYTES);
let randomAt = random.length;

/** Write a fresh id for (`cell`, `generation`) into `out` at `offset`. */
export function newLeaseId(cell: number, generation: number, out: Uint8Array, offset: number): void {
  if (randomAt === random.length) {
    randomFillSync(random);
    randomAt = 0;
  }
  const r = randomAt;
  randomAt += LEASE_ID_BYTES;
  out[offset] = cell >>> 24;
  out[offset + 1] = (cell >>> 16) & 0xff;
  out[offset + 2] = (cell >>> 8) & 0xff;
  out[offset + 3] = cell & 0xff;
  out[offset + 4] = random[r + 4]!;
  out[offset + 5] = random[r + 5]!;
  out[offset + 6] = 0x40 | (random[r + 6]! & 0x0f);
  out[offset + 7] = random[r + 7]!;
  out[offset + 8] = 0x80 | (random[r + 8]! & 0x3f);
  out[offset + 9] = random[r + 9]!;
  out[offset + 10] = random[r + 10]!;
  out[offset + 11] = random[r + 11]!;
  out[offset + 12] = generation >>> 24;
  out[offset + 13] = (generation >>> 16) & 0xff;
  out[offset + 14] = (generation >>> 8) & 0xff;
  out[offset + 15] = generation & 0xff;
}

/** The canonical text form (lower-case, hyphenated). */
export function formatLeaseId(bytes: Uint8Array, offset: number): string {
  let out = '';
  for (let i = 0; i < LEASE_ID_BYTES; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    const b = bytes[offset + i]!;
    out += HEX[b >> 4]! + HEX[b & 15]!;
  }
  return out;
}

function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/** Parse a hyphenated uuid into `out` (16 bytes); false when `text` is not one. */
export function parseLeaseId(text: string, out: Uint8Array): boolean {
  if (text.length !== 36) return false;
  let k = 0;
  for (let i = 0; i < 36; ) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (text.charCodeAt(i) !== 45) return false;
      i++;
      continue;
    }
    const hi = nibble(text.charCodeAt(i));
    const lo = nibble(text.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) return false;
    out[k++] = (hi << 4) | lo;
    i += 2;
  }
  return true;
}

export function cellOfLeaseId(bytes: Uint8Array): number {
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

export function generationOfLeaseId(bytes: Uint8Array): number {
  return ((bytes[12]! << 24) | (bytes[13]! << 16) | (bytes[14]! << 8) | bytes[15]!) >>> 0;
}
