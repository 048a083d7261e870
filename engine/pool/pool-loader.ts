/**
 * Reads the pool from PostgreSQL for the supervisor: keys (decrypting each API key once), their slots
 * (creating the numbered slot rows a key lacks) and the stream sessions still open (to restore after a restart). Never on the request path.
 */
import type { Pool } from '../../core/db.js';
import { SecretBox, shownFingerprint } from '../../core/secret-box.js';
import type { PoolKeyStatus } from '../../core/pool-key-health.js';

export interface PoolKeyRow {
  id: string;
  name: string;
  /** Null when the sealed key does not open under this master key. */
  apiKey: string | null;
  fingerprint: string;
  active: boolean;
  priority: number;
  maxUserSlots: number;
  maxConcurrentStreams: number;
  status: PoolKeyStatus;
  consecutiveFailures: number;
}

interface KeyRow {
  id: string;
  name: string;
  api_key_ciphertext: Buffer;
  api_key_iv: Buffer;
  api_key_tag: Buffer;
  api_key_fingerprint: Buffer;
  is_active: boolean;
  priority: number;
  max_user_slots: number;
  max_concurrent_streams: number;
  status: PoolKeyStatus;
  consecutive_failures: number;
}

const KEY_SELECT = `
  SELECT id, name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint, is_active, priority,
         max_user_slots, max_concurrent_streams, status, consecutive_failures
  FROM torbox_pool`;

function toKey(row: KeyRow, box: SecretBox): PoolKeyRow {
  let apiKey: string | null = null;
  try {
    apiKey = box.open({ ciphertext: row.api_key_ciphertext, iv: row.api_key_iv, tag: row.api_key_tag }, row.id);
  } catch {
    apiKey = null;
  }
  return {
    id: row.id,
    name: row.name,
    apiKey,
    fingerprint: shownFingerprint(row.api_key_fingerprint),
    active: row.is_active,
    priority: row.priority,
    maxUserSlots: row.max_user_slots,
    maxConcurrentStreams: row.max_concurrent_streams,
    status: row.status,
    consecutiveFailures: row.consecutive_failures,
  };
}

export async function loadPoolKeys(pool: Pool, box: SecretBox): Promise<PoolKeyRow[]> {
  const { rows } = await pool.query<KeyRow>(`${KEY_SELECT} ORDER BY created_at, id`);
  return rows.map((r) => toKey(r, box));
}

export async function loadPoolKey(pool: Pool, box: SecretBox, id: string): Promise<PoolKeyRow | null> {
  const { rows } = await pool.query<KeyRow>(`${KEY_SELECT} WHERE id = $1`, [id]);
  return rows[0] ? toKey(rows[0], box) : null;
}

export interface SlotRow {
  id: string;
  slotNumber: number;
  userId: string | null;
}

/** The key's slots 1..`count`, creating missing rows (idempotent: the numbers are unique per key). */
export async function loadSlots(pool: Pool, keyId: string, count: number): Promise<SlotRow[]> {
  await pool.query(
    `INSERT INTO torbox_slots (pool_key_id, slot_number) SELECT $1, n FROM generate_series(1, $2::int) AS n
     ON CONFLICT (pool_key_id, slot_number) DO NOTHING`,
    [keyId, count],
  );
  const { rows } = await pool.query<{ id: string; slot_number: number; user_id: string | null }>(
    `SELECT id, slot_number, user_id FROM torbox_slots WHERE pool_key_id = $1 AND slot_number <= $2 ORDER BY slot_number`,
    [keyId, count],
  );
  return rows.map((r) => ({ id: r.id, slotNumber: r.slot_number, userId: r.user_id }));
}

export interface OpenSessionRow {
  id: string;
  startedAtMs: number;
  poolKeyId: string;
  userId: string | null;
  slotId: string | null;
  /** Unix seconds of the last heartbeat flushed (or the start). */
  lastHeartbeat: number;
}

export async function loadOpenSessions(pool: Pool): Promise<OpenSessionRow[]> {
  const { rows } = await pool.query<{ id: string; started_ms: number; pool_key_id: string; user_id: string | null; slot_id: string | null; heartbeat: number }>(
    `SELECT id, (extract(epoch FROM stream_started_at) * 1000)::float8 AS started_ms, pool_key_id, user_id, slot_id,
            extract(epoch FROM COALESCE(last_heartbeat_at, stream_started_at))::float8 AS heartbeat
     FROM torbox_concurrency_log WHERE stream_ended_at IS NULL`,
  );
  return rows.map((r) => ({
    id: r.id,
    startedAtMs: r.started_ms,
    poolKeyId: r.pool_key_id,
    userId: r.user_id,
    slotId: r.slot_id,
    lastHeartbeat: Math.floor(r.heartbeat),
  }));
}

/** Close sessions that cannot be restored: they ended, at the latest, one time-to-live after their last heartbeat. */
export async function expireSessions(pool: Pool, ids: string[], ttlSeconds: number): Promise<void> {
  if (ids.length === 0) return;
  await pool.query(
    `UPDATE torbox_concurrency_log SET
       stream_ended_at = GREATEST(stream_started_at, LEAST(now(), COALESCE(last_heartbeat_at, stream_started_at) + make_interval(secs => $2))),
       duration_seconds = floor(extract(epoch FROM GREATEST(stream_started_at, LEAST(now(), COALESCE(last_heartbeat_at, stream_started_at) + make_interval(secs => $2))) - stream_started_at))::int,
       end_reason = 'expired'
     WHERE id = ANY($1::uuid[]) AND stream_ended_at IS NULL`,
    [ids, ttlSeconds],
  );
}
