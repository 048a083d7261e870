/** A file of reproducible pseudo-random bytes to transfer, with its SHA-256 to compare the copy against. */
import { createHash } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp-dir.js';

export interface Payload {
  /** Directory holding only the payload file: a seeder's data directory. */
  dir: string;
  /** File name, which is also the torrent's `name`. */
  name: string;
  path: string;
  size: number;
  sha256: string;
}

export interface PayloadOptions {
  sizeBytes: number;
  /** Same seed, same bytes. */
  seed?: number;
  name?: string;
}

export async function createPayload({ sizeBytes, seed = 1, name = 'payload.bin' }: PayloadOptions): Promise<Payload> {
  const dir = makeTempDir('payload');
  const path = join(dir, name);
  writeFileSync(path, pseudoRandomBytes(sizeBytes, seed));
  return { dir, name, path, size: sizeBytes, sha256: await sha256File(path) };
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** xorshift128 (Marsaglia), its state spread from the seed; not for cryptography, only for repeatable test data. */
export function pseudoRandomBytes(size: number, seed: number): Buffer {
  const state = new Uint32Array(4);
  let s = seed >>> 0 || 0x9e3779b9;
  for (let i = 0; i < 4; i++) {
    s = (Math.imul(s ^ (s >>> 16), 0x45d9f3b) + 0x9e3779b9) >>> 0;
    state[i] = s || 1;
  }
  const out = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += 4) {
    let t = state[3]!;
    t ^= t << 11;
    t ^= t >>> 8;
    state[3] = state[2]!;
    state[2] = state[1]!;
    state[1] = state[0]!;
    const w = state[0]!;
    state[0] = (t ^ w ^ (w >>> 19)) >>> 0;
    const word = state[0]!;
    for (let b = 0; b < 4 && offset + b < size; b++) out[offset + b] = (word >>> (8 * b)) & 0xff;
  }
  return out;
}
