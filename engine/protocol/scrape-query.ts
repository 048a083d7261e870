/**
 * Scrape query parser: collects every info_hash as a 20-character latin1 string, the form the engine uses as
 * a map key. Same decoding rules as the announce parser (see query-text.ts); other parameters are ignored.
 * Order and duplicates are kept as sent (writeScrape sorts and drops duplicates when encoding).
 */
import { DECODE_BAD_CHAR, DECODE_MALFORMED, decodeParam, PairBounds, scanPair, spells } from './query-text.js';

/** Characters allowed per requested hash ("info_hash=" + 60 percent-encoded chars + "&") in the length cap. */
const CHARS_PER_HASH = 71;
/** Room for the other parameters some clients append (passkeys travel in the path, not here). */
const LENGTH_SLACK = 1024;

const HASH_LENGTH = 'info_hash must be 20 bytes';
const MALFORMED = 'malformed percent-encoding in info_hash';
const BAD_CHAR = 'invalid character in info_hash';

const scratch = Buffer.alloc(20);
const pair = new PairBounds();

/**
 * Parse the raw scrape query (without `?`) into `out`, which is cleared first. Returns null on success,
 * otherwise a short reason for the client's user. No info_hash at all is a success with `out` empty.
 * Never throws; the query is capped at 1024 + 71 * maxHashes characters so the work stays bounded.
 */
export function parseScrapeQuery(query: string, out: string[], maxHashes: number): string | null {
  out.length = 0;
  const len = query.length;
  if (len > LENGTH_SLACK + CHARS_PER_HASH * maxHashes) return 'query too long';

  let i = 0;
  while (i < len) {
    scanPair(query, i, pair);
    i = pair.next;
    if (!spells(query, pair.keyStart, pair.keyEnd, 'info_hash')) continue;
    if (out.length >= maxHashes) return `too many info_hash values (max ${maxHashes})`;
    const n = pair.bare ? 0 : decodeParam(query, pair.valueStart, pair.valueEnd, scratch, 20);
    if (n === DECODE_MALFORMED) return MALFORMED;
    if (n === DECODE_BAD_CHAR) return BAD_CHAR;
    if (n !== 20) return HASH_LENGTH;
    out.push(scratch.toString('latin1', 0, 20));
  }
  return null;
}
