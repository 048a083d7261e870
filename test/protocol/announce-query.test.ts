import { describe, expect, it } from 'vitest';
import {
  AnnounceEvent,
  AnnounceQuery,
  MAX_ANNOUNCE_QUERY_LENGTH,
  MAX_NUMWANT,
  parseAnnounceQuery,
} from '../../engine/protocol/announce-query.js';
import { below, escapeBytes, prng } from './random.js';

// A Transmission 4 announce: unreserved bytes of the hash are sent literally, the rest as %XX.
const HASH_HEX = '126162636ffe2e7e4100202d5f9930318a7a5a0a';
const HASH_ESCAPED = '%12abco%FE.~A%00%20-_%9901%8AzZ%0A';
const PEER_ID = '-TR4050-x8rjd0q1pq2z';
const TRANSMISSION =
  `info_hash=${HASH_ESCAPED}&peer_id=${PEER_ID}&port=51413&uploaded=1024&downloaded=2048` +
  '&left=734003200&numwant=80&key=1A2B3C4D&compact=1&supportcrypto=1&event=started';

/** A valid query with `overrides` replacing (or, with null, removing) parameters. */
function query(overrides: Record<string, string | null> = {}): string {
  const params: Record<string, string | null> = {
    info_hash: escapeBytes(Buffer.alloc(20, 0xab)),
    peer_id: escapeBytes(Buffer.from('-qB4630-abcdefghijkl')),
    port: '6881',
    uploaded: '0',
    downloaded: '0',
    left: '100',
    ...overrides,
  };
  return Object.entries(params)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function parse(q: string): { error: string | null; out: AnnounceQuery } {
  const out = new AnnounceQuery();
  return { error: parseAnnounceQuery(q, out), out };
}

describe('parseAnnounceQuery: valid input', () => {
  it('parses a real Transmission announce with mixed literal and %XX bytes', () => {
    const { error, out } = parse(TRANSMISSION);
    expect(error).toBeNull();
    expect(out.infoHash.toString('hex')).toBe(HASH_HEX);
    expect(out.peerId.toString('latin1')).toBe(PEER_ID);
    expect(out.port).toBe(51413);
    expect(out.uploaded).toBe(1024);
    expect(out.downloaded).toBe(2048);
    expect(out.left).toBe(734003200);
    expect(out.numwant).toBe(80);
    expect(out.key).toBe('1A2B3C4D');
    expect(out.compact).toBe(true);
    expect(out.event).toBe(AnnounceEvent.Started);
    expect(out.noPeerId).toBe(false);
    expect(out.corrupt).toBe(0);
  });

  it('fills defaults for absent optional parameters', () => {
    const { error, out } = parse(query());
    expect(error).toBeNull();
    expect(out.event).toBe(AnnounceEvent.None);
    expect(out.compact).toBe(true);
    expect(out.noPeerId).toBe(false);
    expect(out.numwant).toBe(-1);
    expect(out.key).toBe('');
    expect(out.corrupt).toBe(0);
    expect(out.port).toBe(6881);
    expect(out.left).toBe(100);
  });

  it('resets every field when the instance is reused', () => {
    const out = new AnnounceQuery();
    expect(parseAnnounceQuery(query({ numwant: '30', key: 'abc', event: 'stopped', compact: '0', no_peer_id: '1', corrupt: '7' }), out)).toBeNull();
    expect([out.numwant, out.key, out.event, out.compact, out.noPeerId, out.corrupt]).toEqual([30, 'abc', AnnounceEvent.Stopped, false, true, 7]);
    expect(parseAnnounceQuery(query(), out)).toBeNull();
    expect([out.numwant, out.key, out.event, out.compact, out.noPeerId, out.corrupt]).toEqual([-1, '', AnnounceEvent.None, true, false, 0]);
  });

  it('round-trips every byte value in info_hash and peer_id', () => {
    for (let base = 0; base < 256; base += 20) {
      const bytes = Buffer.alloc(20);
      for (let k = 0; k < 20; k++) bytes[k] = (base + k) & 0xff;
      const { error, out } = parse(query({ info_hash: escapeBytes(bytes), peer_id: escapeBytes(bytes.reverse()) }));
      expect(error).toBeNull();
      expect(out.peerId.equals(bytes)).toBe(true);
      expect(out.infoHash.equals(Buffer.from(bytes).reverse())).toBe(true);
    }
  });

  it('accepts lowercase hex and literal reserved-but-printable characters', () => {
    const { error, out } = parse(query({ info_hash: '%ab%cD' + '!*()\'$,;:@/?'.padEnd(18, '=') }));
    expect(error).toBeNull();
    expect(out.infoHash.subarray(0, 2).toString('hex')).toBe('abcd');
    expect(out.infoHash.subarray(2).toString('latin1')).toBe('!*()\'$,;:@/?======');
  });

  it('decodes + as a space (0x20) in binary values, and %2B as a plus', () => {
    const { error, out } = parse(query({ info_hash: '+'.repeat(10) + '%2B'.repeat(10) }));
    expect(error).toBeNull();
    expect(out.infoHash.toString('latin1')).toBe(' '.repeat(10) + '+'.repeat(10));
  });

  it('accepts every event spelling', () => {
    const cases: Array<[string, AnnounceEvent]> = [
      ['', AnnounceEvent.None],
      ['empty', AnnounceEvent.None],
      ['started', AnnounceEvent.Started],
      ['stopped', AnnounceEvent.Stopped],
      ['completed', AnnounceEvent.Completed],
      ['paused', AnnounceEvent.Paused],
    ];
    for (const [value, event] of cases) {
      const { error, out } = parse(query({ event: value }));
      expect(error).toBeNull();
      expect(out.event).toBe(event);
    }
    expect(parse(`${query()}&event`).out.event).toBe(AnnounceEvent.None);
  });

  it('reads compact and no_peer_id flags, including a bare no_peer_id', () => {
    expect(parse(query({ compact: '0' })).out.compact).toBe(false);
    expect(parse(query({ compact: '1' })).out.compact).toBe(true);
    expect(parse(query({ no_peer_id: '1' })).out.noPeerId).toBe(true);
    expect(parse(query({ no_peer_id: '0' })).out.noPeerId).toBe(false);
    expect(parse(query({ no_peer_id: '' })).out.noPeerId).toBe(true);
    const bare = parse(`${query()}&no_peer_id`);
    expect(bare.error).toBeNull();
    expect(bare.out.noPeerId).toBe(true);
  });

  it('accepts port 0 and 65535 and the largest safe integers', () => {
    expect(parse(query({ port: '0' })).out.port).toBe(0);
    expect(parse(query({ port: '65535' })).out.port).toBe(65535);
    const { error, out } = parse(query({ uploaded: '9007199254740991', downloaded: '0009007199254740991', left: '0' }));
    expect(error).toBeNull();
    expect(out.uploaded).toBe(Number.MAX_SAFE_INTEGER);
    expect(out.downloaded).toBe(Number.MAX_SAFE_INTEGER);
    expect(out.left).toBe(0);
  });

  it('clamps numwant instead of refusing it', () => {
    expect(parse(query({ numwant: '0' })).out.numwant).toBe(0);
    expect(parse(query({ numwant: '200' })).out.numwant).toBe(200);
    expect(parse(query({ numwant: String(MAX_NUMWANT) })).out.numwant).toBe(MAX_NUMWANT);
    expect(parse(query({ numwant: String(MAX_NUMWANT + 1) })).out.numwant).toBe(MAX_NUMWANT);
    const huge = parse(query({ numwant: '9'.repeat(400) }));
    expect(huge.error).toBeNull();
    expect(huge.out.numwant).toBe(MAX_NUMWANT);
  });

  it('decodes key, capped at 64 bytes', () => {
    expect(parse(query({ key: 'a'.repeat(64) })).out.key).toBe('a'.repeat(64));
    expect(parse(query({ key: '%41%42+c' })).out.key).toBe('AB c');
    expect(parse(query({ key: '%41'.repeat(64) })).out.key).toBe('A'.repeat(64));
    expect(parse(query({ key: '' })).out.key).toBe('');
    expect(parse(query({ key: 'a'.repeat(65) })).error).toBe('key too long (max 64 bytes)');
    expect(parse(query({ key: '%41'.repeat(65) })).error).toBe('key too long (max 64 bytes)');
  });

  it('reads corrupt', () => {
    expect(parse(query({ corrupt: '123' })).out.corrupt).toBe(123);
    expect(parse(query({ corrupt: '-1' })).error).toBe('invalid corrupt');
  });

  it('ignores unknown and untrusted parameters, even malformed or repeated ones', () => {
    const q = `${query()}&ip=%zz&ip=1.2.3.4&ipv4=%&ipv6=::1&supportcrypto=1&requirecrypto=0&trackerid=x&foo&=bar&&&Info_hash=x&info%5Fhash=y`;
    const { error, out } = parse(q);
    expect(error).toBeNull();
    expect(out.infoHash.equals(Buffer.alloc(20, 0xab))).toBe(true);
  });

  it('keeps any later "=" inside the value', () => {
    const { error, out } = parse(query({ key: 'a=b' }));
    expect(error).toBeNull();
    expect(out.key).toBe('a=b');
  });

  it('accepts a query of exactly the maximum length', () => {
    const base = query();
    const padded = `${base}&x=${'y'.repeat(MAX_ANNOUNCE_QUERY_LENGTH - base.length - 3)}`;
    expect(padded.length).toBe(MAX_ANNOUNCE_QUERY_LENGTH);
    expect(parse(padded).error).toBeNull();
  });
});

describe('parseAnnounceQuery: failures', () => {
  it('reports each missing required parameter', () => {
    for (const name of ['info_hash', 'peer_id', 'port', 'uploaded', 'downloaded', 'left']) {
      expect(parse(query({ [name]: null })).error).toBe(`missing ${name}`);
    }
    expect(parse('').error).toBe('missing info_hash');
    expect(parse('&&&').error).toBe('missing info_hash');
  });

  it('refuses a repeated parameter it reads', () => {
    for (const [name, value] of [
      ['info_hash', escapeBytes(Buffer.alloc(20, 1))],
      ['peer_id', escapeBytes(Buffer.alloc(20, 2))],
      ['port', '1'],
      ['uploaded', '1'],
      ['downloaded', '1'],
      ['left', '1'],
      ['event', 'started'],
      ['numwant', '5'],
      ['key', 'k'],
    ] as const) {
      expect(parse(`${query({ event: 'started', numwant: '5', key: 'k' })}&${name}=${value}`).error).toBe(`duplicate ${name}`);
    }
  });

  it('requires exactly 20 decoded bytes for info_hash and peer_id', () => {
    expect(parse(query({ info_hash: escapeBytes(Buffer.alloc(19, 7)) })).error).toBe('info_hash must be 20 bytes');
    expect(parse(query({ info_hash: escapeBytes(Buffer.alloc(21, 7)) })).error).toBe('info_hash must be 20 bytes');
    expect(parse(query({ info_hash: '' })).error).toBe('info_hash must be 20 bytes');
    expect(parse(query({ info_hash: 'a'.repeat(4000) })).error).toBe('info_hash must be 20 bytes');
    expect(parse(query({ info_hash: Buffer.alloc(20, 0xab).toString('hex') })).error).toBe('info_hash must be 20 bytes');
    expect(parse(query({ peer_id: 'short' })).error).toBe('peer_id must be 20 bytes');
    expect(parse(query({ info_hash: null }) + '&info_hash').error).toBe('info_hash must be 20 bytes');
  });

  it('refuses malformed percent-encoding in values it reads', () => {
    const bad = ['%zz' + 'a'.repeat(19), 'a'.repeat(19) + '%1', 'a'.repeat(19) + '%', '%g0' + 'a'.repeat(19), 'a'.repeat(18) + '%1a%'];
    for (const v of bad) expect(parse(query({ info_hash: v })).error).toBe('malformed percent-encoding in info_hash');
    expect(parse(query({ peer_id: '%1' })).error).toBe('malformed percent-encoding in peer_id');
    expect(parse(query({ key: 'ab%x1' })).error).toBe('malformed percent-encoding in key');
    // A truncated escape right before the next pair must not borrow characters from it.
    expect(parse(`peer_id=${'a'.repeat(19)}%4&1=1&${query({ peer_id: null })}`).error).toBe('malformed percent-encoding in peer_id');
  });

  it('refuses characters that cannot appear literally in a query', () => {
    for (const c of [' ', '\t', '\n', '\u007f', 'é', '\u20ac', '\ud83d']) {
      expect(parse(query({ info_hash: c + 'a'.repeat(19) })).error).toBe('invalid character in info_hash');
    }
    expect(parse(query({ key: 'a b' })).error).toBe('invalid character in key');
  });

  it('refuses bad port values', () => {
    for (const v of ['65536', '-1', '+1', ' 1', '1e3', '0x10', '12.0', '', 'abc', '%36%38', '99999999999999999999']) {
      expect(parse(query({ port: v })).error).toBe('invalid port');
    }
    expect(parse(query({ port: null }) + '&port').error).toBe('invalid port');
  });

  it('refuses counters that are not non-negative safe integers', () => {
    for (const name of ['uploaded', 'downloaded', 'left']) {
      for (const v of ['9007199254740992', '18446744073709551615', '-5', '1.5', '1e6', '', ' 1', '+1', 'NaN', 'Infinity', '1'.repeat(5000)]) {
        expect(parse(query({ [name]: v })).error, `${name}=${v.slice(0, 20)}`).toBe(
          v.length > 4000 ? `query too long (max ${MAX_ANNOUNCE_QUERY_LENGTH} characters)` : `invalid ${name}`,
        );
      }
    }
  });

  it('refuses bad optional values', () => {
    expect(parse(query({ event: 'start' })).error).toBe('unknown event');
    expect(parse(query({ event: 'STARTED' })).error).toBe('unknown event');
    expect(parse(query({ event: 'started%20' })).error).toBe('unknown event');
    expect(parse(query({ compact: '2' })).error).toBe('invalid compact');
    expect(parse(query({ compact: '' })).error).toBe('invalid compact');
    expect(parse(query({ compact: 'true' })).error).toBe('invalid compact');
    expect(parse(query({ no_peer_id: 'yes' })).error).toBe('invalid no_peer_id');
    expect(parse(query({ numwant: '-1' })).error).toBe('invalid numwant');
    expect(parse(query({ numwant: '' })).error).toBe('invalid numwant');
    expect(parse(query({ numwant: '5x' })).error).toBe('invalid numwant');
  });

  it('refuses an overlong query before parsing it', () => {
    const long = `${query()}&x=${'y'.repeat(MAX_ANNOUNCE_QUERY_LENGTH)}`;
    expect(parse(long).error).toBe(`query too long (max ${MAX_ANNOUNCE_QUERY_LENGTH} characters)`);
  });

  it('reports the first problem in query order', () => {
    expect(parse(`port=x&${query({ port: null, uploaded: 'y' })}`).error).toBe('invalid port');
  });
});

describe('parseAnnounceQuery: robustness', () => {
  const ALPHABET = ['%', '%2', '%4', '%g', '&', '=', '+', 'a', 'Z', '0', '9', '-', '.', ' ', '\u00e9', '\ud800', '\u0000', 'info_hash', 'peer_id', 'port', 'uploaded', 'downloaded', 'left', 'event', 'compact', 'no_peer_id', 'numwant', 'key', 'corrupt', 'started', '65535', '9007199254740992'];

  it('never throws on random strings and always returns string or null (seeded)', () => {
    const rand = prng(0x5eed);
    const out = new AnnounceQuery();
    for (let iter = 0; iter < 4000; iter++) {
      let s = '';
      const parts = below(rand, 60);
      for (let k = 0; k < parts; k++) {
        s += rand() < 0.8 ? (ALPHABET[below(rand, ALPHABET.length)] as string) : String.fromCharCode(below(rand, 0x10000));
      }
      const result = parseAnnounceQuery(s, out);
      if (result !== null && typeof result !== 'string') throw new Error(`iteration ${iter}: ${String(result)}`);
      expect(out.infoHash.length).toBe(20);
    }
  });

  it('never throws on random mutations of a valid query (seeded)', () => {
    const rand = prng(42);
    const out = new AnnounceQuery();
    let successes = 0;
    for (let iter = 0; iter < 4000; iter++) {
      const chars = TRANSMISSION.split('');
      const edits = 1 + below(rand, 4);
      for (let e = 0; e < edits; e++) {
        const at = below(rand, chars.length);
        const op = below(rand, 3);
        const c = ALPHABET[below(rand, ALPHABET.length)] as string;
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, c);
        else chars[at] = c;
      }
      const result = parseAnnounceQuery(chars.join(''), out);
      expect(result === null || typeof result === 'string').toBe(true);
      if (result === null) successes++;
    }
    // Mutations that hit ignored parameters still parse: the loop exercised the success path too.
    expect(successes).toBeGreaterThan(0);
  });

  it('stays fast on pathological input (no quadratic behaviour)', () => {
    const out = new AnnounceQuery();
    const inputs = ['='.repeat(4096), '&'.repeat(4096), '%'.repeat(4096), 'info_hash='.padEnd(4096, '%'), `key=${'='.repeat(4092)}`, 'a'.repeat(4096)];
    const started = performance.now();
    for (let r = 0; r < 200; r++) for (const s of inputs) parseAnnounceQuery(s, out);
    // 1200 parses of 4 KiB each: linear work is well under a second even on a slow CI machine.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
