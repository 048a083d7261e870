-- Up Migration
-- Stream sessions and request logs of the debrid pool, both range-partitioned by month with a DEFAULT
-- partition. Unlike the tracker's history tables these keep the pool document's foreign keys (their
-- write rate is modest): pool key and slot go with the key (CASCADE / SET NULL), user_id is SET NULL
-- so usage history survives a purged account.
--
-- torbox_concurrency_log: one row per stream session (a lease). stream_ended_at IS NULL means live;
-- the partial index on pool_key_id covers the "live streams per key" count. A session stays in the
-- partition of its start month when it ends (the partition key never changes).
-- torbox_usage_logs: one row per API request; the pool document's "timestamp" column is occurred_at.
-- Torrent hashes are raw bytes (20-byte v1 or 32-byte v2).

CREATE TABLE torbox_concurrency_log (
  id                 uuid        NOT NULL DEFAULT gen_random_uuid(),
  stream_started_at  timestamptz NOT NULL DEFAULT now(),
  pool_key_id        uuid        NOT NULL REFERENCES torbox_pool (id) ON DELETE CASCADE,
  user_id            uuid        REFERENCES users (id) ON DELETE SET NULL,
  slot_id            uuid        REFERENCES torbox_slots (id) ON DELETE SET NULL,
  device_id          text,
  stream_ended_at    timestamptz,
  last_heartbeat_at  timestamptz,
  duration_seconds   integer     CHECK (duration_seconds >= 0),
  end_reason         text        CHECK (end_reason IN ('stopped', 'expired', 'evicted', 'error')),
  stream_type        text        CHECK (stream_type IN ('movie', 'series')),
  imdb_id            text,
  torrent_hash       bytea       CHECK (octet_length(torrent_hash) IN (20, 32)),
  PRIMARY KEY (id, stream_started_at),
  CONSTRAINT torbox_concurrency_log_end_after_start CHECK (stream_ended_at IS NULL OR stream_ended_at >= stream_started_at),
  CONSTRAINT torbox_concurrency_log_end_reason CHECK (end_reason IS NULL OR stream_ended_at IS NOT NULL)
) PARTITION BY RANGE (stream_started_at);

CREATE TABLE torbox_concurrency_log_default PARTITION OF torbox_concurrency_log DEFAULT;

CREATE INDEX idx_torbox_concurrency_pool_active ON torbox_concurrency_log (pool_key_id) WHERE stream_ended_at IS NULL;
CREATE INDEX idx_torbox_concurrency_pool_started ON torbox_concurrency_log (pool_key_id, stream_started_at);
CREATE INDEX idx_torbox_concurrency_user_id ON torbox_concurrency_log (user_id, stream_started_at);
CREATE INDEX idx_torbox_concurrency_slot_id ON torbox_concurrency_log (slot_id) WHERE slot_id IS NOT NULL;

COMMENT ON TABLE torbox_concurrency_log IS 'Stream sessions per pool key (stream_ended_at NULL = live); partitioned by start month';
COMMENT ON COLUMN torbox_concurrency_log.last_heartbeat_at IS 'Leases without a recent heartbeat are ended with end_reason = expired';

CREATE TABLE torbox_usage_logs (
  id                uuid        NOT NULL DEFAULT gen_random_uuid(),
  occurred_at       timestamptz NOT NULL DEFAULT now(),
  user_id           uuid        REFERENCES users (id) ON DELETE SET NULL,
  pool_key_id       uuid        REFERENCES torbox_pool (id) ON DELETE SET NULL,
  device_id         text,
  stream_type       text        CHECK (stream_type IN ('movie', 'series')),
  title             text,
  imdb_id           text,
  torrent_hash      bytea       CHECK (octet_length(torrent_hash) IN (20, 32)),
  debrid_service    text        NOT NULL DEFAULT 'torbox' CHECK (debrid_service ~ '^[a-z0-9_]{2,32}$'),
  was_cached        boolean,
  endpoint          text,
  response_time_ms  integer     CHECK (response_time_ms >= 0),
  status_code       integer     CHECK (status_code BETWEEN 100 AND 599),
  was_successful    boolean     NOT NULL,
  error_type        text,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE torbox_usage_logs_default PARTITION OF torbox_usage_logs DEFAULT;

CREATE INDEX idx_torbox_usage_logs_user_id ON torbox_usage_logs (user_id, occurred_at);
CREATE INDEX idx_torbox_usage_logs_pool_key_id ON torbox_usage_logs (pool_key_id, occurred_at);

COMMENT ON TABLE torbox_usage_logs IS 'Every pool-service API request / stream access; partitioned by month of occurred_at';
COMMENT ON COLUMN torbox_usage_logs.occurred_at IS 'When the request happened (the pool document''s "timestamp")';
COMMENT ON COLUMN torbox_usage_logs.debrid_service IS 'torbox, realdebrid, alldebrid, ...';

INSERT INTO partitioned_tables (parent, retention_months) VALUES
  ('torbox_concurrency_log', 12),
  ('torbox_usage_logs', 6);

-- Down Migration
DELETE FROM partitioned_tables WHERE parent IN ('torbox_concurrency_log'::regclass, 'torbox_usage_logs'::regclass);
DROP TABLE torbox_usage_logs;
DROP TABLE torbox_concurrency_log;
