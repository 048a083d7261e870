/**
 * Tracker response encoders on top of BencodeWriter. Every top-level encoder starts by resetting the writer,
 * and keys are written in raw byte order as bencode requires:
 *   announce: complete < downloaded < incomplete < interval < min interval < peers < peers6 < warning message
 *   failure:  failure reason < retry in
 *   scrape:   files; per file: complete < downloaded < downloaders < incomplete
 * Key tokens are pre-encoded once so the hot path copies bytes instead of re-encoding constant strings.
 */
import type { BencodeWriter } from './bencode-writer.js';
import { COMPACT_IPV4_SIZE, COMPACT_IPV6_SIZE } from './compact-peer.js';

const token = (s: string): Buffer => Buffer.from(s, 'latin1');

const FAILURE = token('d14:failure reason');
const RETRY_IN = token('8:retry in');
const NEVER = token('5:never');
const COMPLETE = token('8:complete');
const DOWNLOADED = token('10:downloaded');
const DOWNLOADERS = token('11:downloaders');
const INCOMPLETE = token('10:incomplete');
const INTERVAL = token('8:interval');
const MIN_INTERVAL = token('12:min interval');
const PEERS = token('5:peers');
const PEERS_LIST = token('5:peersl');
const PEERS6 = token('6:peers6');
const WARNING = token('15:warning message');
const FILES = token('d5:filesd');
const IP = token('d2:ip');
const PEER_ID = token('7:peer id');
const PORT = token('4:port');

/**
 * A complete failure response. `retryIn` is the BEP 31 "retry in" value, written as given (BEP 31 defines it
 * in minutes; convert before calling), or 'never' for a permanent refusal. The reason is written as UTF-8.
 */
export function writeFailure(w: BencodeWriter, reason: string, retryIn?: number | 'never'): Buffer {
  w.reset().raw(FAILURE).utf8(reason);
  if (retryIn !== undefined) {
    w.raw(RETRY_IN);
    if (retryIn === 'never') w.raw(NEVER);
    else w.int(retryIn);
  }
  return w.end().view();
}

export interface AnnounceSummary {
  interval: number;
  minInterval: number;
  complete: number;
  incomplete: number;
  downloaded: number;
  /** Not written by beginAnnounce: it sorts after the peers, so pass it to endAnnounce. */
  warning?: string | undefined;
}

/**
 * Start an announce answer: resets the writer, then writes 'd' and every key that sorts before "peers".
 * Continue with compactPeers4 and/or compactPeers6 (in that order), or with the dictionary-peer functions,
 * then finish with endAnnounce.
 */
export function beginAnnounce(w: BencodeWriter, s: AnnounceSummary): void {
  w.reset().dict();
  w.raw(COMPLETE).int(s.complete);
  w.raw(DOWNLOADED).int(s.downloaded);
  w.raw(INCOMPLETE).int(s.incomplete);
  w.raw(INTERVAL).int(s.interval);
  w.raw(MIN_INTERVAL).int(s.minInterval);
}

/**
 * Write the "peers" key and reserve count * 6 bytes for BEP 23 entries; returns the offset in `w.buffer` of
 * the first entry (fill with writeIPv4Compact). Write it even for zero peers: clients expect the key.
 */
export function compactPeers4(w: BencodeWriter, count: number): number {
  return w.raw(PEERS).reserveBytes(count * COMPACT_IPV4_SIZE);
}

/** Write the "peers6" key and reserve count * 18 bytes for BEP 7 entries; returns the offset of the first. */
export function compactPeers6(w: BencodeWriter, count: number): number {
  return w.raw(PEERS6).reserveBytes(count * COMPACT_IPV6_SIZE);
}

/** Open the non-compact (original BEP 3) peer list: follow with dictionaryPeer calls and endDictionaryPeers. */
export function beginDictionaryPeers(w: BencodeWriter): void {
  w.raw(PEERS_LIST);
}

/** One non-compact peer; `ip` is textual (IPv4 dotted or IPv6), peerId is omitted when null (no_peer_id). */
export function dictionaryPeer(w: BencodeWriter, ip: string, port: number, peerId: Uint8Array | null): void {
  w.raw(IP).str(ip);
  if (peerId !== null) w.raw(PEER_ID).bytes(peerId);
  w.raw(PORT).int(port).end();
}

export function endDictionaryPeers(w: BencodeWriter): void {
  w.end();
}

/** Close the announce answer, with the "warning message" key when `warning` is a non-empty string. */
export function endAnnounce(w: BencodeWriter, warning?: string): Buffer {
  if (warning) w.raw(WARNING).utf8(warning);
  return w.end().view();
}

export interface ScrapeEntry {
  /** Raw 20-byte info hash as a latin1 string. */
  infoHash: string;
  complete: number;
  downloaded: number;
  incomplete: number;
  /** BEP 21: peers actively downloading, partial seeds excluded; written only when defined. */
  downloaders?: number;
}

/** Latin1 strings compare by code unit, which is raw byte order. Module-level so sort() gets no closure. */
function byHash(a: ScrapeEntry, b: ScrapeEntry): number {
  return a.infoHash < b.infoHash ? -1 : a.infoHash > b.infoHash ? 1 : 0;
}

/**
 * A complete scrape response for files[0, count). Dictionary keys must be sorted and unique, so entries are
 * sorted by hash (a sorted copy is made only when the input is not already in order; `files` itself is never
 * reordered) and repeated hashes are written once.
 */
export function writeScrape(w: BencodeWriter, files: readonly ScrapeEntry[], count = files.length): Buffer {
  const n = Math.min(count, files.length);
  let list = files;
  for (let k = 1; k < n; k++) {
    if ((files[k - 1] as ScrapeEntry).infoHash > (files[k] as ScrapeEntry).infoHash) {
      list = files.slice(0, n).sort(byHash);
      break;
    }
  }
  w.reset().raw(FILES);
  let previous: string | null = null;
  for (let k = 0; k < n; k++) {
    const f = list[k] as ScrapeEntry;
    if (f.infoHash === previous) continue;
    previous = f.infoHash;
    w.str(f.infoHash).dict();
    w.raw(COMPLETE).int(f.complete);
    w.raw(DOWNLOADED).int(f.downloaded);
    if (f.downloaders !== undefined) w.raw(DOWNLOADERS).int(f.downloaders);
    w.raw(INCOMPLETE).int(f.incomplete);
    w.end();
  }
  return w.end().end().view();
}
