/**
 * Reading pool keys: one SELECT shape (never the sealed secret), its mapping to the PoolKey message,
 * the audit image (the fingerprint, never the secret), and the lookup that raises NOT_FOUND.
 */
import type { Pool, PoolClient } from '../../../core/db.js';
import type { PoolKeyStatus } from '../../../core/pool-key-health.js';
import { shownFingerprint } from '../../../core/secret-box.js';
import { notFound } from '../../errors/control-error.js';
import type { PoolKey } from '../../generated/swarmgate/control/v1/PoolKey.js';
import type { PoolKeyHealth } from '../../generated/swarmgate/control/v1/PoolKeyHealth.js';
import { toTimestamp } from '../../timestamps.js';
import { poolKeyName } from './pool-names.js';

export type Queryable = Pool | PoolClient;

export interface PoolKeyRow {
  id: string;
  name: string;
  api_key_fingerprint: Buffer;
  is_active: boolean;
  priority: number;
  max_user_slots: number;
  current_user_slots: number;
  max_concurrent_streams: number;
  current_concurrent_streams: number;
  status: PoolKeyStatus;
  status_reason: string | null;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  consecutive_failures: number;
  total_failures_24h: number;
  total_requests_24h: number;
  failure_rate_24h: number;
  avg_response_time_ms: number | null;
  created_at: Date;
  updated_at: Date;
  created_us: string;
  etag: string;
}

/** Every column but the sealed secret. */
export const POOL_KEY_SELECT = `
  SELECT p.id, p.name, p.api_key_fingerprint, p.is_active, p.priority, p.max_user_slots, p.current_user_slots,
         p.max_concurrent_streams, p.current_concurrent_streams, p.status, p.status_reason, p.last_success_at,
         p.last_failure_at, p.consecutive_failures, p.total_failures_24h, p.total_requests_24h, p.failure_rate_24h,
         p.avg_response_time_ms, p.created_at, p.updated_at,
         (extract(epoch FROM p.created_at) * 1000000)::bigint::text AS created_us,
         (extract(epoch FROM p.updated_at) * 1000000)::bigint::text AS etag
  FROM torbox_pool p`;

export const HEALTH_TO_PROTO: Record<PoolKeyStatus, PoolKeyHealth> = {
  healthy: 'POOL_KEY_HEALTH_HEALTHY',
  degraded: 'POOL_KEY_HEALTH_DEGRADED',
  failing: 'POOL_KEY_HEALTH_FAILING',
  disabled: 'POOL_KEY_HEALTH_DISABLED',
};

/** POOL_KEY_HEALTH_* -> stored status, for filters. */
export const HEALTH_FROM_PROTO: Record<string, PoolKeyStatus> = Object.fromEntries(
  Object.entries(HEALTH_TO_PROTO).map(([stored, proto]) => [proto, stored as PoolKeyStatus]),
);

export function toPoolKeyMessage(row: PoolKeyRow): PoolKey {
  return {
    name: poolKeyName(row.id),
    id: row.id,
    displayName: row.name,
    apiKeyFingerprint: shownFingerprint(row.api_key_fingerprint),
    active: row.is_active,
    priority: row.priority,
    maxUserSlots: row.max_user_slots,
    currentUserSlots: row.current_user_slots,
    maxConcurrentStreams: row.max_concurrent_streams,
    currentConcurrentStreams: row.current_concurrent_streams,
    health: HEALTH_TO_PROTO[row.status],
    healthReason: row.status_reason ?? '',
    lastSuccessTime: toTimestamp(row.last_success_at),
    lastFailureTime: toTimestamp(row.last_failure_at),
    consecutiveFailures: row.consecutive_failures,
    totalRequests_24h: row.total_requests_24h,
    totalFailures_24h: row.total_failures_24h,
    failureRate_24h: row.failure_rate_24h,
    ...(row.avg_response_time_ms === null ? {} : { avgResponseTimeMs: row.avg_response_time_ms }),
    createTime: toTimestamp(row.created_at),
    updateTime: toTimestamp(row.updated_at),
    etag: row.etag,
  };
}

/** What the audit log keeps of a key: its settings and the shown fingerprint, never the secret. */
export function poolKeyAuditImage(row: PoolKeyRow): Record<string, unknown> {
  return {
    display_name: row.name,
    api_key_fingerprint: shownFingerprint(row.api_key_fingerprint),
    is_active: row.is_active,
    priority: row.priority,
    max_user_slots: row.max_user_slots,
    max_concurrent_streams: row.max_concurrent_streams,
    status: row.status,
    status_reason: row.status_reason,
  };
}

/** The key, or NOT_FOUND. `lock` takes a row lock for the rest of the transaction. */
export async function findPoolKey(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<PoolKeyRow> {
  const { rows } = await db.query<PoolKeyRow>(`${POOL_KEY_SELECT} WHERE p.id = $1${options.lock ? ' FOR UPDATE OF p' : ''}`, [id]);
  if (!rows[0]) throw notFound(poolKeyName(id));
  return rows[0];
}
