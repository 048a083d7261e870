/** Reading bans: one SELECT shape, the Ban message, the audit image, lookup by id. */
import { notFound } from '../../errors/control-error.js';
import type { Ban } from '../../generated/swarmgate/control/v1/Ban.js';
import { toTimestamp } from '../../timestamps.js';
import type { Queryable } from '../users/user-records.js';
import { APPEAL_STATUSES, BAN_SOURCES, BAN_TYPES, type StoredAppealStatus, type StoredBanSource, type StoredBanType } from './enums.js';
import { userOrEmpty } from './names.js';

export interface BanRow {
  id: string;
  ban_type: StoredBanType;
  source: StoredBanSource;
  user_id: string | null;
  user_level: number | null;
  ip_range: string | null;
  email_pattern: string | null;
  reason: string;
  internal_notes: string | null;
  banned_by: string | null;
  starts_at: Date;
  expires_at: Date | null;
  is_permanent: boolean;
  active: boolean;
  appeal_status: StoredAppealStatus | null;
  appeal_text: string | null;
  appeal_response: string | null;
  lifted_at: Date | null;
  lifted_by: string | null;
  lift_reason: string | null;
  created_at: Date;
  created_us: string;
  etag: string;
}

export const BAN_SELECT = `
  SELECT b.id, b.ban_type, b.source, b.user_id, g.level AS user_level, b.ip_range::text AS ip_range, b.email_pattern,
         b.reason, b.internal_notes, b.banned_by, b.starts_at, b.expires_at, b.is_permanent,
         (b.lifted_at IS NULL AND (b.expires_at IS NULL OR b.expires_at > now())) AS active,
         b.appeal_status, b.appeal_text, b.appeal_response, b.lifted_at, b.lifted_by, b.lift_reason, b.created_at,
         (extract(epoch FROM b.created_at) * 1000000)::bigint::text AS created_us,
         (extract(epoch FROM b.updated_at) * 1000000)::bigint::text AS etag
  FROM bans b
  LEFT JOIN users u ON u.id = b.user_id
  LEFT JOIN user_groups g ON g.id = u.group_id`;

/** Ban types the engine enforces: a change to one of these is published as bans.changed. */
export const ENGINE_BAN_TYPES: ReadonlySet<StoredBanType> = new Set(['account', 'download', 'ip']);

export function toBanMessage(row: BanRow): Ban {
  return {
    name: `bans/${row.id}`,
    type: BAN_TYPES.toProto(row.ban_type),
    source: BAN_SOURCES.toProto(row.source),
    user: userOrEmpty(row.user_id),
    ipRange: row.ip_range ?? '',
    emailPattern: row.email_pattern ?? '',
    reason: row.reason,
    internalNotes: row.internal_notes ?? '',
    bannedBy: userOrEmpty(row.banned_by),
    startTime: toTimestamp(row.starts_at),
    expireTime: toTimestamp(row.expires_at),
    permanent: row.is_permanent,
    active: row.active,
    appealStatus: row.appeal_status ? APPEAL_STATUSES.toProto(row.appeal_status) : 'APPEAL_STATUS_UNSPECIFIED',
    appealText: row.appeal_text ?? '',
    appealResponse: row.appeal_response ?? '',
    liftTime: toTimestamp(row.lifted_at),
    liftedBy: userOrEmpty(row.lifted_by),
    liftReason: row.lift_reason ?? '',
    createTime: toTimestamp(row.created_at),
    etag: row.etag,
  };
}

export function banAuditImage(row: BanRow): Record<string, unknown> {
  return {
    type: row.ban_type,
    source: row.source,
    user_id: row.user_id,
    ip_range: row.ip_range,
    email_pattern: row.email_pattern,
    reason: row.reason,
    expires_at: row.expires_at?.toISOString() ?? null,
    is_permanent: row.is_permanent,
    appeal_status: row.appeal_status,
    lifted_at: row.lifted_at?.toISOString() ?? null,
    lift_reason: row.lift_reason,
  };
}

export async function findBan(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<BanRow> {
  const { rows } = await db.query<BanRow>(`${BAN_SELECT} WHERE b.id = $1${options.lock ? ' FOR UPDATE OF b' : ''}`, [id]);
  if (!rows[0]) throw notFound(`bans/${id}`);
  return rows[0];
}
