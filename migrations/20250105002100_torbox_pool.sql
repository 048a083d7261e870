-- Up Migration
-- Debrid (TorBox) key pool: keys with capacity and health, numbered user slots per key, user/device
-- assignments to slots, and the health-check history.
--
-- Two separate capacities (pool document): user slots (how many users a key serves, default 100)
-- and concurrent streams (TorBox's hard cap per key, default 35). current_concurrent_streams is the
-- flushed copy of the engine's atomic counter; the per-session truth is torbox_concurrency_log.
-- The API key is stored AES-256-GCM encrypted (ciphertext, 12-byte IV, 16-byte tag) and never
-- decrypted by SQL; api_key_fingerprint (HMAC-SHA-256 of the key under a server secret) lets a
-- duplicate key be refused without decrypting anything.

CREATE TABLE torbox_pool (
  id                          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  name                        text        NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 100),
  api_key_ciphertext          bytea       NOT NULL CHECK (octet_length(api_key_ciphertext) BETWEEN 1 AND 1024),
  api_key_iv                  bytea       NOT NULL CHECK (octet_length(api_key_iv) = 12),
  api_key_tag                 bytea       NOT NULL CHECK (octet_length(api_key_tag) = 16),
  api_key_fingerprint         bytea       NOT NULL UNIQUE CHECK (octet_length(api_key_fingerprint) = 32),
  is_active                   boolean     NOT NULL DEFAULT true,
  priority                    integer     NOT NULL DEFAULT 0,

  max_user_slots              integer     NOT NULL DEFAULT 100 CHECK (max_user_slots > 0),
  current_user_slots          integer     NOT NULL DEFAULT 0 CHECK (current_user_slots >= 0),
  max_concurrent_streams      integer     NOT NULL DEFAULT 35 CHECK (max_concurrent_streams > 0),
  current_concurrent_streams  integer     NOT NULL DEFAULT 0 CHECK (current_concurrent_streams >= 0),

  status                      text        NOT NULL DEFAULT 'healthy' CHECK (status IN ('healthy', 'degraded', 'failing', 'disabled')),
  status_reason               text,
  last_success_at             timestamptz,
  last_failure_at             timestamptz,
  consecutive_failures        integer     NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
  total_failures_24h          integer     NOT NULL DEFAULT 0 CHECK (total_failures_24h >= 0),
  total_requests_24h          integer     NOT NULL DEFAULT 0 CHECK (total_requests_24h >= 0),
  failure_rate_24h            real        NOT NULL DEFAULT 0 CHECK (failure_rate_24h BETWEEN 0 AND 1),
  avg_response_time_ms        integer     CHECK (avg_response_time_ms >= 0),

  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),

  CONSTRAINT torbox_pool_slots_within_max CHECK (current_user_slots <= max_user_slots)
);

CREATE INDEX idx_torbox_pool_is_active ON torbox_pool (is_active);
CREATE INDEX idx_torbox_pool_priority ON torbox_pool (priority);

COMMENT ON TABLE torbox_pool IS 'Debrid API keys shared by many users: user-slot capacity and a concurrent-stream cap per key';
COMMENT ON COLUMN torbox_pool.api_key_fingerprint IS 'HMAC-SHA-256 of the plaintext key (duplicate detection without decryption)';
COMMENT ON COLUMN torbox_pool.max_concurrent_streams IS 'Hard limit of simultaneous streams (TorBox: 35)';
COMMENT ON COLUMN torbox_pool.failure_rate_24h IS 'Fraction 0.0-1.0 of failed requests over 24 h';

CREATE TABLE torbox_slots (
  id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  pool_key_id       uuid        NOT NULL REFERENCES torbox_pool (id) ON DELETE CASCADE,
  slot_number       integer     NOT NULL CHECK (slot_number >= 1),
  user_id           uuid        REFERENCES users (id) ON DELETE SET NULL,
  assigned_at       timestamptz,
  last_activity_at  timestamptz,
  is_active         boolean     NOT NULL DEFAULT false,
  total_streams     integer     NOT NULL DEFAULT 0 CHECK (total_streams >= 0),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT torbox_slots_pool_slot_key UNIQUE (pool_key_id, slot_number)
);

-- Lookups by pool use the unique (pool_key_id, slot_number) index, so no separate pool_key_id index.
CREATE INDEX idx_torbox_slots_user_id ON torbox_slots (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX idx_torbox_slots_active ON torbox_slots (is_active, last_activity_at);

COMMENT ON TABLE torbox_slots IS 'Numbered user slots of a pool key (user_id NULL = free); idle 3 days -> reclaimed';

CREATE TABLE torbox_assignments (
  id                    uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id               uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device_id             text        NOT NULL CHECK (char_length(device_id) BETWEEN 1 AND 128),
  slot_id               uuid        REFERENCES torbox_slots (id) ON DELETE SET NULL,
  assigned_pool_key_id  uuid        REFERENCES torbox_pool (id) ON DELETE SET NULL,
  last_used_at          timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT torbox_assignments_user_device_key UNIQUE (user_id, device_id)
);

CREATE INDEX idx_torbox_assignments_slot_id ON torbox_assignments (slot_id) WHERE slot_id IS NOT NULL;
CREATE INDEX idx_torbox_assignments_pool_key_id ON torbox_assignments (assigned_pool_key_id) WHERE assigned_pool_key_id IS NOT NULL;

COMMENT ON TABLE torbox_assignments IS 'Which slot serves each (user, device); device_id is a hash';

CREATE TABLE torbox_pool_health (
  id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pool_key_id           uuid        NOT NULL REFERENCES torbox_pool (id) ON DELETE CASCADE,
  checked_at            timestamptz NOT NULL DEFAULT now(),
  check_type            text        NOT NULL DEFAULT 'health_check',
  endpoint              text,
  http_status           integer     CHECK (http_status BETWEEN 100 AND 599),
  response_time_ms      integer     CHECK (response_time_ms >= 0),
  was_successful        boolean     NOT NULL,
  error_type            text,
  error_message         text,
  consecutive_failures  integer     NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0)
);

CREATE INDEX idx_torbox_pool_health_pool_key_id ON torbox_pool_health (pool_key_id, checked_at DESC);

COMMENT ON TABLE torbox_pool_health IS 'Health-check results per pool key';

-- Down Migration
DROP TABLE torbox_pool_health;
DROP TABLE torbox_assignments;
DROP TABLE torbox_slots;
DROP TABLE torbox_pool;
