/** One worker's in-memory state, built from the catalog it is handed, and how catalog changes apply to it. */
import { type AnnounceState, removePeer } from './announce.js';
import { portTable } from './address.js';
import { AnnounceLog } from './flush/announce-log.js';
import { PeerJournal } from './flush/peer-journal.js';
import type { CatalogChange, WorkerData } from './messages.js';
import type { TorrentRecord } from './records.js';
import { restorePeers } from './restore/restore-peers.js';
import { LeechingCounters } from './shared-counters.js';
import { ClientBlacklist } from './state/client-blacklist.js';
import { CreditClock } from './state/credit-clock.js';
import { IpBanList } from './state/ip-bans.js';
import { PeerStore } from './state/peer-store.js';
import { SwarmCounts } from './state/swarm-counts.js';
import { SwarmTable } from './state/swarm-table.js';
import { UserDirectory } from './state/user-directory.js';

export function ownerOf(infoHash: string, workerCount: number): number {
  // info_hash is a SHA-1 digest: its first bytes are already uniformly distributed.
  const n = (infoHash.charCodeAt(0) << 16) | (infoHash.charCodeAt(1) << 8) | infoHash.charCodeAt(2);
  return n % workerCount;
}

/** `ownerOf` for an info_hash given as bytes (the supervisor routes restored peers without strings). */
export function ownerOfBytes(bytes: Uint8Array, offset: number, workerCount: number): number {
  const n = (bytes[offset]! << 16) | (bytes[offset + 1]! << 8) | bytes[offset + 2]!;
  return n % workerCount;
}

export function createWorkerState(data: WorkerData): AnnounceState {
  const state: AnnounceState = {
    config: data.config,
    users: new UserDirectory(),
    swarms: new SwarmTable(new SwarmCounts(data.swarmCountsBuffer), (infoHash) => ownerOf(infoHash, data.workerCount) === data.workerIndex),
    peers: new PeerStore(Math.max(1024, data.peers.count * 2)),
    ipBans: new IpBanList(),
    clientBlacklist: new ClientBlacklist(),
    blacklistedPorts: portTable(data.catalog.settings.blacklistedPorts),
    leeching: new LeechingCounters(data.leechingBuffer),
    journal: new PeerJournal(),
    creditClock: new CreditClock(),
    creditRefused: null,
    announceLog: data.announceLog ? new AnnounceLog() : null,
    settings: data.catalog.settings,
  };
  for (const group of data.catalog.groups) state.users.upsertGroup(group);
  for (const user of data.catalog.users) state.users.upsert(user);
  for (const torrent of data.catalog.torrents) state.swarms.upsert(torrent);
  state.ipBans.replace(data.catalog.ipBans);
  state.clientBlacklist.replace(data.catalog.clientBlacklist);
  restorePeers(state, data.peers);
  // workerData lives as long as the worker: let the packed records (about 96 bytes a peer) go.
  data.peers = { buffer: new ArrayBuffer(0), count: 0 };
  return state;
}

export function applyCatalogChange(s: AnnounceState, change: CatalogChange): void {
  switch (change.kind) {
    case 'user':
      s.users.upsert(change.user);
      break;
    case 'user-removed':
      s.users.remove(change.userIndex);
      break;
    case 'group':
      s.users.upsertGroup(change.group);
      break;
    case 'torrent':
      // Every worker keeps every torrent (same swarm ids everywhere, scrape answered anywhere); only the
      // owner has peers to drop when one is deleted.
      applyTorrent(s, change.torrent);
      break;
    case 'ip-bans':
      s.ipBans.replace(change.bans);
      break;
    case 'client-blacklist':
      s.clientBlacklist.replace(change.prefixes);
      break;
    case 'settings':
      s.settings = change.settings;
      s.blacklistedPorts = portTable(change.settings.blacklistedPorts);
      break;
  }
}

/** A deleted torrent keeps its swarm (to answer "deleted") but loses its peers. */
function applyTorrent(s: AnnounceState, torrent: TorrentRecord): void {
  const existing = s.swarms.get(torrent.infoHash);
  // Keep what this process counted but has not flushed: the record's count is the stored one.
  const swarm = s.swarms.upsert(torrent);
  if (existing && torrent.deleted) {
    const now = Math.floor(Date.now() / 1000);
    while (swarm.seederCount > 0) removePeer(s, swarm, swarm.seeders[0]!, now);
    while (swarm.leecherCount > 0) removePeer(s, swarm, swarm.leechers[0]!, now);
  }
}

/** Remove peers silent for longer than the configured timeout. Returns how many were reaped. */
export function reapSilentPeers(s: AnnounceState, now: number): number {
  const cutoff = now - s.config.peerTimeout;
  s.creditClock.purge(cutoff);
  const peers = s.peers;
  let reaped = 0;
  for (let slot = 0; slot < peers.slotBound; slot++) {
    const last = peers.lastAnnounce[slot]!;
    if (last !== 0 && last < cutoff) {
      removePeer(s, s.swarms.byIdOf(peers.swarms[slot]!), slot, now);
      reaped++;
    }
  }
  return reaped;
}
