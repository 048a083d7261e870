/**
 * What an announce says about the client beyond its peer_id: the HTTP User-Agent and the announce
 * `key`. They travel through the engine as one fixed-size block of bytes, the same in every place that
 * holds them (the parsed query, forwarded announces, peer journal rows and records, announce-log
 * records), so carrying them is a copy of CLIENT_BYTES and never an allocation:
 *
 *   agent length u8 | agent AGENT_BYTES (UTF-8, truncated on a character boundary)
 *   key length u8   | key KEY_BYTES (raw decoded bytes, read as latin1; the parser refuses longer keys)
 *
 * Why a fixed field rather than interning agents into a per-worker table and carrying an index: an
 * index means nothing outside the worker that made it, yet announces cross to the swarm's owner and
 * records cross to the supervisor and the flush encoder thread, so every hand-over would have to ship
 * the table as well; and a client that sends a new agent on every announce fills any bounded table.
 * Measured on this machine (node 20, 2M announces over four common agents, each a fresh string as a
 * header read gives): interning through a Map<string, number> and copying into the fixed field both
 * cost 60-90 ns per announce beyond making the string (the Map must hash every fresh string; the copy
 * walks at most AGENT_BYTES characters), noise beside the microseconds an announce costs. The fixed
 * field needs no table, no eviction and no second lookup on the owning worker. Its price is memory,
 * but only per changed peer and per logged announce: the peer store does not hold it (peer-journal.ts).
 *
 * Bytes that PostgreSQL text cannot hold or COPY would misread (NUL and the other C0 controls, DEL)
 * become '?': a hostile agent is stored truncated and harmless, and neither field is ever refused or
 * able to fail a COPY batch.
 */

/** Longest agent kept, in UTF-8 bytes: UNIT3D-Announce's limit; real clients' agents are under 40. */
export const AGENT_BYTES = 64;
/** Longest key, in decoded bytes: the parser refuses longer ones, so a key is kept whole. Real clients send 8 hex digits. */
export const KEY_BYTES = 64;

export const AGENT_LENGTH = 0;
export const AGENT = 1;
export const KEY_LENGTH = AGENT + AGENT_BYTES;
export const KEY = KEY_LENGTH + 1;
export const CLIENT_BYTES = KEY + KEY_BYTES;

const QUESTION_MARK = 0x3f;

function isControl(b: number): boolean {
  return b < 0x20 || b === 0x7f;
}

/**
 * Write `agent` (a header value, '' when absent) into the block at `block[at]`. uWebSockets hands header
 * values over one character per byte, so the characters are copied back to the client's bytes (a plain
 * loop: Buffer#write costs about 150 ns a call, twice the loop for a real agent), then checked as UTF-8.
 * A string with wider characters (not from a header) is encoded as UTF-8 instead.
 */
export function writeAgent(block: Uint8Array, at: number, agent: string): void {
  const limit = agent.length < AGENT_BYTES ? agent.length : AGENT_BYTES;
  let length = 0;
  let ascii = true;
  while (length < limit) {
    const c = agent.charCodeAt(length);
    if (c > 0xff) {
      length = Buffer.from(block.buffer, block.byteOffset, block.byteLength).write(agent, at + AGENT, AGENT_BYTES, 'utf8');
      break;
    }
    if (c >= 0x80) ascii = false;
    block[at + AGENT + length++] = c;
  }
  block[at + AGENT_LENGTH] = ascii ? replaceControls(block, at + AGENT, length) : validUtf8(block, at + AGENT, length);
}

/** Control bytes become '?'; returns `length`. */
function replaceControls(bytes: Uint8Array, from: number, length: number): number {
  for (let k = from; k < from + length; k++) if (isControl(bytes[k]!)) bytes[k] = QUESTION_MARK;
  return length;
}

/**
 * Make `length` bytes at `bytes[from]` valid UTF-8 that PostgreSQL accepts, in place: a byte that does
 * not start a well-formed sequence (or is a control) becomes '?', and a sequence cut short by the end
 * (truncation) is left out. Returns the new length.
 */
function validUtf8(bytes: Uint8Array, from: number, length: number): number {
  const end = from + length;
  let k = from;
  while (k < end) {
    const b = bytes[k]!;
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) {
      if (isControl(b)) bytes[k] = QUESTION_MARK;
      k++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    }
    let ok = need > 0;
    for (let n = 1; ok && n <= need; n++) {
      if (k + n >= end) return k - from; // cut short by the end
      const c = bytes[k + n]!;
      ok = n === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
    }
    if (ok) k += need + 1;
    else bytes[k++] = QUESTION_MARK;
  }
  return length;
}

/** Write `length` (at most KEY_BYTES) decoded key bytes from `source` into the block at `block[at]`. */
export function writeKey(block: Uint8Array, at: number, source: Uint8Array, length: number): void {
  const kept = Math.min(length, KEY_BYTES);
  for (let k = 0; k < kept; k++) {
    const b = source[k]!;
    block[at + KEY + k] = isControl(b) ? QUESTION_MARK : b;
  }
  block[at + KEY_LENGTH] = kept;
}

/** Copy a whole block (lengths included) without making a view. */
export function copyClient(source: Uint8Array, from: number, target: Uint8Array, to: number): void {
  for (let k = 0; k < CLIENT_BYTES; k++) target[to + k] = source[from + k]!;
}

/**
 * Copy a block's lengths and the bytes they cover, no more, for buffers whose every reader takes the
 * lengths first (journal rows, peer records, announce-log records): a real agent and key are about
 * 30 of the block's 130 bytes, and this runs twice per counted announce and once per record in a
 * journal drain. Bytes past a length in `target` keep whatever they held.
 */
export function copyClientInUse(source: Uint8Array, from: number, target: Uint8Array, to: number): void {
  // Clamped, so a damaged length can never reach past the block.
  const agentEnd = AGENT + Math.min(source[from + AGENT_LENGTH]!, AGENT_BYTES);
  for (let k = AGENT_LENGTH; k < agentEnd; k++) target[to + k] = source[from + k]!;
  const keyEnd = KEY + Math.min(source[from + KEY_LENGTH]!, KEY_BYTES);
  for (let k = KEY_LENGTH; k < keyEnd; k++) target[to + k] = source[from + k]!;
}
