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
  /** False when disabled or soft-deleted. */
  enabled: boolean;
  /** The account's own download right (users.can_download). */
  canDownload: boolean;
  /**
   * Epoch ms until which an account ban stands (Infinity: until lifted; 0: none). The engine compares
   * it with the announce's time, so a ban that expires stops applying without any event or job.
   */
  accountBanUntil: number;
  /** The same for download bans (staff, warning points, hit-and-run, ratio watch): seeding still allowed. */
  downloadBanUntil: number;
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
  /** Epoch ms the ban expires (0: until lifted); an expired ban is dropped by the engine on its own. */
  expiresAt: number;
}

/**
 * Site-wide switches. A switch that is on applies from its start to its end (epoch ms; 0 = unbounded
 * on that side); the engine compares them with each announce's time, so a timed freeleech ends by
 * itself.
 */
export interface SiteSettings {
  globalFreeleech: boolean;
  globalFreeleechFrom: number;
  globalFreeleechUntil: number;
  globalDoubleUpload: boolean;
  globalDoubleUploadFrom: number;
  globalDoubleUploadUntil: number;
  /** Blacklisted port ranges [from, to] (the blacklisted_ports table). */
  blacklistedPorts: [number, number][];
}

/** Whether a site-wide switch with its window applies at `nowMs`. */
export function switchOn(on: boolean, from: number, until: number, nowMs: number): boolean {
  return on && nowMs >= from && (until === 0 || nowMs < until);
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
