/**
 * Bearer-token authentication: a session token (from Login) or an API token, looked up by its
 * SHA-256 digest. The account must be enabled and not deleted; the credential unrevoked and
 * unexpired. Last-use times are refreshed at most once a minute so reads stay read-mostly.
 */
import type { Metadata } from '@grpc/grpc-js';
import type { Pool } from '../../core/db.js';
import { hashToken } from '../credentials.js';
import { unauthenticated } from '../errors/control-error.js';
import type { Caller } from './caller.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The token in "authorization: Bearer <token>", or undefined. */
export function bearerToken(metadata: Metadata): string | undefined {
  const value = metadata.get('authorization')[0];
  return typeof value === 'string' ? BEARER.exec(value.trim())?.[1] : undefined;
}

interface CredentialRow {
  credential_id: string;
  expired: boolean;
  revoked: boolean;
  user_id: string;
  username: string;
  account_usable: boolean;
  group_name: string;
  level: number;
  can_upload: boolean;
  can_moderate: boolean;
  can_edit_torrents: boolean;
  can_delete_torrents: boolean;
  can_manage_users: boolean;
  can_view_emails: boolean;
  can_view_ips: boolean;
  can_pool_stream: boolean;
}

const ACCOUNT_COLUMNS = `
  u.id AS user_id, u.username, (u.status = 'enabled' AND u.deleted_at IS NULL) AS account_usable,
  g.name AS group_name, g.level, g.can_upload, g.can_moderate, g.can_edit_torrents, g.can_delete_torrents, g.can_manage_users,
  g.can_view_emails, g.can_view_ips, g.can_pool_stream`;

const SESSION_LOOKUP = `
  SELECT s.id AS credential_id, s.expires_at <= now() AS expired, s.revoked_at IS NOT NULL AS revoked, ${ACCOUNT_COLUMNS}
  FROM user_sessions s JOIN users u ON u.id = s.user_id JOIN user_groups g ON g.id = u.group_id
  WHERE s.token_hash = $1`;

const API_TOKEN_LOOKUP = `
  SELECT t.id AS credential_id, coalesce(t.expires_at <= now(), false) AS expired, t.revoked_at IS NOT NULL AS revoked, ${ACCOUNT_COLUMNS}
  FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN user_groups g ON g.id = u.group_id
  WHERE t.token_hash = $1`;

export async function authenticate(pool: Pool, token: string | undefined): Promise<Caller> {
  if (!token) throw unauthenticated('CREDENTIALS_MISSING', 'send "authorization: Bearer <token>" (log in with AuthService.Login)');
  const type = token.startsWith('sgs_') ? 'session' : token.startsWith('sgt_') ? 'api_token' : null;
  if (!type) throw unauthenticated('CREDENTIALS_INVALID', 'the bearer token is not a Swarmgate session or API token');
  const { rows } = await pool.query<CredentialRow>(type === 'session' ? SESSION_LOOKUP : API_TOKEN_LOOKUP, [hashToken(token)]);
  const row = rows[0];
  if (!row) throw unauthenticated('CREDENTIALS_INVALID', 'the bearer token is not known');
  if (row.revoked) throw unauthenticated('CREDENTIALS_REVOKED', 'the bearer token was revoked');
  if (row.expired) throw unauthenticated('CREDENTIALS_EXPIRED', 'the bearer token has expired; log in again');
  if (!row.account_usable) throw unauthenticated('ACCOUNT_DISABLED', 'the account is disabled or deleted');
  await pool.query(
    type === 'session'
      ? `UPDATE user_sessions SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - interval '1 minute'`
      : `UPDATE api_tokens SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
    [row.credential_id],
  );
  return {
    userId: row.user_id,
    username: row.username,
    groupName: row.group_name,
    group: {
      level: row.level,
      canUpload: row.can_upload,
      canModerate: row.can_moderate,
      canEditTorrents: row.can_edit_torrents,
      canDeleteTorrents: row.can_delete_torrents,
      canManageUsers: row.can_manage_users,
      canViewEmails: row.can_view_emails,
      canViewIps: row.can_view_ips,
      canPoolStream: row.can_pool_stream,
    },
    credential: { type, id: row.credential_id },
  };
}
