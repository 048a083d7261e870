/**
 * One torrent's swarm: on its owning worker, the torrent's record, its seeders and leechers as
 * unordered lists of peer-store slots, and the counters (published to SwarmCounts for every worker's
 * scrape); on the other workers, the record alone, with no peers.
 *
 * Lists are unordered sets, so removal swaps the last entry into the hole (O(1)) and a random sample
 * is a partial Fisher-Yates over the list itself: n swaps for n peers, no allocation, uniform.
 *
 * Each list has a parallel list of its peers' user indexes, moved with it: a new peer's check of its
 * user's other peers in the swarm (the per-user limit, announce.ts) reads them in sequence, a few
 * microseconds for tens of thousands of peers, instead of one peer-store lookup (a cache miss) each,
 * which held a popular swarm's new peers for milliseconds (docs/benchmarks.md, "A new peer's scan").
 */
import type { TorrentRecord } from '../records.js';
import { FLAG_PAUSED, FLAG_SEEDER, type PeerStore } from './peer-store.js';
import type { SwarmCounts } from './swarm-counts.js';
import { growTyped } from './typed-arrays.js';

/** Seeders and leechers over all swarms of this worker, kept as peers come and go (for /metrics). */
export const swarmTotals = { seeders: 0, leechers: 0 };

/** Swarms of torrents nobody is on share this until their first peer arrives. */
const NO_PEERS = new Int32Array(0);

export class Swarm {
  seeders: Int32Array = NO_PEERS;
  /** The user index of each entry of `seeders`. */
  seederUsers: Int32Array = NO_PEERS;
  seederCount = 0;
  /** Leechers, including paused partial seeds (BEP 21). */
  leechers: Int32Array = NO_PEERS;
  /** The user index of each entry of `leechers`. */
  leecherUsers: Int32Array = NO_PEERS;
  leecherCount = 0;
  pausedCount = 0;
  /** Completed events not yet flushed to times_completed. */
  completedDelta = 0;
  /** Listed in the worker's flush journal as changed since the last drain. */
  journaled = false;
  /** The latest announce of the user's peers seen by the last `countUserPeers`. */
  countedUserLatest = 0;
  /** This swarm's torrent reference in the drain numbered `drainNumber` (peer-journal.ts), without a lookup by id. */
  drainNumber = 0;
  drainRef = 0;

  constructor(
    readonly id: number,
    public torrent: TorrentRecord,
    /** Where this worker publishes the swarm's scrape figures; null on workers that do not own it. */
    private readonly counts: SwarmCounts | null,
  ) {
    this.publish();
  }

  /** Snatches ever recorded: the stored count plus what this process counted since. */
  get downloaded(): number {
    return this.torrent.timesCompleted + this.completedDelta;
  }

  get peerCount(): number {
    return this.seederCount + this.leecherCount;
  }

  /** A leecher finished: one more snatch, flushed later. */
  countCompletion(): void {
    this.completedDelta++;
    this.publish();
  }

  /** Replace the torrent's record (its stored completions may have moved); peers stay. */
  setTorrent(torrent: TorrentRecord): void {
    this.torrent = torrent;
    this.publish();
  }

  /** Copy the figures a scrape answers into the shared cells, for every worker to read. */
  private publish(): void {
    this.counts?.publish(this.id, this.seederCount, this.leecherCount, this.pausedCount, this.downloaded);
  }

  /** Add a peer whose flags and user are set. */
  add(store: PeerStore, slot: number): void {
    if (store.flags[slot]! & FLAG_SEEDER) {
      if (this.seederCount === this.seeders.length) {
        this.seeders = growTyped(this.seeders, Math.max(4, this.seeders.length * 2));
        this.seederUsers = growTyped(this.seederUsers, this.seeders.length);
      }
      store.listPos[slot] = this.seederCount;
      this.seederUsers[this.seederCount] = store.users[slot]!;
      this.seeders[this.seederCount++] = slot;
      swarmTotals.seeders++;
    } else {
      if (this.leecherCount === this.leechers.length) {
        this.leechers = growTyped(this.leechers, Math.max(4, this.leechers.length * 2));
        this.leecherUsers = growTyped(this.leecherUsers, this.leechers.length);
      }
      store.listPos[slot] = this.leecherCount;
      this.leecherUsers[this.leecherCount] = store.users[slot]!;
      this.leechers[this.leecherCount++] = slot;
      swarmTotals.leechers++;
      if (store.flags[slot]! & FLAG_PAUSED) this.pausedCount++;
    }
    this.publish();
  }

  remove(store: PeerStore, slot: number): void {
    const pos = store.listPos[slot]!;
    if (store.flags[slot]! & FLAG_SEEDER) {
      const last = this.seeders[--this.seederCount]!;
      this.seeders[pos] = last;
      this.seederUsers[pos] = this.seederUsers[this.seederCount]!;
      store.listPos[last] = pos;
      swarmTotals.seeders--;
    } else {
      const last = this.leechers[--this.leecherCount]!;
      this.leechers[pos] = last;
      this.leecherUsers[pos] = this.leecherUsers[this.leecherCount]!;
      store.listPos[last] = pos;
      swarmTotals.leechers--;
      if (store.flags[slot]! & FLAG_PAUSED) this.pausedCount--;
    }
    this.publish();
  }

  /**
   * Copy up to `count` random slots from the seeder (or leecher) list into `out` at `outOffset`,
   * skipping `exclude`. Returns how many were written.
   */
  sample(fromSeeders: boolean, count: number, exclude: number, store: PeerStore, out: Int32Array, outOffset: number): number {
    const list = fromSeeders ? this.seeders : this.leechers;
    const users = fromSeeders ? this.seederUsers : this.leecherUsers;
    const length = fromSeeders ? this.seederCount : this.leecherCount;
    let written = 0;
    if (length <= count) {
      // The whole list is wanted (most swarms are this small): nothing to draw, nothing to swap.
      for (let i = 0; i < length; i++) {
        const slot = list[i]!;
        if (slot !== exclude) out[outOffset + written++] = slot;
      }
      return written;
    }
    for (let i = 0; i < length && written < count; i++) {
      const j = i + Math.floor(Math.random() * (length - i));
      const picked = list[j]!;
      if (j !== i) {
        const displaced = list[i]!;
        list[i] = picked;
        list[j] = displaced;
        const pickedUser = users[j]!;
        users[j] = users[i]!;
        users[i] = pickedUser;
        store.listPos[picked] = i;
        store.listPos[displaced] = j;
      }
      if (picked !== exclude) out[outOffset + written++] = picked;
    }
    return written;
  }

  /**
   * How many of the user's peers are in this swarm, counting at most to `limit`; their latest
   * announce (epoch seconds, 0 for none) goes to `countedUserLatest`, complete whenever the count is
   * below `limit`. Reads the user lists in sequence, the peer store only for the user's own peers.
   */
  countUserPeers(store: PeerStore, userIndex: number, limit: number): number {
    let count = 0;
    let latest = 0;
    for (let list = 0; list < 2; list++) {
      const users = list === 0 ? this.seederUsers : this.leecherUsers;
      const length = list === 0 ? this.seederCount : this.leecherCount;
      for (let i = 0; i < length && count < limit; i++) {
        if (users[i] !== userIndex) continue;
        count++;
        const at = store.lastAnnounce[(list === 0 ? this.seeders : this.leechers)[i]!]!;
        if (at > latest) latest = at;
      }
    }
    this.countedUserLatest = latest;
    return count;
  }
}
