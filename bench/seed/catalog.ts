/**
 * The users and torrents every benchmark run seeds, drawn from a seed so each tracker in a run (and
 * each later run) sees the same passkeys and info hashes.
 */
import { seededRandom, type Random } from '../support/prng.js';

export interface BenchCatalog {
  /** Passkeys by user index (32 alphanumerics, as the users table demands). */
  passkeys: string[];
  /** User ids (UUIDs) by user index. */
  userIds: string[];
  /** 20-byte info hashes by torrent index. */
  infoHashes: Buffer[];
  torrentIds: string[];
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function passkey(random: Random): string {
  let out = '';
  for (let i = 0; i < 32; i++) out += ALPHANUMERIC[Math.floor(random() * ALPHANUMERIC.length)];
  return out;
}

function bytes(random: Random, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** A version-4-shaped UUID from the seeded stream (ids are ours to choose; COPY supplies them). */
function uuid(random: Random): string {
  const b = bytes(random, 16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function buildCatalog(users: number, torrents: number, seed: number): BenchCatalog {
  const random = seededRandom(seed);
  const catalog: BenchCatalog = { passkeys: [], userIds: [], infoHashes: [], torrentIds: [] };
  for (let i = 0; i < users; i++) {
    catalog.passkeys.push(passkey(random));
    catalog.userIds.push(uuid(random));
  }
  for (let i = 0; i < torrents; i++) {
    catalog.infoHashes.push(bytes(random, 20));
    catalog.torrentIds.push(uuid(random));
  }
  return catalog;
}
