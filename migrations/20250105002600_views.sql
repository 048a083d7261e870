-- Up Migration
-- The pool document's two views. Thresholds are fractions of each key's own maximum, computed in
-- exact integer arithmetic (no rounding at the boundary):
--   slot_status:        WARNING at >= 80 %, CRITICAL at >= 95 % of max_user_slots
--   concurrency_status: WARNING at >= 30/35, CRITICAL at >= 33/35 of max_concurrent_streams
-- The documented columns come first in the documented order; name and priority are extra.

CREATE VIEW v_pool_status AS
SELECT
  p.id                          AS pool_key_id,
  p.current_user_slots,
  p.max_user_slots,
  p.current_concurrent_streams,
  p.max_concurrent_streams,
  p.status,
  p.is_active,
  round(100.0 * p.current_user_slots / p.max_user_slots, 2)                 AS slot_utilization_pct,
  round(100.0 * p.current_concurrent_streams / p.max_concurrent_streams, 2) AS concurrency_utilization_pct,
  CASE
    WHEN p.current_user_slots::bigint * 100 >= p.max_user_slots::bigint * 95 THEN 'CRITICAL'
    WHEN p.current_user_slots::bigint * 100 >= p.max_user_slots::bigint * 80 THEN 'WARNING'
    ELSE 'OK'
  END                           AS slot_status,
  CASE
    WHEN p.current_concurrent_streams::bigint * 35 >= p.max_concurrent_streams::bigint * 33 THEN 'CRITICAL'
    WHEN p.current_concurrent_streams::bigint * 35 >= p.max_concurrent_streams::bigint * 30 THEN 'WARNING'
    ELSE 'OK'
  END                           AS concurrency_status,
  p.name,
  p.priority
FROM torbox_pool p;

COMMENT ON VIEW v_pool_status IS 'Capacity of each pool key with OK/WARNING/CRITICAL for user slots and live streams';

CREATE VIEW v_user_slots AS
SELECT
  s.user_id,
  u.email,
  s.id                AS slot_id,
  s.slot_number,
  s.pool_key_id,
  s.assigned_at,
  s.last_activity_at,
  s.total_streams,
  s.is_active,
  p.status            AS pool_status,
  round(extract(epoch FROM (now() - s.last_activity_at)) / 86400, 2) AS days_since_activity
FROM torbox_slots s
JOIN users u       ON u.id = s.user_id
JOIN torbox_pool p ON p.id = s.pool_key_id;

COMMENT ON VIEW v_user_slots IS 'Assigned slots with the user''s email and days since last activity (reclaim after 3)';

-- Down Migration
DROP VIEW v_user_slots;
DROP VIEW v_pool_status;
