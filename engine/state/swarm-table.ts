/**
 * Every torrent's swarm, on every worker: by info_hash for requests, by dense id for the peer store's
 * back-references and the shared scrape cells. Ids are given in the order torrents arrive, which is the
 * same on every worker, so a swarm has the same id everywhere (SwarmCounts relies on it); an id is
 * never reused.
 */
import type { TorrentRecord } from '../records.js';
import { Swarm } from './swarm.js';
import type { SwarmCounts } from './swarm-counts.js';

export class SwarmTable {
  private readonly byHash = new Map<string, Swarm>();
  private readonly byId: Swarm[] = [];
  private owned = 0;

  /** `owns`: whether this worker owns (holds the peers of, and publishes the figures of) a swarm. */
  constructor(
    readonly counts: SwarmCounts,
    private readonly owns: (infoHash: string) => boolean,
  ) {}

  /** Every swarm this worker knows. */
  get size(): number {
    return this.byHash.size;
  }

  /** Swarms this worker owns (the others' figures are theirs to report). */
  get ownedCount(): number {
    return this.owned;
  }

  get(infoHash: string): Swarm | undefined {
    return this.byHash.get(infoHash);
  }

  byIdOf(id: number): Swarm {
    return this.byId[id]!;
  }

  /** Add the torrent's swarm, or replace the record of the existing one (peers stay). */
  upsert(torrent: TorrentRecord): Swarm {
    const existing = this.byHash.get(torrent.infoHash);
    if (existing) {
      existing.setTorrent(torrent);
      return existing;
    }
    const id = this.byId.length;
    this.counts.ensureCapacity(id);
    const owned = this.owns(torrent.infoHash);
    if (owned) this.owned++;
    const swarm = new Swarm(id, torrent, owned ? this.counts : null);
    this.byId.push(swarm);
    this.byHash.set(torrent.infoHash, swarm);
    return swarm;
  }

  /** Every swarm this worker knows (those of other owners hold no peers). */
  values(): IterableIterator<Swarm> {
    return this.byHash.values();
  }
}
