/**
 * Freeleech tokens as the engine honours them: a torrent record carries its active tokens as two
 * parallel arrays (holder's user index, expiry in epoch seconds). A token counts only before its
 * expiry, checked on every announce, so it stops at expires_at even if no event ever arrives; a
 * holder's completed download ends it at once in this worker (the flush marks it used in PostgreSQL).
 * Loops over a handful of entries, allocating nothing.
 */
import type { TorrentRecord } from '../records.js';

/** True when `userIndex` holds a token on `torrent` that has not expired at `now` (epoch seconds). */
export function holdsToken(torrent: TorrentRecord, userIndex: number, now: number): boolean {
  const holders = torrent.tokenUserIndexes;
  for (let i = 0; i < holders.length; i++) {
    if (holders[i] === userIndex && torrent.tokenExpiresAt[i]! > now) return true;
  }
  return false;
}

/** The holder completed the torrent: the token ends here (removed in place, order kept). */
export function endToken(torrent: TorrentRecord, userIndex: number): void {
  const holders = torrent.tokenUserIndexes;
  for (let i = holders.length - 1; i >= 0; i--) {
    if (holders[i] === userIndex) {
      holders.splice(i, 1);
      torrent.tokenExpiresAt.splice(i, 1);
    }
  }
}
