/**
 * Reading accounts: one SELECT shape, its mapping to the User message, the audit image (no
 * secrets), and lookups by reference that raise NOT_FOUND.
 */
import type { PoolClient, Pool } from '../../../core/db.js';
import { canViewEmailsOf, canViewPasskeyOf, type Reader } from '../../auth/field-visibility.js';
import { notFound } from '../../errors/control-error.js';
import type { User } from '../../generated/swarmgate/control/v1/User.js';
import type { UserStatus } from '../../generated/swarmgate/control/v1/UserStatus.js';
import { userName, userRefCondition, type UserRef } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';

export type Queryable = Pool | PoolClient;

export interface UserRow {
  id: string;
  username: string;
  email: string;
  passkey: string;
  group_id: number;
  group_name: string;
  group_level: number;
  status: 'pending' | 'enabled' | 'disabled';
  disabled_reason: string | null;
  can_download: boolean;
  title: string | null;
  avatar_url: string | null;
  profile_text: string | null;
  invites_remaining: number;
  two_factor_enabled: boolean;
  password_hash: string | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  last_login_at: Date | null;
  created_us: string;
  etag: string;
}

export const USER_SELECT = `
  SELECT u.id, u.username, u.email, u.passkey, u.group_id, g.name AS group_name, g.level AS group_level, u.status,
         u.disabled_reason, u.can_download, u.title, u.avatar_url, u.profile_text, u.invites_remaining,
         coalesce(tf.is_enabled, false) AS two_factor_enabled, u.password_hash,
         u.created_at, u.updated_at, u.deleted_at, u.last_login_at,
         (extract(epoch FROM u.created_at) * 1000000)::bigint::text AS created_us,
         (extract(epoch FROM u.updated_at) * 1000000)::bigint::text AS etag
  FROM users u
  JOIN user_groups g ON g.id = u.group_id
  LEFT JOIN user_2fa tf ON tf.user_id = u.id`;

export const STATUS_TO_PROTO: Record<UserRow['status'], UserStatus> = {
  pending: 'USER_STATUS_PENDING',
  enabled: 'USER_STATUS_ENABLED',
  disabled: 'USER_STATUS_DISABLED',
};

/** The account as `reader` may see it (another account's email and passkey only with the permissions of field-visibility.ts). */
export function toUserMessage(row: UserRow, reader: Reader): User {
  return {
    name: userName(row.id),
    id: row.id,
    username: row.username,
    email: canViewEmailsOf(reader, row.id) ? row.email : '',
    group: row.group_name,
    status: STATUS_TO_PROTO[row.status],
    disabledReason: row.disabled_reason ?? '',
    passkey: canViewPasskeyOf(reader, row.id, row.group_level) ? row.passkey : '',
    canDownload: row.can_download,
    title: row.title ?? '',
    avatarUrl: row.avatar_url ?? '',
    profileText: row.profile_text ?? '',
    invitesRemaining: row.invites_remaining,
    twoFactorEnabled: row.two_factor_enabled,
    createTime: toTimestamp(row.created_at),
    updateTime: toTimestamp(row.updated_at),
    deleteTime: toTimestamp(row.deleted_at),
    lastLoginTime: toTimestamp(row.last_login_at),
    etag: row.etag,
  };
}

/** What the audit log keeps of an account: everything but credentials. */
export function userAuditImage(row: UserRow): Record<string, unknown> {
  return {
    username: row.username,
    email: row.email,
    group: row.group_name,
    status: row.status,
    disabled_reason: row.disabled_reason,
    can_download: row.can_download,
    title: row.title,
    avatar_url: row.avatar_url,
    profile_text: row.profile_text,
    invites_remaining: row.invites_remaining,
    two_factor_enabled: row.two_factor_enabled,
    deleted_at: row.deleted_at?.toISOString() ?? null,
  };
}

/** The account, or NOT_FOUND. `lock` takes a row lock for the rest of the transaction. */
export async function findUser(db: Queryable, ref: UserRef, options: { lock?: boolean } = {}): Promise<UserRow> {
  const params: unknown[] = [];
  const where = userRefCondition(ref, params);
  const { rows } = await db.query<UserRow>(`${USER_SELECT} WHERE ${where}${options.lock ? ' FOR UPDATE OF u' : ''}`, params);
  if (!rows[0]) throw notFound('id' in ref ? userName(ref.id) : `users/${ref.username}`);
  return rows[0];
}
