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
 * Write `agent` (a header value, '' when absent) into the block at `block[at]`. ASCII agents (all real
 * clients) are copied character by character: Buffer#write costs about 150 ns per call, twice the loop.
 * Anything else goes through Buffer#write, which encodes UTF-8 and never writes a partial character,
 * so the truncated field is still valid UTF-8.
 */
export function writeAgent(block: Buffer, at: number, agent: string): void {
  const limit = agent.length < AGENT_BYTES ? agent.length : AGENT_BYTES;
  let length = 0;
  while (length < limit) {
    const c = agent.charCodeAt(length);
    if (c >= 0x80) break;
    block[at + AGENT + length++] = c;
  }
  if (length < limit) length = block.write(agent, at + AGENT, AGENT_BYTES, 'utf8');
  for (let k = at + AGENT; k < at + AGENT + length; k++) if (isControl(block[k]!)) block[k] = QUESTION_MARK;
  block[at + AGENT_LENGTH] = length;
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
