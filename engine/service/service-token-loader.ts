/**
 * Loads the service tokens (supervisor side): every unrevoked API token with the service permissions
 * its owner's group holds, computed in SQL from control/auth/permission-table.ts, so the engine
 * enforces exactly what the control plane documents for PERMISSION_POOL_STREAM and
 * PERMISSION_INDEXERS_REPORT.
 */
import type { Pool } from '../../core/db.js';
import { PERMISSION_TABLE } from '../../control/auth/permission-table.js';
import { permissionBit, SERVICE_PERMISSIONS, type ServiceTokenRecord } from './service-tokens.js';

/** canPoolStream -> can_pool_stream: group flags are user_groups columns. */
const column = (flag: string): string => flag.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `grants` as one SQL expression: the sum of the bits whose requirement the group meets. */
const GRANTS_SQL = SERVICE_PERMISSIONS.map((permission) => {
  const { flag, minLevel } = PERMISSION_TABLE[permission];
  const condition = `g.level >= ${Number(minLevel)}${flag ? ` AND g.${column(flag)}` : ''}`;
  return `CASE WHEN ${condition} THEN ${permissionBit(permission)} ELSE 0 END`;
}).join(' + ');

/** Unrevoked API tokens (all, or one user's), with the service permissions each carries. */
export async function loadServiceTokens(pool: Pool, userId?: string): Promise<ServiceTokenRecord[]> {
  const { rows } = await pool.query<{ hash: string; user_id: string; grants: number; expires_ms: number }>(
    `SELECT encode(t.token_hash, 'hex') AS hash, t.user_id,
            CASE WHEN u.status = 'enabled' AND u.deleted_at IS NULL THEN ${GRANTS_SQL} ELSE 0 END AS grants,
            COALESCE(extract(epoch FROM t.expires_at) * 1000, 0)::float8 AS expires_ms
     FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN user_groups g ON g.id = u.group_id
     WHERE t.revoked_at IS NULL ${userId ? 'AND t.user_id = $1' : ''}`,
    userId ? [userId] : [],
  );
  return rows.map((r) => ({ hash: r.hash, userId: r.user_id, grants: r.grants, expiresAtMs: r.expires_ms }));
}
