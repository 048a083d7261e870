/**
 * The read-mostly state the engine keeps in memory, as plain records. The supervisor loads them from
 * PostgreSQL (catalog-loader.ts) and hands them to workers; workers never query the database.
 */

export interface GroupRecord {
  id: number;
  name: string;
  canDownload: boolean;
  /** Concurrent leeching torrents allowed; null = unlimited. */
  downloadSlots: number | null;
  isFreeleech: boolean;
  isDoubleUpload: boolean;
  uploadMultiplier: number;
  downloadMultiplier: number;
}

export interface UserRecord {
  id: string;
  /** Dense per-process index of the user (shared counters and accounting arrays are indexed by it). */
  index: number;
  passkey: string;
  groupId: number;
  /** False when disabled, soft-deleted, or banned by an account ban. */
  enabled: boolean;
  /** Per-user download right (false also for an active `download` ban). */
  canDownload: boolean;
  /** Epoch ms until which the user's personal freeleech runs; 0 = none. */
  personalFreeleechUntil: number;
}

export type ModerationStatus = 'pending' | 'approved' | 'rejected' | 'postponed';

export interface TorrentRecord {
  id: string;
  /** info_hash as a 20-character latin1 string (the swarm map key). */
  infoHash: string;
  status: ModerationStatus;
  deleted: boolean;
  isFreeleech: boolean;
  isDoubleUpload: boolean;
  timesCompleted: number;
  /** User indexes holding an active freeleech token for this torrent. */
  tokenUserIndexes: number[];
  /** Expiry of each of those tokens, epoch seconds (same order); the engine honours none past it. */
  tokenExpiresAt: number[];
}

export interface IpBanRecord {
  id: string;
  /** CIDR text, e.g. 203.0.113.0/24 or 2001:db8::/32 (a single address is /32 or /128). */
  cidr: string;
}

export interface SiteSettings {
  globalFreeleech: boolean;
  globalDoubleUpload: boolean;
}

export interface Catalog {
  groups: GroupRecord[];
  users: UserRecord[];
  torrents: TorrentRecord[];
  ipBans: IpBanRecord[];
  /** Blacklisted peer_id prefixes, latin1. */
  clientBlacklist: string[];
  settings: SiteSettings;
}
