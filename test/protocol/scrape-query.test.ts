import { describe, expect, it } from 'vitest';
import { parseScrapeQuery } from '../../engine/protocol/scrape-query.js';
import { below, escapeBytes, prng } from './random.js';

const hash = (seed: number): Buffer => {
  const b = Buffer.alloc(20);
  for (let k = 0; k < 20; k++) b[k] = (seed * 37 + k * 11) & 0xff;
  return b;
};
const param = (b: Buffer): string => `info_hash=${escapeBytes(b)}`;

describe('parseScrapeQuery', () => {
  it('collects one hash as a 20-character latin1 string', () => {
    const out: string[] = ['stale'];
    expect(parseScrapeQuery(param(hash(1)), out, 10)).toBeNull();
    expect(out).toEqual([hash(1).toString('latin1')]);
    expect(out[0]).toHaveLength(20);
  });

  it('collects three hashes in request order, keeping duplicates, ignoring other parameters', () => {
    const out: string[] = [];
    const q = `${param(hash(3))}&passkey=x&${param(hash(1))}&ip=%zz&${param(hash(3))}`;
    expect(parseScrapeQuery(q, out, 3)).toBeNull();
    expect(out).toEqual([hash(3), hash(1), hash(3)].map((b) => b.toString('latin1')));
  });

  it('decodes + as a space and %2B as a plus', () => {
    const out: string[] = [];
    expect(parseScrapeQuery(`info_hash=${'+'.repeat(10)}${'%2b'.repeat(10)}`, out, 1)).toBeNull();
    expect(out).toEqual([' '.repeat(10) + '+'.repeat(10)]);
  });

  it('returns success with nothing collected for an empty or hash-less query', () => {
    const out: string[] = ['stale'];
    expect(parseScrapeQuery('', out, 10)).toBeNull();
    expect(out).toEqual([]);
    out.push('stale');
    expect(parseScrapeQuery('foo=bar&&=x', out, 10)).toBeNull();
    expect(out).toEqual([]);
  });

  it('refuses more hashes than allowed', () => {
    const out: string[] = [];
    const q = [1, 2, 3].map((n) => param(hash(n))).join('&');
    expect(parseScrapeQuery(q, out, 2)).toBe('too many info_hash values (max 2)');
    expect(parseScrapeQuery(q, out, 3)).toBeNull();
    expect(out).toHaveLength(3);
  });

  it('refuses hashes that do not decode to 20 bytes', () => {
    const out: string[] = [];
    expect(parseScrapeQuery(`info_hash=${escapeBytes(Buffer.alloc(19))}`, out, 5)).toBe('info_hash must be 20 bytes');
    expect(parseScrapeQuery(`${param(hash(1))}&info_hash=${escapeBytes(Buffer.alloc(21))}`, out, 5)).toBe('info_hash must be 20 bytes');
    expect(parseScrapeQuery('info_hash=', out, 5)).toBe('info_hash must be 20 bytes');
    expect(parseScrapeQuery('info_hash', out, 5)).toBe('info_hash must be 20 bytes');
  });

  it('refuses malformed escapes and illegal characters', () => {
    const out: string[] = [];
    expect(parseScrapeQuery(`info_hash=${'a'.repeat(19)}%f`, out, 5)).toBe('malformed percent-encoding in info_hash');
    expect(parseScrapeQuery(`info_hash=%zz${'a'.repeat(19)}`, out, 5)).toBe('malformed percent-encoding in info_hash');
    expect(parseScrapeQuery(`info_hash=\u00e9${'a'.repeat(19)}`, out, 5)).toBe('invalid character in info_hash');
  });

  it('refuses a query longer than maxHashes can justify', () => {
    const out: string[] = [];
    expect(parseScrapeQuery(`x=${'y'.repeat(1024 + 71 * 2)}`, out, 2)).toBe('query too long');
    // The worst legitimate form, every byte escaped, fits the cap.
    const worst = Array.from({ length: 50 }, () => `info_hash=${'%FF'.repeat(20)}`).join('&');
    expect(parseScrapeQuery(worst, out, 50)).toBeNull();
    expect(out).toHaveLength(50);
  });

  it('never throws on random input (seeded)', () => {
    const rand = prng(7);
    const pieces = ['info_hash', '=', '&', '%', '%4', '%zz', '+', 'a', '\u00ff', '\ud800', escapeBytes(hash(9)), '%00'.repeat(20)];
    const out: string[] = [];
    for (let iter = 0; iter < 3000; iter++) {
      let s = '';
      const n = below(rand, 40);
      for (let k = 0; k < n; k++) s += pieces[below(rand, pieces.length)] as string;
      const result = parseScrapeQuery(s, out, 4);
      expect(result === null || typeof result === 'string').toBe(true);
      if (result === null) for (const h of out) expect(h).toHaveLength(20);
    }
  });
});
