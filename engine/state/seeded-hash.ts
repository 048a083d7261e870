/**
 * The hash of the engine's open-addressing indexes keyed by 20 bytes (a swarm's info_hash, a peer's
 * peer_id): FNV-1a, seeded per process. Clients and uploaders choose these bytes, so with a secret
 * seed none can be picked to collide in an index.
 */
import { randomBytes } from 'node:crypto';

const SEED = randomBytes(4).readUInt32LE(0);

/** The hash of the 20 bytes at `bytes[offset]`, with `salt` (a number that is part of the key) mixed in. */
export function hash20(bytes: Uint8Array, offset: number, salt: number): number {
  let h = (0x811c9dc5 ^ SEED ^ salt) >>> 0;
  for (let k = 0; k < 20; k++) {
    h ^= bytes[offset + k]!;
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 15)) >>> 0;
}
