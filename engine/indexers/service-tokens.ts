/**
 * Who may report searches to the engine: API tokens of enabled accounts whose group holds
 * PERMISSION_INDEXERS_REPORT (group level 20 or more, see control/auth/permission-table.ts), held in
 * memory as SHA-256 digests and compared by digest, so a request never waits on PostgreSQL. Reloaded
 * periodically and when an account changes; expiry is checked per request.
 */
import { createHash } from 'node:crypto';
import type { Pool } from '../../core/db.js';

/** Group level PERMISSION_INDEXERS_REPORT requires (control/auth/permission-table.ts says the same). */
export const REPORT_MIN_LEVEL = 20;

const SERVICE_TOKENS = `
  SELECT encode(t.token_hash, 'hex') AS digest, t.expires_at
  FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN user_groups g ON g.id = u.group_id
  WHERE t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
    AND u.status = 'enabled' AND u.deleted_at IS NULL AND g.level >= $1`;

const BEARER = /^Bearer\s+(\S+)$/i;

export class ServiceTokens {
  /** hex SHA-256 digest -> expiry (epoch ms, Infinity for none). */
  private digests = new Map<string, number>();

  async load(pool: Pool): Promise<void> {
    const { rows } = await pool.query<{ digest: string; expires_at: Date | null }>(SERVICE_TOKENS, [REPORT_MIN_LEVEL]);
    this.digests = new Map(rows.map((r) => [r.digest, r.expires_at ? r.expires_at.getTime() : Infinity]));
  }

  /** Whether an `Authorization` header value carries a service token valid now. */
  accepts(authorization: string): boolean {
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) return false;
    const expires = this.digests.get(createHash('sha256').update(token).digest('hex'));
    return expires !== undefined && expires > Date.now();
  }
}
