/**
 * What the flusher has drained from the workers and not yet written, merged per key: sums for users,
 * per-user-torrent history and token usage; the latest state for peers and torrents (drains are
 * merged in order, so a later drain wins). While PostgreSQL is down, drains keep merging here, so
 * memory grows with distinct keys, not with announces.
 */
import { randomUUID } from 'node:crypto';
import { formatAddress } from '../address.js';
import type { WorkerDrain } from './peer-journal.js';
import { decodeAnnounces, type AnnounceRow } from './announce-log.js';
import { decodePeerRecords } from './peer-records.js';

export interface PeerRow {
  torrentId: string;
  userId: string;
  peerId: Buffer;
  ip: string;
  port: number;
  uploaded: number;
  downloaded: number;
  left: number;
  seeder: boolean;
  paused: boolean;
  removed: boolean;
  /** Epoch seconds: the last announce (or the removal). */
  updatedAt: number;
}

export interface TransferSums {
  uploaded: number;
  downloaded: number;
  creditedUploaded: number;
  creditedDownloaded: number;
  seedSeconds: number;
  leechSeconds: number;
}

export interface UserRow extends TransferSums {
  userId: string;
}

export interface HistoryRow extends TransferSums {
  userId: string;
  torrentId: string;
  lastAnnounce: number;
  completedAt: number;
  seeder: boolean;
  active: boolean;
  tokenDownloaded: number;
}

export interface TorrentRow {
  torrentId: string;
  seeders: number;
  leechers: number;
  completed: number;
  lastSeederAt: number;
}

export interface SnatchRow {
  userId: string;
  torrentId: string;
  completedAt: number;
  peerId: Buffer;
  ip: string;
  port: number;
  uploaded: number;
  downloaded: number;
}

/** A logged announce with its user resolved and its address as text. */
export interface AnnounceLogRow extends Omit<AnnounceRow, 'userIndex' | 'ip'> {
  userId: string;
  ip: string;
}

/** A batch frozen for writing: its id makes a retry after an unknown commit outcome harmless. */
export interface SealedBatch {
  id: string;
  peers: PeerRow[];
  users: UserRow[];
  history: HistoryRow[];
  torrents: TorrentRow[];
  snatches: SnatchRow[];
  announces: AnnounceLogRow[];
  /** Also write the batch's live peers to peer_history. */
  peerHistory: boolean;
  /** Epoch ms of the oldest drain in the batch (flush lag). */
  oldestDrainAt: number;
}

function addSums(into: TransferSums, up: number, down: number, cup: number, cdown: number, seed: number, leech: number): void {
  into.uploaded += up;
  into.downloaded += down;
  into.creditedUploaded += cup;
  into.creditedDownloaded += cdown;
  into.seedSeconds += seed;
  into.leechSeconds += leech;
}

const zeroSums = (): TransferSums => ({ uploaded: 0, downloaded: 0, creditedUploaded: 0, creditedDownloaded: 0, seedSeconds: 0, leechSeconds: 0 });

export class PendingBatch {
  private peers = new Map<string, PeerRow>();
  private users = new Map<string, UserRow>();
  private history = new Map<string, HistoryRow>();
  private torrents = new Map<string, TorrentRow>();
  private snatches: SnatchRow[] = [];
  private announces: AnnounceLogRow[] = [];
  private oldestDrainAt = 0;
  /** Announce-log rows dropped because the backlog passed its cap (history only, never accounting). */
  droppedAnnounces = 0;

  constructor(private readonly maxAnnounces: number) {}

  /** Distinct rows held (the figure the pending cap applies to). */
  get keys(): number {
    return this.peers.size + this.users.size + this.history.size + this.torrents.size + this.snatches.length;
  }

  get isEmpty(): boolean {
    return this.keys === 0 && this.announces.length === 0;
  }

  /** Epoch ms of the oldest unflushed drain, or 0. */
  get oldest(): number {
    return this.oldestDrainAt;
  }

  add(drain: WorkerDrain, userIdOf: (index: number) => string | undefined, drainedAt: number): void {
    if (drain.records.byteLength === 0 && drain.torrents.length === 0 && drain.announces.byteLength === 0) return;
    if (this.oldestDrainAt === 0) this.oldestDrainAt = drainedAt;
    for (const a of decodeAnnounces(drain.announces, drain.torrentIds)) {
      const userId = userIdOf(a.userIndex);
      if (userId === undefined) continue;
      const { userIndex: _index, ...row } = a;
      this.announces.push({ ...row, userId, ip: formatAddress(a.ip) });
    }
    const excess = this.announces.length - this.maxAnnounces;
    if (excess > 0) {
      this.announces.splice(0, excess);
      this.droppedAnnounces += excess;
    }
    for (const t of drain.torrents) {
      const existing = this.torrents.get(t.torrentId);
      this.torrents.set(t.torrentId, {
        torrentId: t.torrentId,
        seeders: t.seeders,
        leechers: t.leechers,
        completed: (existing?.completed ?? 0) + t.completed,
        lastSeederAt: Math.max(existing?.lastSeederAt ?? 0, t.lastSeederAt),
      });
    }
    for (const d of decodePeerRecords(drain.records, drain.torrentIds)) {
      const userId = userIdOf(d.userIndex);
      if (userId === undefined) continue; // cannot happen: indexes are only handed out for known ids
      const ip = formatAddress(d.ip);
      const peerKey = `${d.torrentId}|${userId}|${d.peerId.toString('hex')}`;
      this.peers.set(peerKey, {
        torrentId: d.torrentId,
        userId,
        peerId: d.peerId,
        ip,
        port: d.port,
        uploaded: d.uploaded,
        downloaded: d.downloaded,
        left: d.left,
        seeder: d.seeder,
        paused: d.paused,
        removed: d.removed,
        updatedAt: d.lastAnnounce,
      });

      let user = this.users.get(userId);
      if (!user) this.users.set(userId, (user = { userId, ...zeroSums() }));
      addSums(user, d.up, d.down, d.creditedUp, d.creditedDown, d.seedSeconds, d.leechSeconds);

      const historyKey = `${userId}|${d.torrentId}`;
      let history = this.history.get(historyKey);
      if (!history) {
        history = { userId, torrentId: d.torrentId, lastAnnounce: 0, completedAt: 0, seeder: false, active: false, tokenDownloaded: 0, ...zeroSums() };
        this.history.set(historyKey, history);
      }
      addSums(history, d.up, d.down, d.creditedUp, d.creditedDown, d.seedSeconds, d.leechSeconds);
      history.tokenDownloaded += d.tokenDown;
      if (d.lastAnnounce >= history.lastAnnounce) {
        history.lastAnnounce = d.lastAnnounce;
        history.seeder = d.seeder;
        history.active = !d.removed;
      }
      if (d.completedAt > 0) {
        history.completedAt = Math.max(history.completedAt, d.completedAt);
        this.snatches.push({
          userId,
          torrentId: d.torrentId,
          completedAt: d.completedAt,
          peerId: d.peerId,
          ip,
          port: d.port,
          uploaded: d.uploaded,
          downloaded: d.downloaded,
        });
      }
    }
  }

  /** Freeze everything held into a batch with a new id and start empty. */
  seal(peerHistory: boolean): SealedBatch {
    const batch: SealedBatch = {
      id: randomUUID(),
      peers: [...this.peers.values()],
      users: [...this.users.values()],
      history: [...this.history.values()],
      torrents: [...this.torrents.values()],
      snatches: this.snatches,
      announces: this.announces,
      peerHistory,
      oldestDrainAt: this.oldestDrainAt,
    };
    this.peers = new Map();
    this.users = new Map();
    this.history = new Map();
    this.torrents = new Map();
    this.snatches = [];
    this.announces = [];
    this.oldestDrainAt = 0;
    return batch;
  }
}
