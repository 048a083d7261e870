/** The swarms one worker owns: by info_hash for requests, by dense id for the peer store's back-references. */
import type { TorrentRecord } from '../records.js';
import { Swarm } from './swarm.js';

export class SwarmTable {
  private readonly byHash = new Map<string, Swarm>();
  private readonly byId: (Swarm | undefined)[] = [];
  private readonly freeIds: number[] = [];

  get size(): number {
    return this.byHash.size;
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
      existing.torrent = torrent;
      return existing;
    }
    const id = this.freeIds.pop() ?? this.byId.length;
    const swarm = new Swarm(id, torrent);
    this.byId[id] = swarm;
    this.byHash.set(torrent.infoHash, swarm);
    return swarm;
  }

  /** Forget a swarm; the caller has removed its peers first. */
  delete(swarm: Swarm): void {
    this.byHash.delete(swarm.torrent.infoHash);
    this.byId[swarm.id] = undefined;
    this.freeIds.push(swarm.id);
  }

  values(): IterableIterator<Swarm> {
    return this.byHash.values();
  }
}
