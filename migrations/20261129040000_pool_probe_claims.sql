-- Up Migration
-- The pool_key_health_probe job claims a key (sets last_probe_at, under the row lock) before it calls
-- the provider with it, and skips keys claimed less than a minute before its clock: two runs at once
-- (two nodes, or a run overlapping a slow one) probe each key once, so a failure is never counted
-- twice towards degraded/failing. Written only by that job.

ALTER TABLE torbox_pool ADD COLUMN last_probe_at timestamptz;

COMMENT ON COLUMN torbox_pool.last_probe_at IS 'When the health probe job last claimed the key for a probe';

-- Down Migration
ALTER TABLE torbox_pool DROP COLUMN last_probe_at;
