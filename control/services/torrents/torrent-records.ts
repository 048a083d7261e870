/** Reading torrents: one SELECT shape, the Torrent message, the audit image, lookups that raise NOT_FOUND. */
import type { Caller } from '../../auth/caller.js';
import { canViewHiddenTorrents } from '../../auth/field-visibility.js';
import { notFound } from '../../errors/control-error.js';
import type { ModerationStatus } from '../../generated/swarmgate/control/v1/ModerationStatus.js';
import type { Torrent } from '../../generated/swarmgate/control/v1/Torrent.js';
import { torrentName, userName, type TorrentRef } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';
import type { Queryable } from '../users/user-records.js';

export type StoredModerationStatus = 'pending' | 'approved' | 'rejected' | 'postponed';

export interface TorrentRow {
  id: string;
  info_hash: Buffer;
  info_hash_v2: Buffer | null;
  name: string;
  description: string | null;
  category: string;
  uploader_id: string | null;
  size: number;
  file_count: number;
  piece_length: number | null;
  moderation_status: StoredModerationStatus;
  moderation_reason: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  is_freeleech: boolean;
  is_double_upload: boolean;
  is_featured: boolean;
  is_sticky: boolean;
  is_anonymous: boolean;
  seeders: number;
  leechers: number;
  times_completed: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  created_us: string;
  etag: string;
}

export const TORRENT_SELECT = `
  SELECT t.id, t.info_hash, t.info_hash_v2, t.name, t.description, c.slug AS category, t.uploader_id, t.size, t.file_count,
         t.piece_length, t.moderation_status, t.moderation_reason, t.moderated_by, t.moderated_at, t.is_freeleech,
         t.is_double_upload, t.is_featured, t.is_sticky, t.is_anonymous, t.seeders, t.leechers, t.times_completed,
         t.created_at, t.updated_at, t.deleted_at,
         (extract(epoch FROM t.created_at) * 1000000)::bigint::text AS created_us,
         (extract(epoch FROM t.updated_at) * 1000000)::bigint::text AS etag
  FROM torrents t JOIN torrent_categories c ON c.id = t.category_id`;

export const MODERATION_TO_PROTO: Record<StoredModerationStatus, ModerationStatus> = {
  pending: 'MODERATION_STATUS_PENDING',
  approved: 'MODERATION_STATUS_APPROVED',
  rejected: 'MODERATION_STATUS_REJECTED',
  postponed: 'MODERATION_STATUS_POSTPONED',
};

export interface FileRow {
  path: string;
  size: number;
  is_padding: boolean;
}

/** The torrent as `reader` may see it: an anonymous upload's uploader only for moderators and the uploader. */
export function toTorrentMessage(row: TorrentRow, reader: Caller, files: FileRow[] = []): Torrent {
  const showUploader = !row.is_anonymous || row.uploader_id === reader.userId || canViewHiddenTorrents(reader);
  return {
    name: torrentName(row.id),
    id: row.id,
    infoHash: row.info_hash.toString('hex'),
    infoHashV2: row.info_hash_v2?.toString('hex') ?? '',
    displayName: row.name,
    description: row.description ?? '',
    category: row.category,
    uploader: row.uploader_id && showUploader ? userName(row.uploader_id) : '',
    size: row.size,
    fileCount: row.file_count,
    pieceLength: row.piece_length ?? 0,
    moderationStatus: MODERATION_TO_PROTO[row.moderation_status],
    moderationReason: row.moderation_reason ?? '',
    moderatedBy: row.moderated_by ? userName(row.moderated_by) : '',
    moderateTime: toTimestamp(row.moderated_at),
    freeleech: row.is_freeleech,
    doubleUpload: row.is_double_upload,
    featured: row.is_featured,
    sticky: row.is_sticky,
    anonymous: row.is_anonymous,
    seeders: row.seeders,
    leechers: row.leechers,
    timesCompleted: row.times_completed,
    files: files.map((f) => ({ path: f.path, size: f.size, padding: f.is_padding })),
    createTime: toTimestamp(row.created_at),
    updateTime: toTimestamp(row.updated_at),
    deleteTime: toTimestamp(row.deleted_at),
    etag: row.etag,
  };
}

export function torrentAuditImage(row: TorrentRow): Record<string, unknown> {
  return {
    info_hash: row.info_hash.toString('hex'),
    name: row.name,
    description: row.description,
    category: row.category,
    moderation_status: row.moderation_status,
    moderation_reason: row.moderation_reason,
    freeleech: row.is_freeleech,
    double_upload: row.is_double_upload,
    featured: row.is_featured,
    sticky: row.is_sticky,
    anonymous: row.is_anonymous,
    deleted_at: row.deleted_at?.toISOString() ?? null,
  };
}

/**
 * SQL condition (over alias t) limiting torrents to those `reader` may see: without moderation
 * rights, approved ones and one's own uploads. `params` gets the reader's id when needed.
 */
export function visibleTorrentsCondition(reader: Caller, params: unknown[]): string | null {
  if (canViewHiddenTorrents(reader)) return null;
  params.push(reader.userId);
  return `(t.moderation_status = 'approved' OR t.uploader_id = $${params.length}::uuid)`;
}

/** Whether `reader` may see the torrent at all (GetTorrent answers NOT_FOUND otherwise). */
export function canSeeTorrent(reader: Caller, row: TorrentRow): boolean {
  return canViewHiddenTorrents(reader) || row.moderation_status === 'approved' || row.uploader_id === reader.userId;
}

export async function findTorrent(db: Queryable, ref: TorrentRef, options: { lock?: boolean } = {}): Promise<TorrentRow> {
  const [where, param] = 'id' in ref ? ['t.id = $1', ref.id] : ['t.info_hash = $1', ref.infoHash];
  const { rows } = await db.query<TorrentRow>(`${TORRENT_SELECT} WHERE ${where}${options.lock ? ' FOR UPDATE OF t' : ''}`, [param]);
  if (!rows[0]) throw notFound('id' in ref ? torrentName(ref.id) : `torrents/${ref.infoHash.toString('hex')}`);
  return rows[0];
}

export async function torrentFiles(db: Queryable, torrentId: string): Promise<FileRow[]> {
  const { rows } = await db.query<FileRow>(`SELECT path, size, is_padding FROM torrent_files WHERE torrent_id = $1 ORDER BY file_index`, [torrentId]);
  return rows;
}
