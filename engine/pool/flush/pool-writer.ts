/**
 * Writes one pool batch in one transaction, recorded in flush_batches by its id (a batch found there
 * committed before and is skipped). Sessions are inserted by lease id (ON CONFLICT DO NOTHING) and
 * ended only while open, so nothing is written twice; rows naming keys, users or slots deleted
 * meanwhile lose those references instead of failing the batch.
 */
import type { Pool } from '../../../core/db.js';
import type { PoolBatch } from './pool-batch.js';

/**
 * Times travel as epoch milliseconds (float8, exact for whole ms) and become timestamptz in
 * PostgreSQL: formatting ISO text for every row cost the flusher more than the rest of the batch.
 */
const at = (ms: string) => `to_timestamp(${ms} / 1000)`;

const INSERT_SESSIONS = `
  INSERT INTO torbox_concurrency_log (id, stream_started_at, pool_key_id, user_id, slot_id, device_id, last_heartbeat_at,
    stream_ended_at, duration_seconds, end_reason, stream_type, imdb_id, torrent_hash)
  SELECT v.id, v.started, v.key, u.id, s.id, v.device, v.started, v.ended,
         CASE WHEN v.ended IS NULL THEN NULL ELSE floor(extract(epoch FROM v.ended - v.started))::int END,
         v.reason, v.type, v.imdb, decode(v.hash, 'hex')
  FROM (SELECT r.*, ${at('r.started_ms')} AS started, ${at('r.ended_ms')} AS ended
        FROM unnest($1::uuid[], $2::float8[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::float8[], $8::text[],
                    $9::text[], $10::text[], $11::text[]) AS r(id, started_ms, key, user_id, slot_id, device, ended_ms, reason, type, imdb, hash)) v
  JOIN torbox_pool p ON p.id = v.key
  LEFT JOIN users u ON u.id = v.user_id
  LEFT JOIN torbox_slots s ON s.id = v.slot_id
  ON CONFLICT (id, stream_started_at) DO NOTHING`;

const END_SESSIONS = `
  UPDATE torbox_concurrency_log c SET
    stream_ended_at = GREATEST(v.ended, c.stream_started_at),
    duration_seconds = floor(extract(epoch FROM GREATEST(v.ended, c.stream_started_at) - c.stream_started_at))::int,
    end_reason = v.reason
  FROM (SELECT r.id, ${at('r.ended_ms')} AS ended, r.reason FROM unnest($1::uuid[], $2::float8[], $3::text[]) AS r(id, ended_ms, reason)) v
  WHERE c.id = v.id AND c.stream_ended_at IS NULL`;

/** Ends whose session row is not there yet (its start is still in a later drain). */
const MISSING_SESSIONS = `
  SELECT v.id::text AS id FROM unnest($1::uuid[]) AS v(id)
  WHERE NOT EXISTS (SELECT 1 FROM torbox_concurrency_log c WHERE c.id = v.id)`;

const HEARTBEATS = `
  UPDATE torbox_concurrency_log c SET last_heartbeat_at = v.at
  FROM (SELECT r.id, ${at('r.at_ms')} AS at FROM unnest($1::uuid[], $2::float8[]) AS r(id, at_ms)) v
  WHERE c.id = v.id AND c.stream_ended_at IS NULL AND (c.last_heartbeat_at IS NULL OR c.last_heartbeat_at < v.at)`;

const INSERT_USAGE = `
  INSERT INTO torbox_usage_logs (id, occurred_at, user_id, pool_key_id, device_id, stream_type, title, imdb_id, torrent_hash,
    was_cached, endpoint, response_time_ms, status_code, was_successful, error_type)
  SELECT v.id, v.at, u.id, p.id, v.device, v.type, v.title, v.imdb, decode(v.hash, 'hex'), v.cached, v.endpoint, v.response_ms,
         v.status, v.ok, v.error_type
  FROM (SELECT r.*, ${at('r.at_ms')} AS at
        FROM unnest($1::uuid[], $2::float8[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                    $10::boolean[], $11::text[], $12::int[], $13::int[], $14::boolean[], $15::text[])
             AS r(id, at_ms, user_id, key, device, type, title, imdb, hash, cached, endpoint, response_ms, status, ok, error_type)) v
  LEFT JOIN users u ON u.id = v.user_id
  LEFT JOIN torbox_pool p ON p.id = v.key
  ON CONFLICT (id, occurred_at) DO NOTHING`;

// An operator's 'disabled' is never overwritten by the engine's view of health.
const UPDATE_HEALTH = `
  UPDATE torbox_pool p SET
    status = v.status, status_reason = NULLIF(v.reason, ''), consecutive_failures = v.failures,
    last_success_at = GREATEST(p.last_success_at, v.last_success), last_failure_at = GREATEST(p.last_failure_at, v.last_failure),
    updated_at = now()
  FROM (SELECT r.id, r.status, r.reason, r.failures, ${at('r.success_ms')} AS last_success, ${at('r.failure_ms')} AS last_failure
        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::float8[], $6::float8[])
             AS r(id, status, reason, failures, success_ms, failure_ms)) v
  WHERE p.id = v.id AND p.status <> 'disabled'`;

// Assignments of a slot that changed hands stop pointing at it; the new owner's devices follow below.
const RELEASE_ASSIGNMENTS = `
  UPDATE torbox_assignments a SET slot_id = NULL, assigned_pool_key_id = NULL
  FROM unnest($1::uuid[], $2::uuid[]) AS v(slot_id, user_id)
  WHERE a.slot_id = v.slot_id AND a.user_id IS DISTINCT FROM v.user_id`;

const UPDATE_SLOT_OWNERS = `
  UPDATE torbox_slots s SET
    user_id = u.id,
    is_active = u.id IS NOT NULL,
    assigned_at = CASE WHEN u.id IS NULL THEN NULL WHEN s.user_id IS DISTINCT FROM u.id THEN v.at ELSE s.assigned_at END,
    last_activity_at = CASE WHEN u.id IS NOT NULL AND s.user_id IS DISTINCT FROM u.id THEN v.at ELSE s.last_activity_at END,
    updated_at = now()
  FROM (SELECT r.slot_id, r.user_id, ${at('r.at_ms')} AS at FROM unnest($1::uuid[], $2::uuid[], $3::float8[]) AS r(slot_id, user_id, at_ms)) v
  LEFT JOIN users u ON u.id = v.user_id
  WHERE s.id = v.slot_id`;

const MOVE_USER_ASSIGNMENTS = `
  UPDATE torbox_assignments a SET slot_id = s.id, assigned_pool_key_id = s.pool_key_id
  FROM unnest($1::uuid[], $2::uuid[]) AS v(slot_id, user_id) JOIN torbox_slots s ON s.id = v.slot_id
  WHERE v.user_id IS NOT NULL AND a.user_id = v.user_id`;

const SLOT_ACTIVITY = `
  UPDATE torbox_slots s SET
    total_streams = s.total_streams + v.streams,
    last_activity_at = GREATEST(s.last_activity_at, v.at)
  FROM (SELECT r.slot_id, r.streams, ${at('r.at_ms')} AS at FROM unnest($1::uuid[], $2::int[], $3::float8[]) AS r(slot_id, streams, at_ms)) v
  WHERE s.id = v.slot_id`;

const UPSERT_DEVICES = `
  INSERT INTO torbox_assignments AS a (user_id, device_id, slot_id, assigned_pool_key_id, last_used_at)
  SELECT v.user_id, v.device, s.id, s.pool_key_id, v.at
  FROM (SELECT r.user_id, r.device, r.slot_id, ${at('r.at_ms')} AS at FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::float8[]) AS r(user_id, device, slot_id, at_ms)) v
  JOIN users u ON u.id = v.user_id
  LEFT JOIN torbox_slots s ON s.id = v.slot_id
  ON CONFLICT (user_id, device_id) DO UPDATE SET
    slot_id = EXCLUDED.slot_id, assigned_pool_key_id = EXCLUDED.assigned_pool_key_id,
    last_used_at = GREATEST(a.last_used_at, EXCLUDED.last_used_at)`;

// Slot counts come from the slot rows just written, so they always agree with torbox_slots.
const KEY_COUNTS = `
  UPDATE torbox_pool p SET
    current_concurrent_streams = v.streams,
    current_user_slots = LEAST(p.max_user_slots, (SELECT count(*) FROM torbox_slots s WHERE s.pool_key_id = p.id AND s.user_id IS NOT NULL)),
    updated_at = now()
  FROM unnest($1::uuid[], $2::int[]) AS v(id, streams)
  WHERE p.id = v.id`;

export interface PoolWriteResult {
  outcome: 'written' | 'already-written';
  /** Lease ids of ends with no session row yet (to try again with a later batch). */
  missingEnds: Set<string>;
}

export async function writePoolBatch(pool: Pool, b: PoolBatch): Promise<PoolWriteResult> {
  const client = await pool.connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const seen = await client.query('SELECT 1 FROM flush_batches WHERE batch_id = $1', [b.id]);
    if (seen.rowCount) {
      await client.query('ROLLBACK');
      return { outcome: 'already-written', missingEnds: new Set() };
    }
    const s = b.sessions;
    if (s.id.length > 0) {
      await client.query(INSERT_SESSIONS, [s.id, s.started, s.key, s.user, s.slot, s.device, s.ended, s.reason, s.type, s.imdb, s.hash]);
    }
    let missingEnds = new Set<string>();
    if (b.ends.length > 0) {
      const ids = b.ends.map((e) => e.end.leaseId);
      await client.query(END_SESSIONS, [ids, b.ends.map((e) => e.end.endedAtMs), b.ends.map((e) => e.end.reason)]);
      const missing = await client.query<{ id: string }>(MISSING_SESSIONS, [ids]);
      missingEnds = new Set(missing.rows.map((r) => r.id));
    }
    if (b.heartbeats.id.length > 0) await client.query(HEARTBEATS, [b.heartbeats.id, b.heartbeats.at]);
    const u = b.usage;
    if (u.id.length > 0) {
      await client.query(INSERT_USAGE, [u.id, u.at, u.user, u.key, u.device, u.type, u.title, u.imdb, u.hash, u.cached, u.endpoint, u.responseMs, u.status, u.ok, u.errorType]);
    }
    const h = b.health;
    if (h.key.length > 0) await client.query(UPDATE_HEALTH, [h.key, h.status, h.reason, h.failures, h.lastSuccess, h.lastFailure]);
    const o = b.slotOwners;
    if (o.slot.length > 0) {
      await client.query(RELEASE_ASSIGNMENTS, [o.slot, o.user]);
      await client.query(UPDATE_SLOT_OWNERS, [o.slot, o.user, o.at]);
    }
    const a = b.slotActivity;
    if (a.slot.length > 0) await client.query(SLOT_ACTIVITY, [a.slot, a.streams, a.at]);
    const d = b.devices;
    if (d.user.length > 0) await client.query(UPSERT_DEVICES, [d.user, d.device, d.slot, d.at]);
    if (o.slot.length > 0) await client.query(MOVE_USER_ASSIGNMENTS, [o.slot, o.user]);
    if (b.keyCounts.key.length > 0) await client.query(KEY_COUNTS, [b.keyCounts.key, b.keyCounts.streams]);
    await client.query(
      'INSERT INTO flush_batches (batch_id, peer_rows, user_rows, history_rows, torrent_rows, snatch_rows) VALUES ($1, 0, 0, 0, 0, 0)',
      [b.id],
    );
    await client.query('COMMIT');
    return { outcome: 'written', missingEnds };
  } catch (err) {
    broken = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
