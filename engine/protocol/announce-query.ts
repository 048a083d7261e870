/**
 * Announce query parser. Hand-written because it runs once per announce: it walks the raw query string once,
 * matches keys without building substrings, and fills a caller-owned AnnounceQuery. It allocates nothing on
 * success: `key` is decoded into the query's own bytes and copied into its client block (client-fields.ts).
 *
 * Decoding rules (also in query-text.ts): values are percent-decoded; `+` is a space (form encoding) for
 * every parameter, binary ones included; a literal character must be printable ASCII (0x21..0x7E). Keys are
 * matched as sent, case-sensitively and without decoding. Parameters the tracker ignores (ip, ipv4, ipv6,
 * supportcrypto, requirecrypto, trackerid, anything unknown) are skipped unread, so their encoding is not
 * validated: a client's address claims are never trusted anyway.
 */
import {
  DECODE_BAD_CHAR,
  DECODE_MALFORMED,
  decodeParam,
  parseClampedUint,
  PairBounds,
  parseSafeUint,
  scanPair,
  spells,
} from './query-text.js';
import { AGENT_LENGTH, CLIENT_BYTES, KEY_BYTES, KEY_LENGTH, writeAgent, writeKey } from './client-fields.js';

const pair = new PairBounds();

export const enum AnnounceEvent {
  None = 0,
  Started = 1,
  Stopped = 2,
  Completed = 3,
  Paused = 4,
}

/** Longer queries are refused before any work: a real announce is a few hundred characters. */
export const MAX_ANNOUNCE_QUERY_LENGTH = 4096;
/** numwant is advisory, so oversized values are clamped rather than refused. */
export const MAX_NUMWANT = 1_000_000;
/** Longest accepted `key`, in decoded bytes (64): the whole key fits the client block. Real clients send 8 hex digits. */
export const MAX_KEY_LENGTH = KEY_BYTES;

/** The parsed announce. One instance per worker, overwritten by every parse; read it before the next one. */
export class AnnounceQuery {
  /** Filled by parseAnnounceQuery; content is unspecified after a failed parse. */
  readonly infoHash: Buffer = Buffer.alloc(20);
  readonly peerId: Buffer = Buffer.alloc(20);
  port = 0;
  uploaded = 0;
  downloaded = 0;
  left = 0;
  event: AnnounceEvent = AnnounceEvent.None;
  compact = true;
  noPeerId = false;
  /** -1 when absent. */
  numwant = -1;
  /** The decoded `key` bytes: the first `keyLength` of `keyBytes` (0 when absent). */
  readonly keyBytes: Buffer = Buffer.alloc(MAX_KEY_LENGTH);
  keyLength = 0;
  /**
   * The client block (client-fields.ts): the key as stored, and the User-Agent once the caller sets it
   * with `setAgent` (the parser cannot see headers; it clears the agent).
   */
  readonly client: Buffer = Buffer.alloc(CLIENT_BYTES);
  corrupt = 0;

  /** The key decoded as latin1; '' when absent. Allocates: for tests and diagnostics, not the hot path. */
  get key(): string {
    return this.keyBytes.toString('latin1', 0, this.keyLength);
  }

  /** Record the request's User-Agent header ('' when absent), truncated as client-fields.ts says. */
  setAgent(agent: string): void {
    writeAgent(this.client, 0, agent);
  }
}

// Parameter ids double as bit positions in the "seen" mask used to detect duplicates.
const P_INFO_HASH = 0;
const P_PEER_ID = 1;
const P_PORT = 2;
const P_UPLOADED = 3;
const P_DOWNLOADED = 4;
const P_LEFT = 5;
const P_EVENT = 6;
const P_COMPACT = 7;
const P_NO_PEER_ID = 8;
const P_NUMWANT = 9;
const P_KEY = 10;
const P_CORRUPT = 11;
const P_OTHER = -1;

const NAMES = [
  'info_hash',
  'peer_id',
  'port',
  'uploaded',
  'downloaded',
  'left',
  'event',
  'compact',
  'no_peer_id',
  'numwant',
  'key',
  'corrupt',
];
// Failure strings are built once here so that a failing parse does not concatenate either.
const DUPLICATE = NAMES.map((n) => `duplicate ${n}`);
const INVALID = NAMES.map((n) => `invalid ${n}`);
const MISSING = NAMES.map((n) => `missing ${n}`);
const MALFORMED = NAMES.map((n) => `malformed percent-encoding in ${n}`);
const BAD_CHAR = NAMES.map((n) => `invalid character in ${n}`);
const REQUIRED = [P_INFO_HASH, P_PEER_ID, P_PORT, P_UPLOADED, P_DOWNLOADED, P_LEFT];

const TOO_LONG = `query too long (max ${MAX_ANNOUNCE_QUERY_LENGTH} characters)`;
const HASH_LENGTH = 'info_hash must be 20 bytes';
const PEER_ID_LENGTH = 'peer_id must be 20 bytes';
const KEY_TOO_LONG = `key too long (max ${MAX_KEY_LENGTH} bytes)`;
const UNKNOWN_EVENT = 'unknown event';

/**
 * Identify the key q[s, e). Length plus first character pick at most one candidate, so each pair costs a
 * single full comparison.
 */
function paramOf(q: string, s: number, e: number): number {
  const c = q.charCodeAt(s);
  let p: number;
  switch (e - s) {
    case 3:
      p = P_KEY;
      break;
    case 4:
      p = c === 0x70 /* p */ ? P_PORT : P_LEFT;
      break;
    case 5:
      p = P_EVENT;
      break;
    case 7:
      p = c === 0x70 ? P_PEER_ID : c === 0x63 /* c */ ? (q.charCodeAt(s + 2) === 0x6d /* m */ ? P_COMPACT : P_CORRUPT) : P_NUMWANT;
      break;
    case 8:
      p = P_UPLOADED;
      break;
    case 9:
      p = P_INFO_HASH;
      break;
    case 10:
      p = c === 0x64 /* d */ ? P_DOWNLOADED : P_NO_PEER_ID;
      break;
    default:
      return P_OTHER;
  }
  return spells(q, s, e, NAMES[p] as string) ? p : P_OTHER;
}

/**
 * Parse the raw query (without `?`) into `out`. Returns null on success, otherwise a short reason meant for
 * the client's user. Never throws; linear in the query length.
 */
export function parseAnnounceQuery(query: string, out: AnnounceQuery): string | null {
  const len = query.length;
  if (len > MAX_ANNOUNCE_QUERY_LENGTH) return TOO_LONG;

  out.port = 0;
  out.uploaded = 0;
  out.downloaded = 0;
  out.left = 0;
  out.event = AnnounceEvent.None;
  out.compact = true;
  out.noPeerId = false;
  out.numwant = -1;
  out.keyLength = 0;
  // Only the lengths: bytes past them are never read.
  out.client[AGENT_LENGTH] = 0;
  out.client[KEY_LENGTH] = 0;
  out.corrupt = 0;

  let seen = 0;
  let i = 0;
  while (i < len) {
    scanPair(query, i, pair);
    i = pair.next;
    if (pair.keyEnd === pair.keyStart) continue; // empty pair ("&&") or a bare "=value"
    const p = paramOf(query, pair.keyStart, pair.keyEnd);
    if (p === P_OTHER) continue;
    const bit = 1 << p;
    if (seen & bit) return DUPLICATE[p] as string;
    seen |= bit;
    const error = readParam(query, p, pair.bare, pair.valueStart, pair.valueEnd, out);
    if (error !== null) return error;
  }

  for (let r = 0; r < REQUIRED.length; r++) {
    const p = REQUIRED[r] as number;
    if ((seen & (1 << p)) === 0) return MISSING[p] as string;
  }
  return null;
}

/** Decode one recognised parameter whose value is q[vs, ve); `bare` means it had no '=' at all. */
function readParam(q: string, p: number, bare: boolean, vs: number, ve: number, out: AnnounceQuery): string | null {
  switch (p) {
    case P_INFO_HASH:
    case P_PEER_ID: {
      const n = decodeParam(q, vs, ve, p === P_INFO_HASH ? out.infoHash : out.peerId, 20);
      if (n === 20) return null;
      if (n === DECODE_MALFORMED) return MALFORMED[p] as string;
      if (n === DECODE_BAD_CHAR) return BAD_CHAR[p] as string;
      return p === P_INFO_HASH ? HASH_LENGTH : PEER_ID_LENGTH;
    }
    case P_PORT: {
      const v = parseSafeUint(q, vs, ve);
      if (v < 0 || v > 65535) return INVALID[p] as string;
      out.port = v;
      return null;
    }
    case P_UPLOADED:
    case P_DOWNLOADED:
    case P_LEFT:
    case P_CORRUPT: {
      const v = parseSafeUint(q, vs, ve);
      if (v < 0) return INVALID[p] as string;
      if (p === P_UPLOADED) out.uploaded = v;
      else if (p === P_DOWNLOADED) out.downloaded = v;
      else if (p === P_LEFT) out.left = v;
      else out.corrupt = v;
      return null;
    }
    case P_EVENT:
      return readEvent(q, vs, ve, out);
    case P_COMPACT: {
      const b = readFlag(q, vs, ve);
      if (b < 0) return INVALID[p] as string;
      out.compact = b === 1;
      return null;
    }
    case P_NO_PEER_ID: {
      // Some clients send the bare key ("&no_peer_id") or an empty value to mean "yes".
      const b = bare || ve === vs ? 1 : readFlag(q, vs, ve);
      if (b < 0) return INVALID[p] as string;
      out.noPeerId = b === 1;
      return null;
    }
    case P_NUMWANT: {
      const v = parseClampedUint(q, vs, ve, MAX_NUMWANT);
      if (v < 0) return INVALID[p] as string;
      out.numwant = v;
      return null;
    }
    case P_KEY: {
      const n = decodeParam(q, vs, ve, out.keyBytes, MAX_KEY_LENGTH);
      if (n === DECODE_MALFORMED) return MALFORMED[p] as string;
      if (n === DECODE_BAD_CHAR) return BAD_CHAR[p] as string;
      if (n < 0) return KEY_TOO_LONG;
      out.keyLength = n;
      writeKey(out.client, 0, out.keyBytes, n);
      return null;
    }
    default:
      return null;
  }
}

/** "0" → 0, "1" → 1, anything else → -1. */
function readFlag(q: string, vs: number, ve: number): number {
  if (ve - vs !== 1) return -1;
  const c = q.charCodeAt(vs);
  return c === 0x31 ? 1 : c === 0x30 ? 0 : -1;
}

function readEvent(q: string, vs: number, ve: number, out: AnnounceQuery): string | null {
  // BEP 3 allows both an empty value and the literal word "empty" for a regular announce.
  if (ve === vs || spells(q, vs, ve, 'empty')) out.event = AnnounceEvent.None;
  else if (spells(q, vs, ve, 'started')) out.event = AnnounceEvent.Started;
  else if (spells(q, vs, ve, 'stopped')) out.event = AnnounceEvent.Stopped;
  else if (spells(q, vs, ve, 'completed')) out.event = AnnounceEvent.Completed;
  else if (spells(q, vs, ve, 'paused')) out.event = AnnounceEvent.Paused;
  else return UNKNOWN_EVENT;
  return null;
}
