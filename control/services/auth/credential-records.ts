/** Login sessions and API tokens as rows and as messages (never with their secret). */
import { canViewIpsOf, type Reader } from '../../auth/field-visibility.js';
import type { ApiToken } from '../../generated/swarmgate/control/v1/ApiToken.js';
import type { Session } from '../../generated/swarmgate/control/v1/Session.js';
import { userName } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';

export interface SessionRow {
  id: string;
  user_id: string;
  device_name: string | null;
  user_agent: string | null;
  ip: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoke_reason: string | null;
  created_us: string;
}

export const SESSION_SELECT = `
  SELECT s.id, s.user_id, s.device_name, s.user_agent, host(s.ip) AS ip, s.created_at, s.last_seen_at, s.expires_at,
         s.revoked_at, s.revoke_reason, (extract(epoch FROM s.created_at) * 1000000)::bigint::text AS created_us
  FROM user_sessions s`;

/** The session as `reader` may see it (another account's client address only with PERMISSION_USERS_VIEW_IPS). */
export function toSessionMessage(row: SessionRow, reader: Reader): Session {
  return {
    name: `${userName(row.user_id)}/sessions/${row.id}`,
    deviceName: row.device_name ?? '',
    userAgent: row.user_agent ?? '',
    ip: canViewIpsOf(reader, row.user_id) ? (row.ip ?? '') : '',
    createTime: toTimestamp(row.created_at),
    lastSeenTime: toTimestamp(row.last_seen_at),
    expireTime: toTimestamp(row.expires_at),
    revokeTime: toTimestamp(row.revoked_at),
    revokeReason: row.revoke_reason ?? '',
  };
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  created_us: string;
}

export const API_TOKEN_SELECT = `
  SELECT t.id, t.user_id, t.name, t.created_at, t.last_used_at, t.expires_at, t.revoked_at,
         (extract(epoch FROM t.created_at) * 1000000)::bigint::text AS created_us
  FROM api_tokens t`;

export function toApiTokenMessage(row: ApiTokenRow): ApiToken {
  return {
    name: `${userName(row.user_id)}/apiTokens/${row.id}`,
    displayName: row.name,
    createTime: toTimestamp(row.created_at),
    lastUsedTime: toTimestamp(row.last_used_at),
    expireTime: toTimestamp(row.expires_at),
    revokeTime: toTimestamp(row.revoked_at),
  };
}
