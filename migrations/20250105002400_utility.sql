-- Up Migration
-- Utility tables: a key/value cache, distributed locks, job run logs and site-wide settings.
-- The pool document keeps expiries as unix-second bigints; here they are timestamptz like every
-- other time in the schema. cache is UNLOGGED: it is disposable (emptied after a crash, not
-- replicated), which makes its frequent writes cheap. distributed_locks stays logged: a lock must not
-- silently vanish on a standby after failover.

CREATE UNLOGGED TABLE cache (
  key               text        PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 512),
  value             jsonb       NOT NULL,
  expires_at        timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  last_accessed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_cache_expires_at ON cache (expires_at) WHERE expires_at IS NOT NULL;

COMMENT ON TABLE cache IS 'Disposable key/value cache (UNLOGGED); expires_at NULL = no expiry';

CREATE TABLE distributed_locks (
  key          text        PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 200),
  owner        text        NOT NULL CHECK (char_length(owner) BETWEEN 1 AND 200),
  acquired_at  timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  result       text,
  CONSTRAINT distributed_locks_expiry_after_acquire CHECK (expires_at > acquired_at)
);

CREATE INDEX idx_distributed_locks_expires_at ON distributed_locks (expires_at);

COMMENT ON TABLE distributed_locks IS 'Lease locks across processes: take with INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at < now()';

CREATE TABLE job_logs (
  id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_name       text        NOT NULL CHECK (char_length(job_name) BETWEEN 1 AND 100),
  started_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz,
  status         text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  rows_affected  bigint      CHECK (rows_affected >= 0),
  error          text,
  details        jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
  CONSTRAINT job_logs_finished_iff_done CHECK ((status = 'running') = (finished_at IS NULL)),
  CONSTRAINT job_logs_finish_after_start CHECK (finished_at IS NULL OR finished_at >= started_at)
);

CREATE INDEX idx_job_logs_job_name ON job_logs (job_name, started_at DESC);
CREATE INDEX idx_job_logs_running ON job_logs (started_at) WHERE status = 'running';

COMMENT ON TABLE job_logs IS 'One row per background job run (bonus accrual, slot reclamation, partition upkeep, ...)';

CREATE TABLE site_settings (
  key          text        PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]{0,99}$'),
  value        jsonb       NOT NULL,
  description  text,
  updated_by   uuid        REFERENCES users (id) ON DELETE SET NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_site_settings_updated_by ON site_settings (updated_by) WHERE updated_by IS NOT NULL;

CREATE TRIGGER trg_site_settings_updated_at BEFORE UPDATE ON site_settings
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE site_settings IS 'Site-wide switches read by the engine (global_freeleech, global_double_upload, ...)';

-- Down Migration
DROP TABLE site_settings;
DROP TABLE job_logs;
DROP TABLE distributed_locks;
DROP TABLE cache;
